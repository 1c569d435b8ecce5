// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorervalidation.h"

#include "jsonscorers.h"
#include "scorervalue.h"
#include "textmetrics.h"

#include <algorithm>
#include <cmath>

namespace {
class ScorerValidation
{
    Q_DECLARE_TR_FUNCTIONS(ScorerValidation)
};

QString closestType(const QString& type)
{
    QString best;
    int bestDistance = std::max(1, int(type.size()) / 3) + 1; // further is no longer a typo
    for (const QString& known : Scorer::types()) {
        const int distance = levenshteinDistance(type, known);
        if (distance < bestDistance) {
            best = known;
            bestDistance = distance;
        }
    }
    return best;
}

ScorerIssue unknownType(const ScorerSpec& spec)
{
    if (spec.type.trimmed().isEmpty())
        return { ScorerIssue::Key::Type,
                 ScorerValidation::tr("type: a scorer needs a type, such as equals or icontains") };
    const QString prefix = spec.negated() ? QStringLiteral("not-") : QString();
    const QString match = closestType(spec.baseType());
    if (!match.isEmpty())
        return {
            ScorerIssue::Key::Type,
            ScorerValidation::tr("type: unknown scorer type '%1' (did you mean '%2'?)").arg(spec.type, prefix + match)
        };
    return { ScorerIssue::Key::Type,
             ScorerValidation::tr("type: unknown scorer type '%1'; known types: %2 (each also with a 'not-' prefix)")
                 .arg(spec.type, Scorer::types().join(QLatin1String(", "))) };
}

std::optional<ScorerIssue> weightIssue(const ScorerSpec& spec)
{
    if (std::isfinite(spec.weight) && spec.weight >= 0.0)
        return std::nullopt;
    return ScorerIssue { ScorerIssue::Key::Weight,
                         ScorerValidation::tr("weight: expected a number of 0 or more, found %1").arg(spec.weight) };
}

QList<ScorerIssue> filledIssues(const Scorer& scorer, const ScorerSpec& spec, const TestCase& testCase)
{
    ScorerSpec filled = spec;
    filled.value = resolvedValue(spec, testCase, scorer.valueDefaultsToExpected());
    QList<ScorerIssue> issues = scorer.check(filled);
    const QString origin = hasValue(spec.value) ? ScorerValidation::tr("with its placeholders filled from case '%1'")
                                                : ScorerValidation::tr("taken from the expected output of case '%1'");
    for (ScorerIssue& issue : issues) {
        if (issue.key == ScorerIssue::Key::Value) {
            issue.message += QStringLiteral(" (") + origin.arg(testCase.id) + u')';
            issue.offset = -1;
        }
    }
    return issues;
}
} // namespace

QList<ScorerIssue> scorerIssues(const ScorerSpec& spec)
{
    const Scorer* scorer = Scorer::forType(spec.type);
    if (!scorer)
        return { unknownType(spec) };
    QList<ScorerIssue> issues = scorer->check(spec);
    if (const auto weight = weightIssue(spec))
        issues.prepend(*weight);
    return issues;
}

QList<ScorerIssue> scorerIssues(const ScorerSpec& spec, const TestCase& testCase)
{
    QList<ScorerIssue> issues = scorerIssues(spec);
    if (!issues.isEmpty())
        return issues;
    const Scorer* scorer = Scorer::forType(spec.type);
    if (scorer->valueDefaultsToExpected() && !hasValue(spec.value) && testCase.expected.isEmpty())
        return { { ScorerIssue::Key::Value,
                   ScorerValidation::tr("value: %1 has no value and case '%2' no expected output to compare with")
                       .arg(spec.type, testCase.id) } };
    return filledIssues(*scorer, spec, testCase);
}

QList<ScorerIssue> scorerWarnings(const ScorerSpec& spec, const TestCase& testCase)
{
    if (!scorerIssues(spec, testCase).isEmpty())
        return {};
    if (const auto warning = jsonFieldWarning(spec, testCase))
        return { *warning };
    return {};
}

QString validateScorer(const ScorerSpec& spec)
{
    const QList<ScorerIssue> issues = scorerIssues(spec);
    return issues.isEmpty() ? QString() : issues.first().message;
}

QString validateScorer(const ScorerSpec& spec, const TestCase& testCase)
{
    const QList<ScorerIssue> issues = scorerIssues(spec, testCase);
    return issues.isEmpty() ? QString() : issues.first().message;
}
