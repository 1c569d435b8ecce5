// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs area, batches a run left open at their providers (the app was closed or killed while
// they ran): reopening the workspace says so and offers to collect them, which resumes that run.
#include "batch/openbatches.h"
#include "common/background.h"
#include "common/noticebanner.h"
#include "common/whenfinished.h"
#include "runner/runcontroller.h"
#include "runsarea.h"
#include "ui_runsarea.h"

#include <QPushButton>

void RunsArea::setUpOpenBatches()
{
    m_openBatchesNotice->setObjectName(QStringLiteral("openBatchesNotice"));
    m_openBatchesNotice->setKind(NoticeBanner::Kind::Information);
    m_openBatchesNotice->setButtonText(tr("Collect Now"));
    m_openBatchesNotice->button()->setToolTip(
        tr("Resume the run: poll its batches until the providers finish them and save their results"));
    ui->noticeLayout->insertWidget(0, m_openBatchesNotice);
    connect(m_openBatchesNotice, &NoticeBanner::buttonClicked, this, &RunsArea::collectOpenBatches);
}

// Read on a pool thread; a newer reading (another workspace, a run that ended) supersedes it.
void RunsArea::findOpenBatches(const QString& databasePath)
{
    const quint64 generation = ++m_openBatchesGeneration;
    if (databasePath.isEmpty()) {
        showOpenBatches({}); // an unsaved workspace has no runs
        return;
    }
    whenFinished(this, Background::run([databasePath] { return ::findOpenBatches(databasePath); }),
                 [this, generation](const OpenBatches& open) {
                     if (generation != m_openBatchesGeneration)
                         return;
                     showOpenBatches(open);
                     Q_EMIT openBatchesChecked();
                 });
}

void RunsArea::showOpenBatches(const OpenBatches& open)
{
    const bool offer = !open.isEmpty() && open.error.isEmpty() && !m_runs->isRunning();
    m_openBatchesRun = offer ? open.run : RunInfo {};
    QString text;
    if (offer) {
        followRunStatus(open.run);
        text = openBatchesText(open, QDateTime::currentDateTimeUtc());
        if (open.otherRuns > 0)
            text += u' ' + tr("(and %n earlier run(s) with open batches)", nullptr, open.otherRuns);
    }
    m_openBatchesNotice->setText(text);
    m_openBatchesNotice->setToolTip(
        offer ? tr("The providers go on with a batch while Signalbox is closed; collecting polls them until "
                   "they end and saves their results. Nothing is sent twice.")
              : QString());
    // The status bar shows the run's progress once one starts: the message must not stay over it.
    if (offer || m_openBatchesAnnounced)
        Q_EMIT statusMessage(text);
    m_openBatchesAnnounced = offer;
}

// The history may have been read while another reader was marking the killed run as interrupted.
void RunsArea::followRunStatus(const RunInfo& run)
{
    const int row = m_history->rowOf(run.id);
    if (row < 0 || m_history->summary(row).run.status == run.status)
        return;
    RunSummary summary = m_history->summary(row);
    summary.run.status = run.status;
    m_history->updateRun(summary);
    if (m_shown.id == run.id) {
        m_shown.status = run.status;
        updateRunHeader();
        updateActions();
    }
}

void RunsArea::collectOpenBatches()
{
    if (m_openBatchesRun.id.isEmpty() || m_runs->isRunning())
        return;
    const RunInfo run = m_openBatchesRun;
    resumeRun(run);
    if (m_runs->isRunning())
        showOpenBatches({});
}
