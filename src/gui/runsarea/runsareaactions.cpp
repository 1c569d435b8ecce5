// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs area's actions: starting a run (after the questions it needs), pausing, resuming,
// cancelling, and resuming an earlier run that stopped before its end.
#include "common/background.h"
#include "common/noticebanner.h"
#include "common/whenfinished.h"
#include "document/resultsdatabase.h"
#include "document/workspacedocument.h"
#include "freshness/evidenceloader.h"
#include "planestimator.h"
#include "providerkeystatus.h"
#include "runner/jobsource.h"
#include "runner/runcontroller.h"
#include "runprompts.h"
#include "runsarea.h"
#include "runsetuppanel.h"
#include "ui_runsarea.h"

#include <QAction>
#include <QStyle>

namespace {
QAction* makeAction(QWidget* owner, const QString& text, QStyle::StandardPixmap icon, const QKeySequence& shortcut)
{
    auto* action = new QAction(owner->style()->standardIcon(icon), text, owner);
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(RunsArea::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    return action;
}
} // namespace

void RunsArea::createActions()
{
    m_runAction = makeAction(this, tr("Run"), QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pauseAction
        = makeAction(this, tr("Pause"), QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_cancelAction = makeAction(this, tr("Cancel Run"), QStyle::SP_MediaStop, QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_resumeRunAction = makeAction(this, tr("Resume Run"), QStyle::SP_MediaSeekForward, {});
    m_resumeRunAction->setToolTip(tr("Continue this run with only the jobs it has not done yet"));
    m_runMissingAction = makeAction(this, tr("Run Missing"), QStyle::SP_MediaSkipForward, {});
    m_runMissingAction->setToolTip(tr("Run only the categories and models no run has current evidence for: new "
                                      "models, new categories, categories whose cases, prompts or scorers changed"));
    connect(m_runMissingAction, &QAction::triggered, this, &RunsArea::runMissing);
    ui->runMissingButton->setDefaultAction(m_runMissingAction);
    addActions({ m_runAction, m_pauseAction, m_cancelAction });
    connect(m_runAction, &QAction::triggered, this, &RunsArea::startRun);
    connect(m_pauseAction, &QAction::triggered, this, &RunsArea::togglePause);
    connect(m_cancelAction, &QAction::triggered, this, &RunsArea::cancelRun);
    connect(m_resumeRunAction, &QAction::triggered, this, &RunsArea::resumeShownRun);
    m_setup->setRunAction(m_runAction);
    ui->pauseButton->setDefaultAction(m_pauseAction);
    ui->cancelButton->setDefaultAction(m_cancelAction);
    ui->resumeRunButton->setDefaultAction(m_resumeRunAction);
    connect(m_setup, &RunSetupPanel::estimateChanged, this, [this] {
        if (m_startWaitsForEstimate && !m_setup->isEstimatePending()) {
            m_startWaitsForEstimate = false;
            continueStart();
        }
    });
    updateActions();
}

void RunsArea::updateActions()
{
    const bool running = m_runs->isRunning();
    const bool saved = !m_document->filePath().isEmpty();
    const QString problem = m_setup->problem();
    m_runAction->setEnabled(!running && saved && problem.isEmpty());
    m_runAction->setStatusTip(!saved ? tr("Save the workspace first: its runs are kept in a database beside the file.")
                                     : problem);
    m_pauseAction->setEnabled(running && !m_cancelling);
    m_pauseAction->setText(m_runs->isPaused() ? tr("Resume") : tr("Pause"));
    m_pauseAction->setIcon(style()->standardIcon(m_runs->isPaused() ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_cancelAction->setEnabled(running && !m_cancelling);
    const bool resumable = !m_shown.id.isEmpty() && isResumable(m_shown) && m_shown.id != m_liveRunId;
    m_resumeRunAction->setEnabled(resumable && !running && saved);
    m_runMissingAction->setEnabled(!running && saved && !m_findingMissing);
    ui->resumeRunButton->setVisible(resumable);
    ui->pauseButton->setVisible(isShownRunLive());
    ui->cancelButton->setVisible(isShownRunLive());
}

void RunsArea::startRun()
{
    if (!m_runAction->isEnabled())
        return;
    if (m_setup->isEstimatePending()) {
        m_startWaitsForEstimate = true; // the questions below need the estimate of this very plan
        return;
    }
    continueStart();
}

void RunsArea::continueStart()
{
    RunRequest request;
    request.workspace = m_document->workspace();
    request.plan = m_setup->plan();
    request.databasePath = resultsDatabasePath(m_document);
    const QString problem = m_setup->problem();
    if (!problem.isEmpty()) {
        m_prompts->showError(tr("Cannot Start the Run"), problem);
        return;
    }
    if (confirmStart(request, m_setup->estimate()))
        launch(request);
}

bool RunsArea::confirmStart(const RunRequest& request, const PlanEstimate& estimate)
{
    const RunSettings& settings = request.plan.settings;
    if (settings.budgetUsd && estimate.totalCostUsd() > *settings.budgetUsd) {
        const QString text = tr("The estimate, %1, is above the budget cap of %2. The run will stop when its spending "
                                "reaches the cap, leaving some jobs undone (you can resume it later).")
                                 .arg(dollarsEstimate(estimate.totalCostUsd()), dollarsEstimate(*settings.budgetUsd));
        if (!m_prompts->confirm(tr("Above the Budget"), text, tr("Start Anyway")))
            return false;
    }
    if (request.plan.simulated)
        return true;
    const QStringList providers = m_setup->providersOf(request.plan);
    const QString missing = missingKeys(providers);
    if (!missing.isEmpty()) {
        m_prompts->showError(
            tr("API Keys Missing"),
            tr("These providers have no API key available:\n%1\nSet the keys, or run in the sandbox.").arg(missing));
        return false;
    }
    const QString text = tr("This run sends %n request(s) to real providers (%1) and is estimated to cost %2. "
                            "The providers bill your accounts for it.",
                            nullptr, estimate.totalCalls())
                             .arg(providers.join(QStringLiteral(", ")), dollarsEstimate(estimate.totalCostUsd()));
    return m_prompts->confirm(tr("Run on Real Providers?"), text, tr("Start Run"));
}

QString RunsArea::missingKeys(const QStringList& providers) const
{
    QStringList lines;
    for (const QString& name : providers) {
        if (m_setup->keyStatus()->state(name) == ProviderKeyStatus::State::Missing)
            lines.append(tr("%1: %2").arg(name, m_setup->keyStatus()->description(name)));
    }
    return lines.join(u'\n');
}

void RunsArea::launch(const RunRequest& request)
{
    m_notice->setText({});
    m_liveDatabase = request.databasePath;
    m_cancelling = false;
    m_runs->start(request);
    updateActions();
}

void RunsArea::togglePause()
{
    if (m_runs->isPaused())
        m_runs->resume();
    else
        m_runs->pause();
}

void RunsArea::cancelRun()
{
    if (!m_runs->isRunning())
        return;
    m_cancelling = true;
    m_runs->cancel();
    updateActions();
    updateRunHeader();
}

void RunsArea::resumeShownRun()
{
    if (m_resumeRunAction->isEnabled())
        resumeRun(m_shown);
}

void RunsArea::resumeRun(const RunInfo& run)
{
    RunRequest request;
    request.workspace = m_document->workspace();
    request.databasePath = resultsDatabasePath(m_document);
    request.resumeRunId = run.id;
    request.plan.categories = run.categories;
    request.plan.models = run.modelIds;
    request.plan.repeats = run.repeats;
    request.plan.settings = run.settings;
    request.plan.simulated = run.simulated;
    request.plan.judgeModel = m_setup->plan().judgeModel;
    const QString problem = request.plan.validate(request.workspace);
    if (!problem.isEmpty()) {
        m_prompts->showError(tr("Cannot Resume the Run"),
                             tr("The workspace no longer has what this run covered: %1").arg(problem));
        return;
    }
    if (!run.workspaceHash.isEmpty() && run.workspaceHash != workspaceHash(request.workspace)
        && !m_prompts->confirm(
            tr("Workspace Changed"),
            tr("The workspace changed since this run started. Its missing jobs will use today's cases, prompts and "
               "prices, so the run's results may not be comparable."),
            tr("Resume Anyway")))
        return;
    if (!request.plan.simulated
        && !m_prompts->confirm(
            tr("Resume on Real Providers?"),
            tr("This run used real providers: resuming it sends its missing jobs to them, which bill your accounts."),
            tr("Resume Run")))
        return;
    launch(request);
}

void RunsArea::runMissing()
{
    if (!m_runMissingAction->isEnabled())
        return;
    m_findingMissing = true;
    updateActions();
    const QString database = resultsDatabasePath(m_document);
    const Workspace workspace = m_document->workspace();
    whenFinished(this, Background::run([database, workspace] { return missingCellsIn(database, workspace); }),
                 [this, workspace](const MissingCells& missing) {
                     m_findingMissing = false;
                     updateActions();
                     startMissing(workspace, missing);
                 });
}

void RunsArea::startMissing(const Workspace& workspace, const MissingCells& missing)
{
    if (!missing.error.isEmpty()) {
        m_prompts->showError(tr("Cannot Run the Missing Cells"), missing.error);
        return;
    }
    if (missing.cells.isEmpty()) {
        m_notice->setKind(NoticeBanner::Kind::Information);
        m_notice->setText(tr("Nothing is missing: every category has current evidence for every model."));
        return;
    }
    RunRequest request;
    request.workspace = workspace;
    request.databasePath = resultsDatabasePath(m_document);
    request.plan = m_setup->plan(); // its knobs and sandbox choice; the cells are the missing ones
    restrictPlanToCells(request.plan, missing.cells);
    const QString problem = request.plan.validate(request.workspace);
    if (!problem.isEmpty()) {
        m_prompts->showError(tr("Cannot Run the Missing Cells"), problem);
        return;
    }
    const int calls = int(JobSource(request.workspace, request.plan).count());
    if (!request.plan.simulated
        && !m_prompts->confirm(tr("Run on Real Providers?"),
                               tr("Running the missing cells sends %1 requests to real providers (%2), which bill "
                                  "your accounts.")
                                   .arg(calls)
                                   .arg(request.plan.models.join(QStringLiteral(", "))),
                               tr("Start Run")))
        return;
    launch(request);
}
