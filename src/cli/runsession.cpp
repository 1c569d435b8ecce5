// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsession.h"

#include "command.h"
#include "consoletext.h"
#include "results/resultsstore.h"
#include "runsummary.h"


RunSession::RunSession(QTextStream& out, QTextStream& err, bool terminal, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_printer(err, terminal)
{
    connect(&m_controller, &RunController::started, this, &RunSession::onStarted);
    connect(&m_controller, &RunController::progressChanged, this,
            [this](const RunProgress& progress) { m_printer.update(progress); });
    connect(&m_controller, &RunController::finished, this, &RunSession::onFinished);
    connect(&m_controller, &RunController::failed, this, &RunSession::onFailed);
    connect(&m_interrupts, &InterruptWatcher::interrupted, this, &RunSession::onInterrupted);
}

int RunSession::exec(const RunRequest& request)
{
    m_databasePath = request.databasePath;
    m_resuming = !request.resumeRunId.isEmpty();
    // start() reports a sandbox that cannot listen through failed() before returning false.
    if (!m_controller.start(request))
        return m_status;
    m_loop.exec();
    return m_status;
}

void RunSession::onStarted(const RunInfo& run, int totalJobs, int alreadyDone)
{
    const QString where = run.simulated ? tr(" in the sandbox (simulated models)") : QString();
    if (m_resuming) {
        m_err << tr("resuming run %1: %2 of %3 jobs left%4")
                     .arg(run.id)
                     .arg(totalJobs - alreadyDone)
                     .arg(totalJobs)
                     .arg(where);
    } else {
        m_err << tr("starting run %1: %2 jobs%3").arg(run.id).arg(totalJobs).arg(where);
    }
    m_err << Qt::endl;
}

void RunSession::onFinished(const RunInfo& run, const RunProgress& progress)
{
    m_printer.finish(progress);
    printOutcome(run, progress);
    const std::pair<int, int> answersAndErrors = printSummary(run);
    stop(exitStatus(run, progress, answersAndErrors));
}

void RunSession::onFailed(const QString& message)
{
    m_printer.breakLine();
    m_err << tr("signalbox-cli run: %1").arg(message) << Qt::endl;
    const RunInfo& run = m_controller.run();
    if (!run.id.isEmpty() && m_controller.progress().done > 0) {
        printSummary(run);
        printResumeHint(run);
    }
    stop(ExitFailure);
}

void RunSession::onInterrupted(int signalNumber)
{
    m_signal = signalNumber;
    m_printer.breakLine();
    if (!m_controller.isRunning()) {
        stop(ExitSignalBase + signalNumber);
        return;
    }
    m_err << tr("interrupted: cancelling the run (press Ctrl+C again to quit at once)") << Qt::endl;
    m_controller.cancel();
}

void RunSession::printOutcome(const RunInfo& run, const RunProgress& progress)
{
    const QString done
        = tr("%1 of %2 jobs done in %3").arg(progress.done).arg(progress.total).arg(durationText(progress.elapsedMs));
    if (m_signal != 0) {
        m_err << tr("run %1 cancelled: %2.").arg(run.id, done) << Qt::endl;
        printResumeHint(run);
    } else if (run.status == RunStatus::Completed) {
        m_err << tr("run %1 completed: %2.").arg(run.id, done) << Qt::endl;
    } else if (run.settings.budgetUsd && progress.spentUsd >= *run.settings.budgetUsd) {
        m_err << tr("run %1 stopped early: it spent %2 of a budget of %3; %4.")
                     .arg(run.id, usdText(progress.spentUsd), usdText(*run.settings.budgetUsd), done)
              << Qt::endl;
    } else {
        m_err << tr("run %1 stopped early (%2): %3.").arg(run.id, progress.stopReason, done) << Qt::endl;
    }
}

// Summed as the rows are read: a run of a hundred thousand results is never held in memory.
std::pair<int, int> RunSession::printSummary(const RunInfo& run)
{
    ResultsStore store;
    RunTally tally;
    if (!store.open(m_databasePath) || !store.forEachResult(run.id, [&tally](const ResultRecord& result) { tally.add(result); })) {
        m_err << tr("signalbox-cli run: cannot read the results: %1").arg(store.errorString()) << Qt::endl;
        return { 0, 0 };
    }
    m_out << runSummary(store.run(run.id).value_or(run), tally);
    m_out.flush();
    if (const std::optional<ResultRecord>& firstError = tally.firstError()) {
        m_err << tr("first error: %1/%2 on %3: %4")
                     .arg(firstError->category, firstError->caseId, firstError->modelId, firstError->errorMessage)
              << Qt::endl;
    }
    return { tally.total().answers, tally.total().errors };
}

void RunSession::printResumeHint(const RunInfo& run)
{
    if (m_resumeCommand.isEmpty())
        return;
    m_err << tr("To resume it: %1 --resume %2").arg(m_resumeCommand, shellQuoted(run.id)) << Qt::endl;
}

int RunSession::exitStatus(const RunInfo& run, const RunProgress& progress, std::pair<int, int> answersAndErrors) const
{
    if (m_signal != 0)
        return ExitSignalBase + m_signal;
    if (answersAndErrors.first > 0 && answersAndErrors.second == answersAndErrors.first)
        return ExitFailure;
    if (run.status == RunStatus::Cancelled && !progress.stopReason.isEmpty())
        return ExitBudgetReached;
    return run.status == RunStatus::Completed ? ExitSuccess : ExitFailure;
}

void RunSession::stop(int status)
{
    m_status = status;
    m_err.flush();
    m_loop.quit();
}
