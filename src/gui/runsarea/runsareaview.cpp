// SPDX-License-Identifier: GPL-3.0-or-later
// What the Runs area's live panel shows: the run's title, progress, counts and empty states.
#include "common/costformat.h"
#include "common/displayformat.h"
#include "common/emptystateoverlay.h"
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "document/workspacedocument.h"
#include "freshness/cacheuse.h"
#include "resultsfilterproxy.h"
#include "resultstablemodel.h"
#include "runsarea.h"
#include "runsetuppanel.h"
#include "ui_runsarea.h"

#include <QLocale>

void RunsArea::updateRunHeader()
{
    const bool hasRun = !m_shown.id.isEmpty();
    ui->progressBar->setVisible(hasRun);
    const QList<QWidget*> stats { ui->etaLabel,    ui->spentLabel,   ui->passedLabel,
                                  ui->cachedLabel, ui->errorsButton, ui->runStatusLabel };
    for (QWidget* widget : stats)
        widget->setVisible(hasRun);
    ui->simulatedBadge->setVisible(hasRun && m_shown.simulated);
    ui->batchLabel->setVisible(false); // until showProgress() has batches to tell of
    if (!hasRun) {
        ui->runTitle->setText(tr("No run shown"));
        return;
    }
    ui->runTitle->setText(
        tr("Run of %1").arg(QLocale().toString(m_shown.startedAt.toLocalTime(), QLocale::ShortFormat)));
    ui->runTitle->setToolTip(tr("Run %1: %2 on %3")
                                 .arg(m_shown.id, m_shown.modelIds.join(QStringLiteral(", ")),
                                      m_shown.categories.join(QStringLiteral(", "))));
    QString status = runStatusDisplayName(m_shown.status);
    if (isShownRunLive() && m_cancelling)
        status = tr("Cancelling…");
    ui->runStatusLabel->setText(u"— " + status);
    showProgress(isShownRunLive() ? m_liveProgress : tallyShownRun());
}

void RunsArea::showProgress(const RunProgress& progress)
{
    const QLocale locale;
    const bool live = isShownRunLive();
    ui->progressBar->setMaximum(std::max(progress.total, 1));
    ui->progressBar->setValue(std::min(progress.done, std::max(progress.total, 1)));
    ui->progressBar->setFormat(tr("%1 of %2 jobs (%3%)")
                                   .arg(locale.toString(progress.done), locale.toString(progress.total))
                                   .arg(int(progress.fraction() * 100)));
    // A batch ends when its provider says so: no ETA, but where the batches are, on a line of its
    // own (it is long, and the counts beside the ETA would otherwise widen the window).
    const bool batches = live && !progress.paused && !progress.batchText.isEmpty();
    ui->batchLabel->setVisible(batches);
    ui->batchLabel->setText(batches ? progress.batchText.left(1).toUpper() + progress.batchText.mid(1) : QString());
    ui->etaLabel->setVisible(!batches);
    if (live)
        ui->etaLabel->setText(progress.paused           ? tr("Paused")
                                  : progress.etaMs >= 0 ? tr("ETA %1").arg(DisplayFormat::elapsed(progress.etaMs))
                                                        : tr("ETA: estimating…"));
    else if (m_shown.finishedAt.isValid())
        ui->etaLabel->setText(tr("Took %1").arg(DisplayFormat::elapsed(m_shown.startedAt.msecsTo(m_shown.finishedAt))));
    else
        ui->etaLabel->setText(tr("Not finished"));
    ui->spentLabel->setText(m_shown.simulated
                                ? tr("Simulated %1, nothing paid").arg(simulatedCostText(progress.spentUsd))
                                : tr("Spent %1").arg(costText(progress.spentUsd)));
    const int answered = progress.done - progress.errors;
    ui->passedLabel->setText(tr("Passed %1 of %2").arg(locale.toString(progress.passed), locale.toString(answered)));
    // A finished run mostly answered from the cache says little about the models as they are today.
    const QString warning = live ? QString() : CacheWarning::text(cacheUseOf(m_results->records()));
    ui->cachedLabel->setText(warning.isEmpty() ? tr("Cached %1").arg(locale.toString(progress.cached)) : warning);
    ui->cachedLabel->setToolTip(warning.isEmpty() ? QString()
                                                  : tr("A model that changed since these answers were cached would "
                                                       "not show: run again with a shorter cache age, or none."));
    ui->cachedLabel->setVisible(progress.cached > 0);
    ui->errorsButton->setText(tr("Errors: %1").arg(locale.toString(progress.errors)));
    ui->errorsButton->setEnabled(progress.errors > 0);
    ui->errorsButton->setToolTip(tr("Show only the results with an error"));
}

RunProgress RunsArea::tallyShownRun() const
{
    RunProgress progress;
    progress.runId = m_shown.id;
    for (const ResultRecord& record : m_results->records()) {
        ++progress.done;
        progress.errors += record.isError() ? 1 : 0;
        progress.passed += record.pass ? 1 : 0;
        progress.cached += record.cached ? 1 : 0;
    }
    progress.spentUsd = m_shown.spentUsd;
    progress.total = std::max(expectedJobs(m_shown), progress.done);
    return progress;
}

int RunsArea::expectedJobs(const RunInfo& run) const
{
    int cases = 0;
    for (const QString& name : run.categories) {
        if (const Category* category = m_document->workspace().category(name))
            cases += int(category->cases.size());
    }
    return run.jobCount(cases);
}

void RunsArea::updateCounts()
{
    const int shown = m_proxy->rowCount();
    const int all = m_results->rowCount();
    ui->countLabel->setText(m_proxy->isFiltering()
                                ? tr("%1 of %2 results").arg(QLocale().toString(shown), QLocale().toString(all))
                                : tr("%n result(s)", nullptr, all));
    if (!isShownRunLive() && !m_shown.id.isEmpty())
        showProgress(tallyShownRun());
    updateEmptyMessage();
}

void RunsArea::updateEmptyMessage()
{
    const Workspace& workspace = m_document->workspace();
    const RunPlan plan = m_setup->plan();
    QString message;
    if (!m_shown.id.isEmpty()) {
        if (m_loader->isLoadingResults())
            message = tr("Loading the results of this run…");
        else if (m_results->rowCount() > 0)
            message = tr("No results match the filter.");
        else if (isShownRunLive())
            message = tr("Waiting for the first results…");
        else
            message = isResumable(m_shown) ? tr("This run stopped before its first result. Resume it to run its jobs.")
                                           : tr("This run has no results.");
    } else if (workspace.models.isEmpty() || workspace.categories.isEmpty()) {
        message = tr("No runs yet: add categories and models to the workspace, then press Run here.");
    } else {
        const QString models = tr("%n model(s)", nullptr, int(plan.models.size()));
        const QString categories = tr("%n category(s)", nullptr, int(plan.categories.size()));
        message = m_history->rowCount() > 0
            ? tr("Select a run in the History tab, or press Run to benchmark %1 on %2.").arg(models, categories)
            : tr("No runs yet: press Run to benchmark %1 on %2.").arg(models, categories);
    }
    m_empty->setMessage(message);
}

QString RunsArea::emptyMessage() const
{
    return m_empty->isShown() ? m_empty->message() : QString();
}

QString RunsArea::noticeText() const
{
    return m_notice->text();
}

void RunsArea::updateModelLabels()
{
    QHash<QString, QString> labels;
    for (const ModelSpec& model : m_document->workspace().models)
        labels.insert(model.id, model.label());
    m_results->setModelLabels(labels);
}
