// SPDX-License-Identifier: GPL-3.0-or-later
// The Shadow compare area's choices: a run's categories, the baseline the route serves and the
// candidates, kept as far as they still fit when another run or category is chosen.
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "routing/servingmodel.h"
#include "shadow/shadowrun.h"
#include "shadowarea.h"
#include "shadowcasemodel.h"

#include <QComboBox>

void ShadowArea::onRunChosen()
{
    if (m_filling || !chosenRun())
        return;
    m_selection->setRun(chosenRun()->id);
    fillCategories();
    m_selection->setCategory(m_categoryCombo->currentData().toString());
    fillModels();
    compare();
}

void ShadowArea::onCategoryChosen()
{
    if (m_filling)
        return;
    m_selection->setCategory(m_categoryCombo->currentData().toString());
    fillModels();
    compare();
}

void ShadowArea::onBaselineChosen()
{
    if (m_filling)
        return;
    const QString baseline = m_baselineCombo->currentData().toString();
    m_baselineFollowsRoute
        = baseline == servingModel(m_document->workspace().routing, m_categoryCombo->currentData().toString());
    QStringList kept = candidates();
    kept.removeAll(baseline);
    if (kept.isEmpty())
        kept = QStringList { m_baselineCombo->itemData(m_baselineCombo->currentIndex() == 0 ? 1 : 0).toString() };
    fillCandidateMenu(kept);
    compare();
}

void ShadowArea::fillCategories()
{
    const RunInfo* run = chosenRun();
    const std::optional<ShadowRunSpec> spec = shadowRunSpec(*run);
    const QStringList categories = spec ? QStringList { spec->category } : run->categories;
    const QString wanted
        = !m_selection->category().isEmpty() ? m_selection->category() : m_categoryCombo->currentData().toString();
    m_filling = true;
    m_categoryCombo->clear();
    for (const QString& category : categories)
        m_categoryCombo->addItem(category, category);
    m_categoryCombo->setCurrentIndex(qMax(0, m_categoryCombo->findData(wanted)));
    m_filling = false;
}

// The baseline is the model serving the category (its route's, else the default route's) when the run asked it, else
// the run's first model; the candidates stay when they still can, else the selected model or the next one of the run.
void ShadowArea::fillModels()
{
    const RunInfo* run = chosenRun();
    if (!run)
        return;
    const std::optional<ShadowRunSpec> spec = shadowRunSpec(*run);
    const Workspace& workspace = m_document->workspace();
    const QString served = servingModel(workspace.routing, m_categoryCombo->currentData().toString());
    QString baseline = spec ? spec->baselineModelId : QString();
    if (baseline.isEmpty() && run->modelIds.contains(served))
        baseline = served;
    if (baseline.isEmpty())
        baseline = run->modelIds.value(0);
    m_filling = true;
    m_baselineCombo->clear();
    for (const QString& id : run->modelIds)
        m_baselineCombo->addItem(shadowModelLabel(workspace, id), id);
    m_baselineCombo->setCurrentIndex(qMax(0, m_baselineCombo->findData(baseline)));
    m_filling = false;
    m_baselineFollowsRoute = baseline == served;
    QStringList wanted = spec ? spec->candidateModelIds : candidates();
    wanted.removeAll(baseline);
    if (wanted.isEmpty() && run->modelIds.contains(m_selection->model()) && m_selection->model() != baseline)
        wanted.append(m_selection->model());
    for (const QString& id : run->modelIds) {
        if (wanted.isEmpty() && id != baseline)
            wanted.append(id);
    }
    fillCandidateMenu(wanted);
}
