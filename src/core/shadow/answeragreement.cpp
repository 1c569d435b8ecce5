// SPDX-License-Identifier: GPL-3.0-or-later
#include "answeragreement.h"

#include "scoring/jsontext.h"
#include "worddiff.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <QRegularExpression>

namespace {
constexpr double relativeTolerance = 1e-9; // of the larger number: "0.1 + 0.2" still equals 0.3

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= relativeTolerance * std::max({ 1.0, std::abs(a), std::abs(b) });
}

// The text between a leading ``` fence line (``` or ```json) and a closing ```, else the text.
QString unfenced(const QString& text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QStringLiteral("```")) || !trimmed.endsWith(QStringLiteral("```")) || trimmed.size() < 6)
        return trimmed;
    const qsizetype lineEnd = trimmed.indexOf(u'\n');
    if (lineEnd < 0)
        return trimmed;
    return trimmed.mid(lineEnd + 1, trimmed.size() - 3 - lineEnd - 1).trimmed();
}

// The answer as a JSON object or array, when it is one (scalars like "42" stay text).
std::optional<QJsonValue> parsedJson(const QString& text)
{
    const std::optional<QJsonValue> value = parseJson(unfenced(text));
    return value && (value->isObject() || value->isArray()) ? value : std::nullopt;
}

// A number as written: a sign only where no word precedes it ("-5", not the hyphen of "B-52");
// commas only as thousands separators, so "1,2,3" is three numbers.
const QRegularExpression& numberPattern()
{
    static const QRegularExpression number(
        QStringLiteral("(?:(?<!\\w)[-+])?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"));
    return number;
}

// The numbers a text states, sorted: "1,234.50" and "1234.5" are the same number.
QList<double> numbersIn(const QString& text)
{
    QList<double> numbers;
    for (auto it = numberPattern().globalMatch(text); it.hasNext();) {
        QString digits = it.next().captured();
        digits.remove(u',');
        numbers.append(digits.toDouble());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

bool sameNumbers(const QString& a, const QString& b)
{
    const QList<double> numbersA = numbersIn(a);
    const QList<double> numbersB = numbersIn(b);
    return std::equal(numbersA.cbegin(), numbersA.cend(), numbersB.cbegin(), numbersB.cend(), sameNumber);
}
} // namespace

bool answersAgree(const QString& baseline, const QString& candidate, double similarityThreshold)
{
    const std::optional<QJsonValue> jsonA = parsedJson(baseline);
    const std::optional<QJsonValue> jsonB = parsedJson(candidate);
    if (jsonA && jsonB)
        return jsonEquivalent(*jsonA, *jsonB);
    if (baseline.simplified().compare(candidate.simplified(), Qt::CaseInsensitive) == 0)
        return true;
    if (!sameNumbers(baseline, candidate))
        return false;
    // The numbers are the same: the words around them decide, each number one placeholder word.
    const QString placeholder = QStringLiteral(" N ");
    return wordSimilarity(QString(baseline).replace(numberPattern(), placeholder),
                          QString(candidate).replace(numberPattern(), placeholder), SimilarityTokens::WordsOnly)
        >= similarityThreshold;
}
