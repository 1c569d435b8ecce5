// SPDX-License-Identifier: GPL-3.0-or-later
// The run setup's feedback (the providers' keys, the hints under the settings, the estimate) and
// what it remembers between sessions.
#include "document/workspacedocument.h"
#include "providerkeystatus.h"
#include "runsetuppanel.h"
#include "ui_runsetuppanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QSettings>

namespace {
const QLatin1String judgeKey("judgeModel");
const QLatin1String categoriesHeaderKey("setup/categoriesHeader");
const QLatin1String modelsHeaderKey("setup/modelsHeader");
} // namespace

void RunSetupPanel::updateKeys()
{
    const bool real = ui->realRadio->isChecked();
    ui->keysLabel->setVisible(real);
    if (!real)
        return;
    QStringList lines;
    for (const QString& name : m_keys->providers()) {
        const ProviderKeyStatus::State state = m_keys->state(name);
        const bool missing = state == ProviderKeyStatus::State::Missing;
        const QString mark = missing                      ? QStringLiteral("<span style=\"color:#d64541\">✘</span>")
            : state == ProviderKeyStatus::State::Checking ? QStringLiteral("…")
                                                          : QStringLiteral("<span style=\"color:#2e9d4f\">✔</span>");
        lines.append(mark + u' '
                     + tr("<b>%1</b>: %2").arg(name.toHtmlEscaped(), m_keys->description(name).toHtmlEscaped()));
    }
    if (lines.isEmpty())
        lines.append(tr("Choose models to see whether their providers' keys are set."));
    ui->keysLabel->setText(lines.join(QStringLiteral("<br>")));
}

void RunSetupPanel::updateHints()
{
    const Workspace& workspace = m_document->workspace();
    const RunPlan current = plan();
    const QStringList judged = judgedCategories(workspace, current.effectiveCategories(workspace));
    ui->judgeCombo->setEnabled(!judged.isEmpty());
    QStringList hints;
    hints.append(judged.isEmpty()
                     ? tr("The judge scores llm-rubric assertions; no chosen category has one.")
                     : tr("The judge scores the llm-rubric assertions of %1.").arg(judged.join(QStringLiteral(", "))));
    const QStringList timed = batchLatencyCheckedCategories(workspace, current);
    if (!timed.isEmpty())
        hints.append(tr("Batch answers have no latency of their own, so the latency scorers of %1 fail them.")
                         .arg(timed.join(QStringLiteral(", "))));
    if (current.settings.cacheEnabled && !current.usesCache())
        hints.append(tr("Repeats with a temperature above 0 skip the cache, so that answers can vary."));
    ui->settingsHint->setText(hints.join(u'\n'));
}

void RunSetupPanel::showEstimate(const PlanEstimate& estimate)
{
    const RunPlan current = plan();
    const QString problem = this->problem();
    if (!problem.isEmpty()) {
        ui->estimateLabel->setText(tr("Nothing to run"));
        ui->estimateDetails->setText(problem);
        Q_EMIT estimateChanged(estimate);
        return;
    }
    const QLocale locale;
    const double cost = estimate.totalCostUsd();
    ui->estimateLabel->setText(estimate.headline());
    QStringList details;
    details.append(tr("%1 tokens in, %2 out")
                       .arg(locale.toString(estimate.run.inputTokens), locale.toString(estimate.run.outputTokens)));
    if (estimate.judgeCalls > 0)
        details.append(tr("judge calls: %1 (~%2)")
                           .arg(locale.toString(estimate.judgeCalls), dollarsEstimate(estimate.judgeCostUsd)));
    QString text = details.join(QStringLiteral(" · "));
    if (current.simulated)
        text += u'\n' + tr("Simulated: the sandbox charges nothing; this is what real providers would charge.");
    if (current.settings.budgetUsd && cost > *current.settings.budgetUsd)
        text += u'\n'
            + tr("Above the budget cap of %1: the run will stop when it reaches the cap.")
                  .arg(dollarsEstimate(*current.settings.budgetUsd));
    ui->estimateDetails->setText(text);
    Q_EMIT estimateChanged(estimate);
}

void RunSetupPanel::saveState(QSettings& settings) const
{
    settings.setValue(judgeKey, m_preferredJudge);
    settings.setValue(categoriesHeaderKey, ui->categoriesView->header()->saveState());
    settings.setValue(modelsHeaderKey, ui->modelsView->header()->saveState());
}

void RunSetupPanel::restoreState(const QSettings& settings)
{
    ui->categoriesView->header()->restoreState(settings.value(categoriesHeaderKey).toByteArray());
    ui->modelsView->header()->restoreState(settings.value(modelsHeaderKey).toByteArray());
    const QString judge = settings.value(judgeKey).toString();
    const Workspace& workspace = m_document->workspace();
    if (judge.isEmpty() || workspace.model(workspace.judgeModel))
        return;
    m_preferredJudge = judge;
    if (const int index = ui->judgeCombo->findData(judge); index >= 0)
        ui->judgeCombo->setCurrentIndex(index);
}
