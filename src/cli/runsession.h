// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interruptwatcher.h"
#include "progressprinter.h"
#include "runner/runcontroller.h"

#include <QEventLoop>
#include <QObject>
#include <QTextStream>

// Exit statuses of "signalbox-cli run" besides those every command has (see command.h).
enum RunExitCode {
    ExitBudgetReached = 3,
    ExitSignalBase = 128, // plus the signal's number: 130 after Ctrl+C
};

// One run of the engine without a display: starts it, reports progress on stderr, cancels it
// cleanly on Ctrl+C, and prints the summary of what was done to stdout. Works in an event loop of
// its own on the calling thread, so that it needs no QCoreApplication::exec().
class RunSession : public QObject
{
    Q_OBJECT
public:
    RunSession(QTextStream& out, QTextStream& err, bool terminal, QObject* parent = nullptr);

    void setSandboxTimeScale(double scale) { m_controller.setSandboxTimeScale(scale); }
    // The command that resumes a run, the run's id aside: "signalbox-cli run support.signalbox.yaml".
    void setResumeCommand(const QString& command) { m_resumeCommand = command; }

    int exec(const RunRequest& request); // returns the process's exit status

private:
    void onStarted(const RunInfo& run, int totalJobs, int alreadyDone);
    void onFinished(const RunInfo& run, const RunProgress& progress);
    void onFailed(const QString& message);
    void onInterrupted(int signalNumber);
    void printOutcome(const RunInfo& run, const RunProgress& progress);
    // Prints the summary of the run's results; returns how many there are, and how many in error.
    std::pair<int, int> printSummary(const RunInfo& run);
    void printResumeHint(const RunInfo& run);
    int exitStatus(const RunInfo& run, const RunProgress& progress, std::pair<int, int> answersAndErrors) const;
    void stop(int status);

    QTextStream& m_out;
    QTextStream& m_err;
    RunController m_controller;
    ProgressPrinter m_printer;
    InterruptWatcher m_interrupts;
    QEventLoop m_loop;
    QString m_databasePath;
    QString m_resumeCommand;
    bool m_resuming = false;
    int m_signal = 0;
    int m_status = 1;
};
