// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscorers.h"

#include "jsontext.h"
#include "scorerchecks.h"
#include "scorervalue.h"
#include "textmetrics.h"

#include <QRegularExpression>

namespace {
QString quotedList(const QStringList& items)
{
    QStringList shown;
    for (const QString& item : items)
        shown.append(quoted(item, 40));
    return shown.join(QLatin1String(", "));
}

QRegularExpression compiled(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}
} // namespace

EqualsScorer::EqualsScorer(const QString& type, Mode mode)
    : m_type(type)
    , m_mode(mode)
{
}

QList<ScorerIssue> EqualsScorer::check(const ScorerSpec& spec) const
{
    const bool json = m_mode == Mode::Exact && (isListValue(spec.value) || isMapValue(spec.value));
    return issues({ json ? std::nullopt : ScorerChecks::textValue(spec, true), ScorerChecks::noThreshold(spec),
                    ScorerChecks::noPath(spec) });
}

ScorerVerdict EqualsScorer::evaluate(const ScoringContext& context) const
{
    if (isListValue(context.value) || isMapValue(context.value))
        return evaluateJson(context);
    const QString& output = context.output.text;
    const QString expected = context.value.toString();
    bool equal = false;
    switch (m_mode) {
    case Mode::Exact:
        equal = output == expected;
        break;
    case Mode::IgnoreCase:
        equal = output.compare(expected, Qt::CaseInsensitive) == 0;
        break;
    case Mode::Normalized:
        equal = normalizedForComparison(output) == normalizedForComparison(expected);
        break;
    }
    return ScorerVerdict::of(equal,
                             equal ? tr("the output equals %1").arg(quoted(expected))
                                   : tr("the output %1 differs from %2").arg(quoted(output, 60), quoted(expected, 60)));
}

ScorerVerdict EqualsScorer::evaluateJson(const ScoringContext& context) const
{
    const QJsonValue expected = jsonFromValue(context.value);
    const auto actual = parseJson(context.output.text);
    if (!actual)
        return ScorerVerdict::of(false, tr("the output is not JSON, so it cannot equal %1").arg(jsonToText(expected)));
    const bool equal = jsonEquivalent(*actual, expected);
    return ScorerVerdict::of(
        equal,
        equal ? tr("the output equals %1 as JSON").arg(jsonToText(expected))
              : tr("the output %1 differs from %2 as JSON").arg(quoted(jsonToText(*actual), 60), jsonToText(expected)));
}

SubstringScorer::SubstringScorer(const QString& type, Match match, Qt::CaseSensitivity sensitivity)
    : m_type(type)
    , m_match(match)
    , m_sensitivity(sensitivity)
{
}

QList<ScorerIssue> SubstringScorer::check(const ScorerSpec& spec) const
{
    const auto valueIssue
        = m_match == Match::One ? ScorerChecks::textValue(spec, false) : ScorerChecks::textListValue(spec);
    return issues({ valueIssue, ScorerChecks::noThreshold(spec), ScorerChecks::noPath(spec) });
}

ScorerVerdict SubstringScorer::evaluate(const ScoringContext& context) const
{
    const QString& output = context.output.text;
    if (m_match == Match::One) {
        const QString needle = context.value.toString();
        const bool found = output.contains(needle, m_sensitivity);
        return ScorerVerdict::of(
            found, found ? tr("found %1").arg(quoted(needle)) : tr("did not find %1").arg(quoted(needle)));
    }
    QStringList found;
    QStringList missing;
    for (const QString& needle : valueItems(context.value))
        (output.contains(needle, m_sensitivity) ? found : missing).append(needle);
    if (m_match == Match::Any) {
        return found.isEmpty() ? ScorerVerdict::of(false, tr("found none of %1").arg(quotedList(missing)))
                               : ScorerVerdict::of(true, tr("found %1").arg(quotedList(found)));
    }
    return missing.isEmpty() ? ScorerVerdict::of(true, tr("found all of %1").arg(quotedList(found)))
                             : ScorerVerdict::of(false, tr("did not find %1").arg(quotedList(missing)));
}

QList<ScorerIssue> StartsWithScorer::check(const ScorerSpec& spec) const
{
    return issues(
        { ScorerChecks::textValue(spec, false), ScorerChecks::noThreshold(spec), ScorerChecks::noPath(spec) });
}

ScorerVerdict StartsWithScorer::evaluate(const ScoringContext& context) const
{
    const QString prefix = context.value.toString();
    const QString& output = context.output.text;
    if (output.startsWith(prefix))
        return ScorerVerdict::of(true, tr("the output starts with %1").arg(quoted(prefix)));
    return ScorerVerdict::of(
        false,
        tr("the output starts with %1, not %2").arg(quoted(output.left(prefix.size() + 10), 60), quoted(prefix)));
}

QList<ScorerIssue> RegexScorer::check(const ScorerSpec& spec) const
{
    auto patternIssue = ScorerChecks::requiredValue(spec, tr("a regular expression in 'value'"));
    if (!patternIssue)
        patternIssue = ScorerChecks::textValue(spec, false);
    if (!patternIssue) {
        const QRegularExpression regex = compiled(spec.value.toString());
        if (!regex.isValid())
            patternIssue
                = ScorerChecks::valueIssue(tr("value: invalid regular expression: %1 at offset %2")
                                               .arg(regex.errorString(), QString::number(regex.patternErrorOffset())),
                                           int(regex.patternErrorOffset()));
    }
    return issues({ patternIssue, ScorerChecks::noThreshold(spec), ScorerChecks::noPath(spec) });
}

ScorerVerdict RegexScorer::evaluate(const ScoringContext& context) const
{
    const QString pattern = context.value.toString();
    const QRegularExpressionMatch match = compiled(pattern).match(context.output.text);
    if (!match.hasMatch())
        return ScorerVerdict::of(false, tr("no match for /%1/").arg(pattern));
    return ScorerVerdict::of(
        true,
        tr("/%1/ matched %2 at character %3")
            .arg(pattern, quoted(match.captured(), 60), QString::number(match.capturedStart() + 1)));
}

QList<ScorerIssue> LevenshteinScorer::check(const ScorerSpec& spec) const
{
    return issues({ ScorerChecks::textValue(spec, true), ScorerChecks::threshold(spec, 0.0, ScorerChecks::unbounded),
                    ScorerChecks::noPath(spec) });
}

ScorerVerdict LevenshteinScorer::evaluate(const ScoringContext& context) const
{
    const QString expected = context.value.toString();
    const double maxDistance = context.spec.threshold.value_or(defaultMaxDistance);
    const int distance = levenshteinDistance(context.output.text, expected);
    return ScorerVerdict::of(distance <= maxDistance,
                             tr("edit distance %1 to %2; at most %3 allowed")
                                 .arg(QString::number(distance), quoted(expected, 60), QString::number(maxDistance)));
}

QList<ScorerIssue> SimilarScorer::check(const ScorerSpec& spec) const
{
    return issues(
        { ScorerChecks::textValue(spec, true), ScorerChecks::threshold(spec, 0.0, 1.0), ScorerChecks::noPath(spec) });
}

ScorerVerdict SimilarScorer::evaluate(const ScoringContext& context) const
{
    const QString expected = context.value.toString();
    const double needed = context.spec.threshold.value_or(defaultThreshold);
    const double similarity = levenshteinSimilarity(context.output.text, expected);
    return { similarity >= needed - 1e-12, similarity,
             tr("similarity %1 to %2; at least %3 needed")
                 .arg(QString::number(similarity, 'f', 3), quoted(expected, 60), QString::number(needed)) };
}
