// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringengine.h"

#include "scorervalidation.h"
#include "scorervalue.h"

#include <algorithm>

namespace {
bool needsJudge(const ScorerSpec& spec)
{
    const Scorer* scorer = Scorer::forType(spec.type);
    return scorer && scorer->needsModelCall();
}

AssertionResult negated(AssertionResult result)
{
    result.pass = !result.pass;
    result.score = std::clamp(1.0 - result.score, 0.0, 1.0);
    return result;
}
} // namespace

CaseScoring::CaseScoring(const ScoredOutput& output, const TestCase& testCase, const Category& category)
    : m_output(output)
    , m_case(testCase)
    , m_scorers(effectiveScorers(testCase, category))
    , m_passThreshold(category.passThreshold)
{
}

bool CaseScoring::needsModelCall() const
{
    return !judgeRequests().isEmpty();
}

QList<JudgeRequest> CaseScoring::judgeRequests() const
{
    QList<JudgeRequest> requests;
    for (int i = 0; i < m_scorers.size(); ++i) {
        const ScorerSpec& spec = m_scorers.at(i);
        if (!needsJudge(spec) || m_answers.contains(i) || !scorerIssues(spec, m_case).isEmpty())
            continue;
        const Scorer* scorer = Scorer::forType(spec.type);
        const QVariant value = resolvedValue(spec, m_case, scorer->valueDefaultsToExpected());
        requests.append({ i, scorer->judgePrompt({ spec, value, m_output, m_case }) });
    }
    return requests;
}

void CaseScoring::setJudgeAnswer(int assertion, const JudgeAnswer& answer)
{
    if (assertion >= 0 && assertion < m_scorers.size())
        m_answers.insert(assertion, answer);
}

ScoreResult CaseScoring::result() const
{
    QList<AssertionResult> assertions;
    for (int i = 0; i < m_scorers.size(); ++i)
        assertions.append(assess(i));
    return ScoreResult::combine(assertions, m_passThreshold);
}

AssertionResult CaseScoring::assess(int index) const
{
    const ScorerSpec& spec = m_scorers.at(index);
    const auto answer = m_answers.constFind(index);
    const JudgeAnswer* judge = answer != m_answers.constEnd() ? &*answer : nullptr;
    AssertionResult result { spec.type, spec.weight };
    result.judgeCostUsd = judge ? judge->costUsd : 0.0;
    const QList<ScorerIssue> issues = scorerIssues(spec, m_case);
    if (!issues.isEmpty()) {
        result.error = true;
        result.reason = issues.first().message;
        return result;
    }
    const Scorer* scorer = Scorer::forType(spec.type);
    const QVariant value = resolvedValue(spec, m_case, scorer->valueDefaultsToExpected());
    const ScorerVerdict verdict = scorer->evaluate({ spec, value, m_output, m_case, judge });
    result.pass = verdict.pass;
    result.score = std::clamp(verdict.score, 0.0, 1.0);
    result.reason = verdict.reason;
    result.error = verdict.error;
    return spec.negated() && !verdict.error ? negated(result) : result;
}

QList<ScorerSpec> effectiveScorers(const TestCase& testCase, const Category& category)
{
    return testCase.scorers.isEmpty() ? category.scorers : testCase.scorers;
}

int judgeCallCount(const TestCase& testCase, const Category& category)
{
    const QList<ScorerSpec> scorers = effectiveScorers(testCase, category);
    return int(std::count_if(scorers.begin(), scorers.end(), needsJudge));
}

ScoreResult scoreOutput(const QString& output, qint64 latencyMs, std::optional<double> costUsd,
                        const TestCase& testCase, const Category& category)
{
    return CaseScoring({ output, latencyMs, costUsd }, testCase, category).result();
}
