// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontroller.h"

#include "runengine.h"

#include <algorithm>

namespace {
// The sandbox's batches end sooner or later with its time scale: so do the polls that wait for them.
void scaleBatchPolling(BatchPolicy& policy, double timeScale)
{
    constexpr int fastestPollMs = 100;
    policy.firstPollMs = std::max(fastestPollMs, int(policy.firstPollMs * timeScale));
    policy.maxPollMs = std::max(policy.firstPollMs, int(policy.maxPollMs * timeScale));
}
} // namespace

RunController::RunController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RunRequest>();
    qRegisterMetaType<RunProgress>();
    registerCompletionMetaTypes();
    registerResultsMetaTypes();
    m_thread.setObjectName(QStringLiteral("run engine"));
    m_thread.start();
}

RunController::~RunController()
{
    if (m_engine) {
        // Closing the application does not cancel batches already sent: a resume collects them.
        QMetaObject::invokeMethod(m_engine, &RunEngine::close);
        QMetaObject::invokeMethod(m_engine, &QObject::deleteLater);
    }
    m_thread.quit();
    m_thread.wait();
}

bool RunController::start(RunRequest request)
{
    if (m_engine) {
        Q_EMIT failed(tr("A run is already going: wait for it to finish or cancel it."));
        return false;
    }
    if (request.plan.simulated) {
        m_sandbox.setBatchJournal(SandboxHost::batchJournalFor(request.databasePath));
        if (!m_sandbox.start(request.workspace, m_sandboxTimeScale)) {
            Q_EMIT failed(m_sandbox.errorString());
            return false;
        }
        request.sandboxBaseUrls = m_sandbox.baseUrls();
        scaleBatchPolling(request.batchPolicy, m_sandboxTimeScale);
    }
    m_progress = {};
    m_run = {};
    m_engine = new RunEngine;
    m_engine->moveToThread(&m_thread);
    connectEngine();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine.data(), request] { engine->start(request); });
    return true;
}

void RunController::connectEngine()
{
    RunEngine* engine = m_engine;
    connect(engine, &RunEngine::started, this, [this](const RunInfo& run, int total, int alreadyDone) {
        m_run = run;
        Q_EMIT started(run, total, alreadyDone);
    });
    connect(engine, &RunEngine::resultsAvailable, this, &RunController::resultsAvailable);
    connect(engine, &RunEngine::progressChanged, this, [this](const RunProgress& progress) {
        m_progress = progress;
        Q_EMIT progressChanged(progress);
    });
    connect(engine, &RunEngine::finished, this, [this](const RunInfo& run, const RunProgress& progress) {
        m_run = run;
        m_progress = progress;
        engineDone();
        Q_EMIT finished(run, progress);
    });
    connect(engine, &RunEngine::failed, this, [this](const QString& message) {
        engineDone();
        Q_EMIT failed(message);
    });
}

void RunController::engineDone()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &QObject::deleteLater);
    m_engine.clear();
}

void RunController::pause()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &RunEngine::pause);
}

void RunController::resume()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &RunEngine::resume);
}

void RunController::cancel()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &RunEngine::cancel);
}
