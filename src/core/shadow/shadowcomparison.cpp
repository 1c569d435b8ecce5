// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing a routed model's answers with candidates' on the same cases, and summing them up. The
// filters and their names are in shadowfilters.cpp, promoting a candidate in shadowpromotion.cpp.
#include "shadowcomparison.h"

#include "answeragreement.h"
#include "routing/savingsprojection.h"

#include <cmath>
#include <QHash>

namespace {

constexpr double scoreEpsilon = 1e-9;

QString caseInput(const TestCase& testCase)
{
    if (!testCase.isChat())
        return testCase.prompt;
    for (auto it = testCase.messages.crbegin(); it != testCase.messages.crend(); ++it) {
        if (it->role == u"user")
            return it->content;
    }
    return testCase.messages.constLast().content;
}

ShadowAnswer answerFrom(const ResultRecord& result)
{
    return { result.modelId,     true,           result.output,    result.score,
             result.pass,        result.costUsd, result.latencyMs, result.errorKind,
             result.errorMessage };
}

ShadowOutcome outcomeByScore(const ShadowAnswer& baseline, const ShadowCandidateAnswer& candidate,
                             ShadowScoring scoring)
{
    const ShadowAnswer& answer = candidate.answer;
    if (baseline.failed() || answer.failed()) {
        if (baseline.failed() && answer.failed())
            return ShadowOutcome::Same;
        return baseline.failed() ? ShadowOutcome::Better : ShadowOutcome::Worse;
    }
    if (scoring == ShadowScoring::Similarity)
        return candidate.agrees ? ShadowOutcome::Same : ShadowOutcome::Undecided;
    if (!baseline.score || !answer.score)
        return ShadowOutcome::Undecided;
    const double difference = *answer.score - *baseline.score;
    if (std::abs(difference) <= scoreEpsilon)
        return ShadowOutcome::Same;
    return difference > 0 ? ShadowOutcome::Better : ShadowOutcome::Worse;
}

void count(ShadowTally& tally, std::optional<ShadowOutcome> outcome)
{
    switch (outcome.value_or(ShadowOutcome::Undecided)) {
    case ShadowOutcome::Better:
        ++tally.wins;
        break;
    case ShadowOutcome::Same:
        ++tally.ties;
        break;
    case ShadowOutcome::Worse:
        ++tally.losses;
        break;
    case ShadowOutcome::Undecided:
        ++tally.undecided;
        break;
    }
}

std::optional<ShadowOutcome> verdictOutcome(const std::optional<ShadowVerdict>& verdict)
{
    if (!verdict)
        return std::nullopt;
    switch (verdict->verdict) {
    case Verdict::Better:
        return ShadowOutcome::Better;
    case Verdict::Same:
        return ShadowOutcome::Same;
    case Verdict::Worse:
        return ShadowOutcome::Worse;
    }
    return std::nullopt;
}

// Sums of one side's answers over the compared cases.
struct SideTotals {
    double cost = 0.0;
    double okCost = 0.0;
    qint64 latency = 0;
    int timed = 0; // answers without error whose latency was measured
    int ok = 0;
    int errors = 0;
    int passes = 0;

    void add(const ShadowAnswer& answer)
    {
        cost += answer.costUsd;
        if (answer.failed()) {
            ++errors;
            return;
        }
        okCost += answer.costUsd;
        if (answer.hasLatency()) {
            latency += answer.latencyMs;
            ++timed;
        }
        ++ok;
        passes += answer.pass;
    }
    std::optional<double> meanLatency() const
    {
        return timed > 0 ? std::optional<double>(double(latency) / timed) : std::nullopt;
    }
};

std::optional<double> relativeChange(double before, double after)
{
    if (before <= 0.0)
        return std::nullopt;
    return after / before - 1.0;
}

ShadowSummary summarise(const QList<ShadowCase>& cases, int candidateIndex, const QString& candidateId,
                        ShadowScoring scoring, qint64 monthlyRequests)
{
    ShadowSummary summary;
    summary.candidateModelId = candidateId;
    summary.monthlyRequests = monthlyRequests;
    SideTotals baseline;
    SideTotals candidate;
    for (const ShadowCase& shadowCase : cases) {
        const ShadowCandidateAnswer& answer = shadowCase.candidates.at(candidateIndex);
        if (!shadowCase.baseline.answered || !answer.answer.answered)
            continue;
        ++summary.cases;
        summary.agreements += answer.agrees;
        baseline.add(shadowCase.baseline);
        candidate.add(answer.answer);
        count(summary.byScore, answer.byScore);
        count(summary.byVerdict, verdictOutcome(answer.verdict));
    }
    summary.disagreements = summary.cases - summary.agreements;
    summary.baselineErrors = baseline.errors;
    summary.candidateErrors = candidate.errors;
    summary.baselineCostUsd = baseline.cost;
    summary.candidateCostUsd = candidate.cost;
    summary.baselineMeanLatencyMs = baseline.meanLatency();
    summary.candidateMeanLatencyMs = candidate.meanLatency();
    if (scoring == ShadowScoring::Scores && summary.cases > 0) {
        summary.baselineAccuracy = double(baseline.passes) / summary.cases;
        summary.candidateAccuracy = double(candidate.passes) / summary.cases;
    }
    if (monthlyRequests > 0 && baseline.ok > 0 && candidate.ok > 0)
        summary.projectedMonthlySavingUsd
            = double(monthlyRequests) * (summary.baselineCostPerRequest() - summary.candidateCostPerRequest());
    return summary;
}

qint64 categoryMonthlyRequests(const Workspace& workspace, const QString& category)
{
    const TrafficMix mix = TrafficMix::fromWorkspace(workspace);
    return qint64(std::llround(double(mix.monthlyRequests) * mix.shares.value(category)));
}

// Results of repeat 0, by case and model.
QHash<QString, QHash<QString, const ResultRecord*>> firstRepeats(const QList<ResultRecord>& results,
                                                                 const QString& category, const QStringList& models)
{
    QHash<QString, QHash<QString, const ResultRecord*>> byCase;
    for (const ResultRecord& result : results) {
        if (result.repeat == 0 && result.category == category && models.contains(result.modelId))
            byCase[result.caseId].insert(result.modelId, &result);
    }
    return byCase;
}

ShadowCandidateAnswer candidateAnswer(const ShadowAnswer& baseline, const ResultRecord* result, const QString& modelId,
                                      ShadowScoring scoring, double agreementThreshold)
{
    ShadowCandidateAnswer candidate;
    candidate.answer.modelId = modelId;
    if (result)
        candidate.answer = answerFrom(*result);
    if (baseline.answered && candidate.answer.answered) {
        candidate.diff = diffWords(baseline.output, candidate.answer.output);
        candidate.agrees = !baseline.isError() && !candidate.answer.isError()
            && answersAgree(baseline.output, candidate.answer.output, agreementThreshold);
    }
    candidate.byScore = outcomeByScore(baseline, candidate, scoring);
    return candidate;
}

} // namespace

ShadowOutcome ShadowCandidateAnswer::outcome() const
{
    return verdictOutcome(verdict).value_or(byScore);
}

double ShadowSummary::baselineCostPerRequest() const
{
    const int ok = cases - baselineErrors;
    return ok > 0 ? baselineCostUsd / ok : 0.0;
}

double ShadowSummary::candidateCostPerRequest() const
{
    const int ok = cases - candidateErrors;
    return ok > 0 ? candidateCostUsd / ok : 0.0;
}

std::optional<double> ShadowSummary::costChange() const
{
    return relativeChange(baselineCostPerRequest(), candidateCostPerRequest());
}

std::optional<double> ShadowSummary::latencyChange() const
{
    if (!baselineMeanLatencyMs || !candidateMeanLatencyMs)
        return std::nullopt;
    return relativeChange(*baselineMeanLatencyMs, *candidateMeanLatencyMs);
}

ShadowComparison compareShadow(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category,
                               const QString& baselineModelId, const QStringList& candidateModelIds,
                               const QList<ShadowVerdict>& verdicts, const ShadowOptions& options)
{
    ShadowComparison comparison {
        category, options.runId, baselineModelId, candidateModelIds, options.scoring, {}, {}
    };
    const Category* found = workspace.category(category);
    const QList<TestCase> cases = !options.cases.isEmpty() ? options.cases : found ? found->cases : QList<TestCase>();
    const auto byCase = firstRepeats(results, category, QStringList { baselineModelId } + candidateModelIds);

    QHash<QString, ShadowVerdict> verdictByKey; // case id + '\n' + candidate
    for (const ShadowVerdict& verdict : verdicts) {
        if (verdict.category == category && verdict.baselineModelId == baselineModelId)
            verdictByKey.insert(verdict.caseId + u'\n' + verdict.candidateModelId, verdict);
    }

    for (const TestCase& testCase : cases) {
        const auto answers = byCase.value(testCase.id);
        if (answers.isEmpty())
            continue;
        ShadowCase shadowCase { testCase.id, caseInput(testCase), testCase.expected, {}, {} };
        shadowCase.baseline.modelId = baselineModelId;
        if (const ResultRecord* result = answers.value(baselineModelId))
            shadowCase.baseline = answerFrom(*result);
        for (const QString& candidateId : candidateModelIds) {
            ShadowCandidateAnswer candidate = candidateAnswer(shadowCase.baseline, answers.value(candidateId),
                                                              candidateId, options.scoring, options.agreementThreshold);
            const auto verdict = verdictByKey.constFind(testCase.id + u'\n' + candidateId);
            if (verdict != verdictByKey.cend())
                candidate.verdict = *verdict;
            shadowCase.candidates.append(candidate);
        }
        comparison.cases.append(shadowCase);
    }

    const qint64 monthlyRequests = categoryMonthlyRequests(workspace, category);
    for (int i = 0; i < candidateModelIds.size(); ++i)
        comparison.summaries.append(
            summarise(comparison.cases, i, candidateModelIds.at(i), options.scoring, monthlyRequests));
    return comparison;
}

void recountShadowSummary(ShadowComparison& comparison, int candidateIndex)
{
    if (candidateIndex < 0 || candidateIndex >= comparison.summaries.size())
        return;
    ShadowSummary& summary = comparison.summaries[candidateIndex];
    summary = summarise(comparison.cases, candidateIndex, summary.candidateModelId, comparison.scoring,
                        summary.monthlyRequests);
}

void reprojectShadowSavings(ShadowComparison& comparison, const Workspace& workspace)
{
    const qint64 monthlyRequests = categoryMonthlyRequests(workspace, comparison.category);
    for (int i = 0; i < comparison.summaries.size(); ++i) {
        comparison.summaries[i].monthlyRequests = monthlyRequests;
        recountShadowSummary(comparison, i);
    }
}

void applyShadowVerdict(ShadowComparison& comparison, int caseIndex, int candidateIndex,
                        const std::optional<ShadowVerdict>& verdict)
{
    if (caseIndex < 0 || caseIndex >= comparison.cases.size() || candidateIndex < 0
        || candidateIndex >= comparison.candidateModelIds.size())
        return;
    comparison.cases[caseIndex].candidates[candidateIndex].verdict = verdict;
    recountShadowSummary(comparison, candidateIndex);
}
