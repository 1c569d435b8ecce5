// SPDX-License-Identifier: GPL-3.0-or-later
#include "runengine.h"

#include "jobsource.h"
#include "providerlane.h"

#include "batch/batchlane.h"
#include "batch/batchstore.h"

#include "freshness/runsnapshot.h"
#include "secrets/keystore.h"

#include <algorithm>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace {
constexpr int flushIntervalMs = 100;
constexpr int resultsBeforeEta = 3;
}

RunEngine::RunEngine(QObject* parent)
    : QObject(parent)
    , m_keys(new KeyStore(this))
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &RunEngine::flush);
    connect(m_keys, &KeyStore::keyResolved, this, &RunEngine::onKeyResolved);
    connect(m_keys, &KeyStore::keyFailed, this, [this](const QString& provider, const QString& message) {
        fail(tr("No API key for provider '%1': %2. Set the key, or run in the sandbox.").arg(provider, message));
    });
}

RunEngine::~RunEngine() = default;

void RunEngine::start(const RunRequest& request)
{
    m_request = request;
    m_clock.start();
    if (prepare())
        resolveKeys();
}

bool RunEngine::prepare()
{
    if (m_request.plan.judgeModel.isEmpty())
        m_request.plan.judgeModel = m_request.workspace.judgeModel;
    const QString problem = m_request.plan.validate(m_request.workspace);
    if (!problem.isEmpty()) {
        fail(problem);
        return false;
    }
    if (!m_store.open(m_request.databasePath)) {
        fail(m_store.errorString());
        return false;
    }
    if (!createOrResumeRun())
        return false;
    // A resumed run keeps the limit it started with; one from before limits were kept takes the workspace's.
    m_cacheMaxAgeDays = m_request.plan.settings.cacheMaxAgeDays.value_or(m_request.workspace.run.cacheMaxAgeDays);
    if (!planJobs())
        return false;
    Q_EMIT started(m_run, m_progress.total, m_doneAtStart);
    return !m_finished;
}

bool RunEngine::createOrResumeRun()
{
    RunPlan& plan = m_request.plan;
    if (!m_request.resumeRunId.isEmpty()) {
        const std::optional<RunInfo> run = m_store.run(m_request.resumeRunId);
        if (!run) {
            fail(tr("Run %1 is not in %2.").arg(m_request.resumeRunId, m_request.databasePath));
            return false;
        }
        m_run = *run;
        plan.categories = m_run.categories;
        plan.models = m_run.modelIds;
        plan.repeats = m_run.repeats;
        plan.settings = m_run.settings;
        plan.simulated = m_run.simulated;
        m_run.status = RunStatus::Running;
        m_run.finishedAt = {};
        if (!m_store.updateRun(m_run)) {
            fail(m_store.errorString());
            return false;
        }
        return true;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_run.id = m_store.uniqueRunId(now);
    m_run.startedAt = now;
    m_run.categories = plan.effectiveCategories(m_request.workspace);
    m_run.modelIds = plan.effectiveModels(m_request.workspace);
    m_run.repeats = plan.repeats;
    if (!plan.settings.cacheMaxAgeDays)
        plan.settings.cacheMaxAgeDays = m_request.workspace.run.cacheMaxAgeDays;
    plan.settings.snapshot = takeRunSnapshot(m_request.workspace, m_run.categories, m_run.modelIds).toJson();
    m_run.settings = plan.settings;
    m_run.workspaceHash = workspaceHash(m_request.workspace);
    m_run.simulated = plan.simulated;
    if (!m_store.createRun(m_run)) {
        fail(m_store.errorString());
        return false;
    }
    return true;
}

void RunEngine::resolveKeys()
{
    QSet<QString> providers(m_sources.keyBegin(), m_sources.keyEnd());
    if (const ModelSpec* judge = m_request.workspace.model(m_request.plan.judgeModel))
        providers.insert(judge->provider);
    for (const QString& name : providers) {
        if (m_request.plan.simulated)
            m_apiKeys.insert(name, QStringLiteral("sandbox"));
        else if (m_request.apiKeys.contains(name))
            m_apiKeys.insert(name, m_request.apiKeys.value(name));
        else
            m_providersAwaitingKeys.append(name);
    }
    if (m_providersAwaitingKeys.isEmpty()) {
        launch();
        return;
    }
    for (const QString& name : std::as_const(m_providersAwaitingKeys))
        m_keys->resolve(*m_request.workspace.provider(name));
}

void RunEngine::onKeyResolved(const QString& providerName, const QString& key)
{
    m_apiKeys.insert(providerName, key);
    m_providersAwaitingKeys.removeAll(providerName);
    if (m_providersAwaitingKeys.isEmpty() && !m_finished)
        launch();
}

void RunEngine::pause()
{
    if (m_finished || m_progress.paused)
        return;
    for (ProviderLane* lane : std::as_const(m_lanes))
        lane->setPaused(true);
    for (BatchLane* lane : std::as_const(m_batchLanes))
        lane->setPaused(true);
    m_progress.paused = true;
    m_run.status = RunStatus::Paused;
    m_store.updateRun(m_run);
    flush();
}

void RunEngine::resume()
{
    if (m_finished || !m_progress.paused)
        return;
    m_progress.paused = false;
    m_run.status = RunStatus::Running;
    m_store.updateRun(m_run);
    for (ProviderLane* lane : std::as_const(m_lanes))
        lane->setPaused(false);
    for (BatchLane* lane : std::as_const(m_batchLanes))
        lane->setPaused(false);
    flush();
}

void RunEngine::cancel()
{
    if (m_finished)
        return;
    m_progress.stopReason = tr("Cancelled");
    for (ProviderLane* lane : std::as_const(m_lanes))
        lane->abortAll();
    m_pendingScores.clear();
    if (!m_batchLanes.isEmpty()) {
        cancelBatches(); // finishes when the providers have been told
        return;
    }
    finish(RunStatus::Cancelled);
}

void RunEngine::stopEarly(const QString& reason)
{
    m_stopping = true;
    m_progress.stopReason = reason;
    for (ProviderLane* lane : std::as_const(m_lanes)) {
        for (const RunJob& dropped : lane->dropQueued())
            forgetScoreOf(dropped);
    }
    for (BatchLane* lane : std::as_const(m_batchLanes))
        lane->dropQueued();
}

void RunEngine::checkFinished()
{
    if (m_finished || !m_launched || !m_pendingScores.isEmpty() || !m_providersAwaitingKeys.isEmpty())
        return;
    for (const ProviderLane* lane : std::as_const(m_lanes)) {
        if (!lane->isIdle())
            return;
    }
    if (!batchesIdle())
        return;
    finish(m_stopping ? RunStatus::Cancelled : RunStatus::Completed);
}

void RunEngine::finish(RunStatus status)
{
    if (!saveResults())
        return;
    m_finished = true;
    m_flushTimer->stop();
    m_run.status = status;
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    m_run.spentUsd = m_progress.spentUsd;
    if (!m_store.updateRun(m_run))
        m_progress.stopReason = m_store.errorString();
    m_progress.paused = false;
    flush();
    Q_EMIT finished(m_run, progress());
}

void RunEngine::fail(const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_flushTimer->stop();
    for (ProviderLane* lane : std::as_const(m_lanes))
        lane->abortAll();
    abortBatches();
    if (!m_run.id.isEmpty() && m_store.isOpen()) {
        saveResults(); // what was answered before the failure; a second failure is not reported again
        m_run.status = RunStatus::Failed;
        m_run.spentUsd = std::max(m_run.spentUsd, m_progress.spentUsd);
        m_run.finishedAt = QDateTime::currentDateTimeUtc();
        m_store.updateRun(m_run);
    }
    flush();
    Q_EMIT failed(message);
}

void RunEngine::flush()
{
    if (!saveResults())
        return; // failed, and said so
    if (!m_unsent.isEmpty())
        Q_EMIT resultsAvailable(std::exchange(m_unsent, {}));
    Q_EMIT progressChanged(progress());
}

RunProgress RunEngine::progress() const
{
    RunProgress current = m_progress;
    for (const ProviderLane* lane : std::as_const(m_lanes))
        current.inFlight += lane->inFlight();
    addBatchProgress(current);
    current.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const int doneNow = current.done - m_doneAtStart;
    if (doneNow >= resultsBeforeEta && !m_finished)
        current.etaMs = laneEtaMs(current.elapsedMs);
    return current;
}

// Every provider works through its own queue at its own pace, and the run ends when the slowest
// does: the quick providers' early answers must not make the whole run look nearly done. Each lane's
// rest at its own observed rate; unknown (-1) while a lane with work has finished nothing yet.
qint64 RunEngine::laneEtaMs(qint64 elapsedMs) const
{
    if (!batchesIdle())
        return -1; // a batch ends when its provider says so, within 24 h
    qint64 eta = 0;
    for (const ProviderLane* lane : std::as_const(m_lanes)) {
        const qint64 remaining = lane->queued() + lane->inFlight();
        if (remaining == 0)
            continue;
        if (lane->finishedJobs() == 0)
            return -1;
        eta = std::max(eta, elapsedMs * remaining / lane->finishedJobs());
    }
    return eta;
}
