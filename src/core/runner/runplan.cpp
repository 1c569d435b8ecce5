// SPDX-License-Identifier: GPL-3.0-or-later
#include "runplan.h"

#include "jobsource.h"

#include "batch/batchtypes.h"
#include "scoring/scoringengine.h"

#include "workspacefile/workspacewriter.h"

#include <algorithm>
#include <QCoreApplication>
#include <QCryptographicHash>

namespace {
QStringList namesOf(const QList<Category>& categories)
{
    QStringList names;
    for (const Category& category : categories)
        names.append(category.name);
    return names;
}

QStringList idsOf(const QList<ModelSpec>& models)
{
    QStringList ids;
    for (const ModelSpec& model : models)
        ids.append(model.id);
    return ids;
}
}

bool RunPlan::usesCache() const
{
    const bool varies = repeats > 1 && settings.temperature.value_or(1.0) > 0.0;
    return settings.cacheEnabled && !varies;
}

QStringList RunPlan::effectiveCategories(const Workspace& workspace) const
{
    return categories.isEmpty() ? namesOf(workspace.categories) : categories;
}

QStringList RunPlan::effectiveModels(const Workspace& workspace) const
{
    return models.isEmpty() ? idsOf(workspace.models) : models;
}

QString RunPlan::validate(const Workspace& workspace) const
{
    if (repeats < 1 || repeats > 10)
        return QCoreApplication::translate("RunPlan", "Repeats must be between 1 and 10, not %1.").arg(repeats);
    for (const QString& name : effectiveCategories(workspace)) {
        if (!workspace.category(name))
            return QCoreApplication::translate("RunPlan", "There is no category named '%1'.").arg(name);
    }
    for (const QString& id : effectiveModels(workspace)) {
        const ModelSpec* model = workspace.model(id);
        if (!model)
            return QCoreApplication::translate("RunPlan", "There is no model with id '%1'.").arg(id);
        if (!workspace.provider(model->provider))
            return QCoreApplication::translate("RunPlan", "Model '%1' names provider '%2', which is not defined.")
                .arg(id, model->provider);
    }
    if (effectiveCategories(workspace).isEmpty() || effectiveModels(workspace).isEmpty())
        return QCoreApplication::translate("RunPlan", "Choose at least one category and one model.");
    return {};
}

namespace {
bool sendsBatches(const Workspace& workspace, const RunPlan& plan)
{
    const QStringList models = plan.effectiveModels(workspace);
    return plan.settings.batch && std::any_of(models.cbegin(), models.cend(), [&](const QString& id) {
        const ModelSpec* model = workspace.model(id);
        const Provider* provider = model ? workspace.provider(model->provider) : nullptr;
        return provider && supportsBatches(*provider, plan.simulated);
    });
}

bool checksLatency(const Category& category)
{
    return std::any_of(category.cases.cbegin(), category.cases.cend(), [&](const TestCase& testCase) {
        const QList<ScorerSpec> scorers = effectiveScorers(testCase, category);
        return std::any_of(scorers.cbegin(), scorers.cend(),
                           [](const ScorerSpec& scorer) { return scorer.baseType() == u"latency"; });
    });
}
} // namespace

QStringList batchLatencyCheckedCategories(const Workspace& workspace, const RunPlan& plan)
{
    if (!sendsBatches(workspace, plan))
        return {};
    QStringList checked;
    for (const QString& name : plan.effectiveCategories(workspace)) {
        const Category* category = workspace.category(name);
        if (category && checksLatency(*category))
            checked.append(name);
    }
    return checked;
}

const TestCase& RunJob::testCase(const Category& category) const
{
    const bool known = caseIndex >= 0 && caseIndex < category.cases.size()
        && category.cases.at(caseIndex).id == key.caseId;
    return category.cases.at(known ? caseIndex : category.indexOfCase(key.caseId));
}

QList<RunJob> expandJobs(const Workspace& workspace, const RunPlan& plan)
{
    JobSource source(workspace, plan);
    QList<RunJob> jobs;
    while (std::optional<RunJob> job = source.next())
        jobs.append(std::move(*job));
    return jobs;
}

void restrictPlanToCells(RunPlan& plan, const QList<std::pair<QString, QString>>& cells)
{
    plan.categories.clear();
    plan.models.clear();
    for (const auto& [category, model] : cells) {
        if (!plan.categories.contains(category))
            plan.categories.append(category);
        if (!plan.models.contains(model))
            plan.models.append(model);
    }
    plan.settings.cells = cells;
}

QString workspaceHash(const Workspace& workspace)
{
    Workspace essentials = workspace;
    essentials.routing = {};
    essentials.dispatcher.reset();
    essentials.traffic = {};
    essentials.description.clear();
    return QString::fromLatin1(QCryptographicHash::hash(workspaceToYaml(essentials), QCryptographicHash::Sha256).toHex().left(16));
}
