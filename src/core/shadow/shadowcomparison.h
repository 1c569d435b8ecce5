// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"
#include "results/shadowverdict.h"
#include "worddiff.h"

#include <optional>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How a candidate's answer compares with the baseline's on one case.
enum class ShadowOutcome { Better, Same, Worse, Undecided };

// How the answers of a run were scored, which says what "better by score" can mean.
enum class ShadowScoring {
    Scores, // against the cases' expected outputs
    Similarity, // unlabelled inputs, no judge: only agreement is known, a difference is Undecided
    PairwiseJudge, // unlabelled inputs, a judge said which answer is better (1 better, 0.5 tie, 0 worse)
};

// One model's answer to one case (repeat 0 of the run; later repeats are not compared).
struct ShadowAnswer {
    QString modelId;
    bool answered = false; // false: the run has no result for it
    QString output;
    std::optional<double> score;
    bool pass = false;
    double costUsd = 0.0; // the model's own cost, without a judge's
    qint64 latencyMs = 0; // ResultRecord::unmeasuredLatency for an answer collected from a batch
    QString errorKind;
    QString errorMessage;

    bool isError() const { return !errorKind.isEmpty(); }
    bool failed() const { return !answered || isError(); }
    bool hasLatency() const { return latencyMs >= 0; }
};

struct ShadowCandidateAnswer {
    ShadowAnswer answer;
    WordDiff diff; // baseline output against this one
    bool agrees = false; // same text up to case and spacing, or similarity >= the agreement threshold
    ShadowOutcome byScore = ShadowOutcome::Undecided;
    std::optional<ShadowVerdict> verdict; // the user's, when set

    // The user's verdict when there is one, else the outcome by score.
    ShadowOutcome outcome() const;
    bool hasError() const { return answer.isError(); }
};

struct ShadowCase {
    QString caseId;
    QString input; // the prompt (a chat case: its last user message)
    QString expected; // empty for unlabelled inputs
    ShadowAnswer baseline;
    QList<ShadowCandidateAnswer> candidates; // in the order of ShadowComparison::candidateModelIds
};

struct ShadowTally {
    int wins = 0; // candidate better
    int ties = 0;
    int losses = 0; // candidate worse
    int undecided = 0; // by verdicts: cases without one

    friend bool operator==(const ShadowTally&, const ShadowTally&) = default;
};

// One candidate against the baseline over the cases both were asked.
struct ShadowSummary {
    QString candidateModelId;
    int cases = 0;
    int agreements = 0;
    int disagreements = 0;
    int baselineErrors = 0; // errors or missing answers
    int candidateErrors = 0;
    ShadowTally byScore;
    ShadowTally byVerdict;
    std::optional<double> baselineAccuracy; // pass rates; absent for unlabelled inputs
    std::optional<double> candidateAccuracy;
    double baselineCostUsd = 0.0; // over the compared cases
    double candidateCostUsd = 0.0;
    // Over the answers without error whose latency was measured; absent when none was (answers
    // collected through a provider's batch API have none).
    std::optional<double> baselineMeanLatencyMs;
    std::optional<double> candidateMeanLatencyMs;
    // Projected from the workspace's traffic profile: monthly requests x the category's share.
    qint64 monthlyRequests = 0; // of the category
    std::optional<double> projectedMonthlySavingUsd; // absent without traffic or answers; < 0: costs more

    double agreementRate() const { return cases > 0 ? double(agreements) / cases : 0.0; }
    double baselineCostPerRequest() const;
    double candidateCostPerRequest() const;
    std::optional<double> costChange() const; // relative, e.g. -0.8 for 80% cheaper; absent at zero cost
    std::optional<double> latencyChange() const; // relative; absent unless both sides were measured
};

enum class ShadowFilter { All, Disagreements, CandidateBetter, CandidateWorse, Errors };
QString shadowFilterDisplayName(ShadowFilter filter); // translated
QString shadowOutcomeDisplayName(ShadowOutcome outcome); // translated

struct ShadowOptions {
    ShadowScoring scoring = ShadowScoring::Scores;
    double agreementThreshold = 0.8; // word similarity at which two answers agree
    // Non-empty: the cases of an unlabelled shadow run, in place of the category's own.
    QList<TestCase> cases;
    QString runId;
};

struct ShadowComparison {
    QString category;
    QString runId;
    QString baselineModelId;
    QStringList candidateModelIds;
    ShadowScoring scoring = ShadowScoring::Scores;
    QList<ShadowCase> cases; // in the category's case order; cases neither model answered are left out
    QList<ShadowSummary> summaries; // one per candidate, in candidateModelIds order

    int candidateIndex(const QString& modelId) const { return int(candidateModelIds.indexOf(modelId)); }
    // Indexes into cases of those that pass the filter for one candidate.
    QList<int> filtered(int candidateIndex, ShadowFilter filter) const;
};

bool matchesShadowFilter(const ShadowCase& shadowCase, int candidateIndex, ShadowFilter filter);

// Pairs the baseline's and each candidate's answers case by case from a run's results (other
// models, categories and repeats are ignored), diffs them and sums them up. verdicts may hold any
// pairs; those of this category, baseline and candidates apply.
ShadowComparison compareShadow(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category,
                               const QString& baselineModelId, const QStringList& candidateModelIds,
                               const QList<ShadowVerdict>& verdicts = {}, const ShadowOptions& options = {});

// Re-counts one candidate's summary after the user set or cleared verdicts in comparison.cases.
void recountShadowSummary(ShadowComparison& comparison, int candidateIndex);
// Projects every candidate's monthly saving again from the workspace's traffic profile as it is now
// (its monthly volume and the category's share), without comparing the answers again.
void reprojectShadowSavings(ShadowComparison& comparison, const Workspace& workspace);
// Sets (or clears, with nullopt) the verdict of one case and candidate and re-counts the summary.
void applyShadowVerdict(ShadowComparison& comparison, int caseIndex, int candidateIndex,
                        const std::optional<ShadowVerdict>& verdict);

// The category's route with the candidate as primary (the baseline becomes its first fallback,
// other fallbacks keep their order), rule "manual" and evidence from the comparison's run: pass rate,
// interval, probability of meeting the category's bar, cost and the candidate's p95 latency.
Route promotedRoute(const Workspace& workspace, const ShadowComparison& comparison, int candidateIndex,
                    const QDateTime& runDate);

// The candidate's 95th percentile latency (nearest rank) over its answers without error and with a
// measured latency; absent without any.
std::optional<qint64> candidateLatencyP95(const ShadowComparison& comparison, int candidateIndex);

Q_DECLARE_METATYPE(ShadowComparison)
