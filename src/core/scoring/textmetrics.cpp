// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmetrics.h"

#include <algorithm>
#include <cmath>
#include <QLocale>
#include <QRegularExpression>
#include <vector>

int levenshteinDistance(const QString& a, const QString& b)
{
    const QList<uint> s = a.toUcs4();
    const QList<uint> t = b.toUcs4();
    if (s.isEmpty() || t.isEmpty())
        return int(std::max(s.size(), t.size()));
    std::vector<int> previous(t.size() + 1);
    std::vector<int> current(t.size() + 1);
    for (qsizetype j = 0; j <= t.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= s.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= t.size(); ++j) {
            const int substitution = previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[t.size()];
}

double levenshteinSimilarity(const QString& a, const QString& b)
{
    const qsizetype longer = std::max(a.toUcs4().size(), b.toUcs4().size());
    if (longer == 0)
        return 1.0;
    return 1.0 - double(levenshteinDistance(a, b)) / double(longer);
}

QString normalizedForComparison(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const uint c : folded.toUcs4()) {
        if (QChar::isPunct(c))
            continue;
        if (QChar::isSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (std::exchange(pendingSpace, false))
            result += u' ';
        result += QChar::fromUcs4(c);
    }
    return result;
}

std::optional<double> firstNumber(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![\\w.])([-+\\x{2212}]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+)([eE][-+]?[0-9]+)?"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString sign = match.captured(1) == QLatin1String("+") ? QString() : match.captured(1);
    QString number = (sign.isEmpty() ? QString() : QStringLiteral("-")) + match.captured(2) + match.captured(3);
    number.remove(u',');
    bool ok = false;
    const double value = QLocale::c().toDouble(number, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

int wordCount(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    return int(text.split(space, Qt::SkipEmptyParts).size());
}
