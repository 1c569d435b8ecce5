// SPDX-License-Identifier: GPL-3.0-or-later
// RunEngine, second half: what happens to an answer: cached, scored (with a judge where a
// rubric asks for one), written to the results database, and counted.
#include "runengine.h"

#include "providerlane.h"

#include "scoring/scoringengine.h"

#include <QJsonObject>
#include <QTimer>

namespace {
const QLatin1String judgeMarker("#judge");
constexpr qsizetype saveChunk = 500;

QString errorKindOf(const CompletionResult& result)
{
    return result.isOk() ? QString() : completionErrorKey(result.error);
}

// Why a judge's answer holds no verdict, or nothing when it does.
QString judgeProblem(const CompletionResult& result)
{
    if (!result.isOk())
        return result.errorMessage;
    if (result.refusal == Refusal::None)
        return {};
    return RunEngine::tr("The judge gave no verdict: %1 (%2)")
        .arg(refusalLabel(refusalKey(result.refusal)), result.refusalReason);
}
}

struct RunEngine::PendingScore {
    ResultRecord record;
    CaseScoring scoring;
    int waiting = 0;
};

double RunEngine::costOf(const QString& modelId, const CompletionResult& result, bool fromBatch) const
{
    const ModelSpec* model = m_request.workspace.model(modelId);
    if (!model)
        return 0.0;
    const Price price = fromBatch ? model->effectiveBatchPrice() : model->price;
    return price.costOf(result.inputTokens, result.outputTokens, result.cachedInputTokens);
}

QString RunEngine::cacheKey(const RunJob& job) const
{
    const Provider* provider = m_request.workspace.provider(job.providerName);
    QJsonObject parameters { { QStringLiteral("max_tokens"), job.request.maxTokens },
        { QStringLiteral("json"), job.request.jsonMode } };
    if (job.request.temperature)
        parameters.insert(QStringLiteral("temperature"), *job.request.temperature);
    // Simulated answers must never stand in for real ones, nor the other way round.
    const QString base = m_request.plan.simulated ? QStringLiteral("sandbox") : provider->baseUrl;
    return responseCacheKey({ providerKindKey(provider->kind), base, job.request.model, parameters, job.flattenedInput });
}

bool RunEngine::answerFromCache(const RunJob& job)
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-m_cacheMaxAgeDays);
    const std::optional<CachedResponse> cached = m_store.cachedResponse(cacheKey(job), since);
    if (!cached)
        return false;
    CompletionResult result;
    result.requestId = job.request.id;
    result.text = cached->text;
    result.inputTokens = cached->inputTokens;
    result.outputTokens = cached->outputTokens;
    result.cachedInputTokens = cached->cachedInputTokens;
    result.latencyMs = cached->latencyMs;
    result.httpStatus = 200;
    ResultRecord record { m_run.id, job.key.category, job.key.caseId, job.key.modelId, job.key.repeat, result.text,
        result.inputTokens, result.outputTokens, false, costOf(job.key.modelId, result), 0.0, result.latencyMs };
    record.cachedInputTokens = result.cachedInputTokens;
    record.cached = true;
    record.cachedAt = cached->storedAt;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    score(record, job);
    return true;
}

void RunEngine::onJobFinished(const RunJob& job, const CompletionResult& result, bool fromBatch)
{
    if (m_finished || m_batchCancelsAwaited > 0)
        return;
    if (job.request.id.contains(judgeMarker)) {
        onJudgeFinished(job, result);
        return;
    }
    ResultRecord record { m_run.id, job.key.category, job.key.caseId, job.key.modelId, job.key.repeat, result.text,
        result.inputTokens, result.outputTokens, result.usageEstimated, costOf(job.key.modelId, result, fromBatch),
        0.0, fromBatch ? ResultRecord::unmeasuredLatency : result.latencyMs };
    record.cachedInputTokens = result.cachedInputTokens;
    record.fromBatch = fromBatch;
    record.errorKind = errorKindOf(result);
    record.errorMessage = result.errorMessage;
    record.attempts = result.attempts;
    record.httpStatus = result.httpStatus;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    m_progress.spentUsd += record.costUsd;
    if (!result.isOk()) {
        commit(record);
        return;
    }
    if (result.refusal != Refusal::None) {
        // The model did not do the task: a failed case, neither scored (a not-contains scorer would
        // pass an empty text) nor cached (it would come back as an empty answer).
        record.refusal = refusalKey(result.refusal);
        record.refusalReason = result.refusalReason;
        record.score = 0.0;
        commit(record);
        return;
    }
    if (m_request.plan.usesCache())
        m_store.putCachedResponse(
            cacheKey(job),
            { result.text, result.inputTokens, result.outputTokens, record.latencyMs, {}, result.cachedInputTokens });
    score(record, job);
}

void RunEngine::score(ResultRecord record, const RunJob& job)
{
    const Category* category = m_request.workspace.category(job.key.category);
    const TestCase& testCase = job.testCase(*category);
    CaseScoring scoring({ record.output, record.latencyMs, record.costUsd }, testCase, *category);
    if (!scoring.needsModelCall() || !m_request.workspace.model(m_request.plan.judgeModel)) {
        complete(record, scoring);
        return;
    }
    auto pending = std::make_shared<PendingScore>(PendingScore { record, scoring });
    m_pendingScores.insert(job.request.id, pending);
    // The answer is paid for though it is not saved until the judge has scored it.
    persistSpent();
    if (!m_finished && !m_stopping) {
        askJudge(job.request.id, *pending);
        return;
    }
    m_pendingScores.remove(job.request.id);
    checkFinished();
}

void RunEngine::askJudge(const QString& recordKey, PendingScore& pending)
{
    const ModelSpec* judge = m_request.workspace.model(m_request.plan.judgeModel);
    for (const JudgeRequest& ask : pending.scoring.judgeRequests()) {
        RunJob judgeJob;
        judgeJob.key = pending.record.job();
        judgeJob.providerName = judge->provider;
        judgeJob.request.id = recordKey + judgeMarker + QString::number(ask.assertion);
        judgeJob.request.model = judge->model.isEmpty() ? judge->id : judge->model;
        judgeJob.request.systemPrompt = ask.prompt.systemPrompt;
        judgeJob.request.messages = { { QStringLiteral("user"), ask.prompt.userPrompt } };
        judgeJob.request.temperature = 0.0;
        judgeJob.request.jsonMode = true;
        ++pending.waiting;
        laneFor(judge->provider)->enqueue(judgeJob);
    }
}

// A case whose judge call is dropped stays unsaved, so that resuming the run does it again.
void RunEngine::forgetScoreOf(const RunJob& droppedJob)
{
    if (droppedJob.request.id.contains(judgeMarker))
        m_pendingScores.remove(droppedJob.request.id.section(judgeMarker, 0, 0));
}

void RunEngine::onJudgeFinished(const RunJob& judgeJob, const CompletionResult& result)
{
    const QString recordKey = judgeJob.request.id.section(judgeMarker, 0, 0);
    const int assertion = judgeJob.request.id.section(judgeMarker, 1).toInt();
    const std::shared_ptr<PendingScore> pending = m_pendingScores.value(recordKey);
    if (!pending)
        return;
    const double cost = costOf(m_request.plan.judgeModel, result);
    m_progress.spentUsd += cost;
    pending->scoring.setJudgeAnswer(assertion, { result.text, cost, judgeProblem(result) });
    if (--pending->waiting > 0) {
        // Reaching the budget here may drop this case's other judge calls, and with them the case.
        persistSpent();
        checkFinished();
        return;
    }
    m_pendingScores.remove(recordKey);
    complete(pending->record, pending->scoring);
}

void RunEngine::complete(ResultRecord record, const CaseScoring& scoring)
{
    const ScoreResult result = scoring.result();
    record.score = result.score;
    record.pass = result.pass;
    record.judgeCostUsd = result.judgeCostUsd;
    if (result.hasError() && record.errorKind.isEmpty()) {
        record.errorKind = QStringLiteral("scorer");
        record.errorMessage = result.summary();
    }
    commit(record);
}

// Counted now, saved with the next chunk: a run killed before that does those jobs again.
void RunEngine::commit(const ResultRecord& record)
{
    m_unsaved.append(record);
    if (m_unsaved.size() >= saveChunk && !saveResults())
        return;
    ++m_progress.done;
    m_progress.errors += record.isError() ? 1 : 0;
    m_progress.passed += record.pass ? 1 : 0;
    m_progress.cached += record.cached ? 1 : 0;
    m_run.spentUsd = m_progress.spentUsd;
    checkBudget();
    checkFinished();
}

// The results not yet saved, with what the run has spent so far, in one transaction.
bool RunEngine::saveResults()
{
    if (m_unsaved.isEmpty())
        return true;
    if (!m_store.insertResults(m_unsaved, m_run.id, m_progress.spentUsd)) {
        m_unsaved.clear();
        fail(m_store.errorString());
        return false;
    }
    m_unsent.append(std::exchange(m_unsaved, {}));
    return true;
}

void RunEngine::persistSpent()
{
    if (!m_store.setRunSpent(m_run.id, m_progress.spentUsd)) {
        fail(m_store.errorString());
        return;
    }
    m_run.spentUsd = m_progress.spentUsd;
    checkBudget();
}

bool RunEngine::budgetReached() const
{
    const std::optional<double> budget = m_request.plan.settings.budgetUsd;
    return budget && m_progress.spentUsd >= *budget;
}

void RunEngine::checkBudget()
{
    if (budgetReached() && !m_stopping)
        stopEarly(tr("Budget of $%1 reached").arg(*m_request.plan.settings.budgetUsd, 0, 'f', 2));
}
