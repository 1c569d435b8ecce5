// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runprogress.h"
#include "runrequest.h"
#include "sandboxhost.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class RunEngine;

// Starts, steers and reports one run at a time, for the GUI and the command line alike. The
// engine works on a worker thread; this object lives on the caller's thread and its signals
// arrive there. A simulated run starts the sandbox first and points every provider at it.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    bool isRunning() const { return !m_engine.isNull(); }
    bool isPaused() const { return m_progress.paused; }
    const RunProgress& progress() const { return m_progress; }
    const RunInfo& run() const { return m_run; }
    SandboxHost& sandbox() { return m_sandbox; }
    void setSandboxTimeScale(double scale) { m_sandboxTimeScale = scale; }

    // False (and failed() emitted) when a run is already going or the sandbox cannot start.
    bool start(RunRequest request);
    void pause();
    void resume();
    void cancel();

Q_SIGNALS:
    void started(const RunInfo& run, int totalJobs, int alreadyDone);
    void resultsAvailable(const QList<ResultRecord>& results);
    void progressChanged(const RunProgress& progress);
    void finished(const RunInfo& run, const RunProgress& progress);
    void failed(const QString& message);

private:
    void connectEngine();
    void engineDone();

    QThread m_thread;
    QPointer<RunEngine> m_engine;
    SandboxHost m_sandbox;
    double m_sandboxTimeScale = 1.0;
    RunProgress m_progress;
    RunInfo m_run;
};
