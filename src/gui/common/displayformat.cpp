// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include "text/wordelision.h"

#include <limits>
#include <QCoreApplication>
#include <QLocale>

namespace DisplayFormat {
QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'g', 4) + u'%';
}

QString dollars(double amount)
{
    // Cents always, tenths of cents and below when the price has them: $0.60, $0.075, $2.50.
    const QLocale locale;
    QString text = locale.toString(amount, 'f', 4);
    const qsizetype point = text.lastIndexOf(locale.decimalPoint());
    while (point >= 0 && text.size() > point + 3 && text.endsWith(u'0'))
        text.chop(1);
    return u'$' + text;
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString elapsed(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("DisplayFormat", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("DisplayFormat", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QCoreApplication::translate("DisplayFormat", "%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString unmeasuredLatency()
{
    return QCoreApplication::translate("DisplayFormat", "— (batch)");
}

QString latencyMs(std::optional<qint64> milliseconds)
{
    if (!milliseconds)
        return unmeasuredLatency();
    return QCoreApplication::translate("DisplayFormat", "%1 ms").arg(count(*milliseconds));
}

double latencySortKey(std::optional<double> milliseconds)
{
    return milliseconds ? *milliseconds : std::numeric_limits<double>::max();
}

QString oneLine(const QString& text, int maxLength)
{
    // Enough, even with runs of spaces; one more character shows whether a word goes on past the end.
    return elidedAtWord(text.left(maxLength * 4 + 1).simplified(), maxLength);
}

QString naturalSortKey(const QString& text)
{
    QString key;
    QString digits;
    const auto flush = [&] {
        key += digits.rightJustified(12, u'0');
        digits.clear();
    };
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
            continue;
        }
        if (!digits.isEmpty())
            flush();
        key += c.toLower();
    }
    if (!digits.isEmpty())
        flush();
    return key;
}
} // namespace DisplayFormat
