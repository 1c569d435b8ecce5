// SPDX-License-Identifier: GPL-3.0-or-later
#include "runplan.h"

#include "workspacefile/workspacewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

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

// JSON mode where the category scores JSON and the prompt asks for it: OpenAI refuses JSON mode
// for a prompt that never says "JSON", and a model told nothing about the shape guesses anyway.
bool expectsJson(const Category& category, const RenderedPrompt& prompt)
{
    if (!prompt.flattened().contains(QLatin1String("json"), Qt::CaseInsensitive))
        return false;
    for (const ScorerSpec& scorer : category.scorers) {
        const QString type = scorer.baseType();
        if (!scorer.negated() && (type == QLatin1String("is-json") || type == QLatin1String("json-field-equals")))
            return true;
    }
    return false;
}

CompletionRequest requestFor(const RunPlan& plan, const ModelSpec& model, const Category& category,
    const RenderedPrompt& prompt)
{
    CompletionRequest request;
    request.model = model.model.isEmpty() ? model.id : model.model;
    request.systemPrompt = prompt.systemPrompt;
    request.messages = prompt.messages;
    request.temperature = plan.settings.temperature;
    request.maxTokens = plan.settings.maxTokens;
    request.jsonMode = expectsJson(category, prompt);
    return request;
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

QList<RunJob> expandJobs(const Workspace& workspace, const RunPlan& plan)
{
    const QSet<std::pair<QString, QString>> cells(plan.settings.cells.cbegin(), plan.settings.cells.cend());
    QList<RunJob> jobs;
    for (const QString& categoryName : plan.effectiveCategories(workspace)) {
        const Category* category = workspace.category(categoryName);
        if (!category)
            continue;
        for (const TestCase& testCase : category->cases) {
            const RenderedPrompt prompt = renderPrompt(*category, testCase);
            const QString flattened = prompt.flattened();
            for (const QString& modelId : plan.effectiveModels(workspace)) {
                const ModelSpec* model = workspace.model(modelId);
                if (!model || (!cells.isEmpty() && !cells.contains({ categoryName, modelId })))
                    continue;
                const CompletionRequest request = requestFor(plan, *model, *category, prompt);
                for (int repeat = 0; repeat < plan.repeats; ++repeat) {
                    RunJob job { { categoryName, testCase.id, modelId, repeat }, model->provider, request, flattened };
                    job.request.id = categoryName + u'/' + testCase.id + u'/' + modelId + u'/' + QString::number(repeat);
                    jobs.append(job);
                }
            }
        }
    }
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
