// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatusbar.h"

#include "common/costformat.h"
#include "common/displayformat.h"
#include "runner/runcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace {
constexpr int barWidth = 140;

QToolButton* flatButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}
} // namespace

RunStatusBar::RunStatusBar(RunController* runs, QWidget* parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_runButton(flatButton(this))
    , m_bar(new QProgressBar(this))
    , m_details(new QLabel(this))
    , m_errorsButton(flatButton(this))
    , m_simulated(new QLabel(tr("Sandbox: simulated models"), this))
    , m_resultsButton(flatButton(this))
    , m_routingButton(flatButton(this))
{
    setObjectName(QStringLiteral("runStatusBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget :
         { static_cast<QWidget*>(m_runButton), static_cast<QWidget*>(m_bar), static_cast<QWidget*>(m_details),
           static_cast<QWidget*>(m_errorsButton), static_cast<QWidget*>(m_simulated),
           static_cast<QWidget*>(m_resultsButton), static_cast<QWidget*>(m_routingButton) })
        layout->addWidget(widget);
    m_bar->setFixedWidth(barWidth);
    // Never wider than the window leaves it: a run that starts must not widen the window.
    setMinimumWidth(1);
    m_bar->setTextVisible(false);
    m_runButton->setToolTip(tr("Open the run in the Runs area"));
    m_errorsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_errorsButton->setToolTip(tr("Show the results with an error"));
    m_simulated->setToolTip(tr("The sandbox answers with simulated models: no provider is called and nothing is paid"));
    m_resultsButton->setText(tr("See results"));
    m_resultsButton->setToolTip(tr("The run's accuracy, cost, latency and stability in the Results area"));
    m_routingButton->setText(tr("Review routing"));
    m_routingButton->setToolTip(tr("The routes the run's evidence suggests, and the projected savings"));
    for (QToolButton* next : { m_resultsButton, m_routingButton }) {
        QFont bold = next->font();
        bold.setBold(true);
        next->setFont(bold);
        next->hide();
    }
    hide();

    connect(m_runButton, &QToolButton::clicked, this, &RunStatusBar::openRunRequested);
    connect(m_errorsButton, &QToolButton::clicked, this, &RunStatusBar::errorsRequested);
    connect(m_resultsButton, &QToolButton::clicked, this, &RunStatusBar::resultsRequested);
    connect(m_routingButton, &QToolButton::clicked, this, &RunStatusBar::routingRequested);
    connect(runs, &RunController::started, this, &RunStatusBar::onStarted);
    connect(runs, &RunController::progressChanged, this, &RunStatusBar::onProgress);
    connect(runs, &RunController::finished, this, &RunStatusBar::onFinished);
}

QString RunStatusBar::text() const
{
    QStringList parts { m_runButton->text(), m_details->text() };
    if (m_errorsButton->isVisibleTo(this))
        parts.append(m_errorsButton->text());
    if (m_simulated->isVisibleTo(this))
        parts.append(m_simulated->text());
    for (const QToolButton* next : { m_resultsButton, m_routingButton }) {
        if (next->isVisibleTo(this))
            parts.append(next->text());
    }
    return parts.join(QStringLiteral(" · "));
}

void RunStatusBar::onStarted(const RunInfo& run)
{
    m_resultsButton->hide();
    m_routingButton->hide();
    m_simulated->setVisible(run.simulated);
    m_bar->setVisible(true);
    show();
}

void RunStatusBar::onProgress(const RunProgress& progress)
{
    if (!m_runs->isRunning())
        return;
    show();
    const QLocale locale;
    m_runButton->setText(tr("Run %1 of %2").arg(locale.toString(progress.done), locale.toString(progress.total)));
    m_bar->setMaximum(std::max(progress.total, 1));
    m_bar->setValue(std::min(progress.done, m_bar->maximum()));
    m_details->setText(timingText(progress) + QStringLiteral(" · ") + spendText(progress));
    showErrors(progress);
}

void RunStatusBar::onFinished(const RunInfo& run, const RunProgress& progress)
{
    m_bar->setVisible(false);
    const QString ended = progress.stopReason.isEmpty() ? runStatusDisplayName(run.status) : progress.stopReason;
    m_runButton->setText(tr("Run ended: %1").arg(ended));
    m_details->setText(tr("%1 results · %2").arg(QLocale().toString(progress.done), spendText(progress)));
    showErrors(progress);
    // What to do next, until the next run: a run with answers has figures to look at and routes to review.
    m_resultsButton->setVisible(progress.done > 0);
    m_routingButton->setVisible(progress.done > 0);
}

QString RunStatusBar::timingText(const RunProgress& progress)
{
    if (progress.paused)
        return tr("paused");
    if (!progress.batchText.isEmpty())
        return progress.batchText;
    return progress.etaMs >= 0 ? tr("ETA %1").arg(DisplayFormat::elapsed(progress.etaMs)) : tr("ETA: estimating…");
}

QString RunStatusBar::spendText(const RunProgress& progress)
{
    return tr("spent %1").arg(costText(progress.spentUsd));
}

void RunStatusBar::showErrors(const RunProgress& progress)
{
    m_errorsButton->setText(tr("%n error(s)", nullptr, progress.errors));
    m_errorsButton->setVisible(progress.errors > 0);
}
