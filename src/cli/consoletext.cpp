// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletext.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {
class ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)
};

QList<qsizetype> columnWidths(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    return widths;
}
} // namespace

QString usdText(double dollars)
{
    if (dollars <= 0.0 || dollars >= 0.01)
        return u'$' + QString::number(std::max(dollars, 0.0), 'f', 2);
    const int decimals = std::min(8, 1 - int(std::floor(std::log10(dollars))));
    return u'$' + QString::number(dollars, 'f', decimals);
}

QString durationText(qint64 milliseconds)
{
    const qint64 seconds = (std::max<qint64>(milliseconds, 0) + 500) / 1000;
    if (milliseconds < 1000)
        return ConsoleText::tr("%1 ms").arg(std::max<qint64>(milliseconds, 0));
    if (seconds < 60)
        return ConsoleText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ConsoleText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return ConsoleText::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString alignedTable(const QList<QStringList>& rows, const QList<int>& rightAligned)
{
    const QList<qsizetype> widths = columnWidths(rows);
    QString text;
    for (const QStringList& row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool right = rightAligned.contains(int(i));
            line += right ? row.at(i).rightJustified(widths.at(i)) : row.at(i).leftJustified(widths.at(i));
            line += QLatin1String("  ");
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QString shellQuoted(const QString& argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    return u'\'' + quoted.replace(u'\'', QLatin1String("'\\''")) + u'\'';
}
