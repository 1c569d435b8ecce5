// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsource.h"

namespace {
// JSON mode where the category scores JSON and the prompt asks for it: OpenAI refuses JSON mode
// for a prompt that never says "JSON", and a model told nothing about the shape guesses anyway.
bool expectsJson(const Category& category, const QString& flattenedPrompt)
{
    if (!flattenedPrompt.contains(QLatin1String("json"), Qt::CaseInsensitive))
        return false;
    for (const ScorerSpec& scorer : category.scorers) {
        const QString type = scorer.baseType();
        if (!scorer.negated() && (type == QLatin1String("is-json") || type == QLatin1String("json-field-equals")))
            return true;
    }
    return false;
}

CompletionRequest requestFor(const RunPlan& plan, const ModelSpec& model, const Category& category,
                             const RenderedPrompt& prompt, const QString& flattened)
{
    CompletionRequest request;
    request.model = model.model.isEmpty() ? model.id : model.model;
    request.systemPrompt = prompt.systemPrompt;
    request.messages = prompt.messages;
    request.temperature = plan.settings.temperature;
    request.maxTokens = plan.settings.maxTokens;
    request.jsonMode = expectsJson(category, flattened);
    return request;
}
} // namespace

QString jobRequestId(const JobKey& key)
{
    return key.category + u'/' + key.caseId + u'/' + key.modelId + u'/' + QString::number(key.repeat);
}

JobSource::JobSource(const Workspace& workspace, const RunPlan& plan, const QString& providerName)
    : m_workspace(&workspace)
    , m_plan(plan)
    , m_categories(plan.effectiveCategories(workspace))
    , m_cells(plan.settings.cells.cbegin(), plan.settings.cells.cend())
{
    for (const QString& modelId : plan.effectiveModels(workspace)) {
        const ModelSpec* model = workspace.model(modelId);
        if (model && (providerName.isEmpty() || model->provider == providerName))
            m_models.append(model);
    }
}

void JobSource::setSkip(Skip skip)
{
    m_skip = std::move(skip);
    m_remaining.reset();
}

std::optional<RunJob> JobSource::next()
{
    const std::optional<JobKey> key = nextKey();
    if (!key)
        return std::nullopt;
    if (m_remaining)
        --*m_remaining;
    return makeJob(*key);
}

qsizetype JobSource::count() const
{
    JobSource fresh(*this);
    fresh.m_category = fresh.m_case = fresh.m_model = 0;
    fresh.m_repeat = 0;
    fresh.m_remaining.reset();
    return fresh.remaining();
}

qsizetype JobSource::remaining() const
{
    if (!m_remaining) {
        JobSource rest(*this);
        qsizetype keys = 0;
        while (rest.nextKey())
            ++keys;
        m_remaining = keys;
    }
    return *m_remaining;
}

QStringList JobSource::providerNames() const
{
    QStringList names;
    for (const ModelSpec* model : m_models) {
        if (!names.contains(model->provider))
            names.append(model->provider);
    }
    return names;
}

// Advances the cursor to the next job that is in the plan and not skipped; keys only, nothing rendered.
std::optional<JobKey> JobSource::nextKey()
{
    while (m_category < m_categories.size()) {
        const Category* current = category();
        if (!current || m_case >= current->cases.size()) {
            ++m_category;
            m_case = m_model = 0;
            m_repeat = 0;
        } else if (m_model >= m_models.size()) {
            ++m_case;
            m_model = 0;
            m_repeat = 0;
        } else if (m_repeat >= m_plan.repeats || (m_repeat == 0 && !cellAllowed())) {
            ++m_model;
            m_repeat = 0;
        } else {
            JobKey key { current->name, current->cases.at(m_case).id, m_models.at(m_model)->id, m_repeat++ };
            if (!m_skip || !m_skip(key))
                return key;
        }
    }
    return std::nullopt;
}

// The job of the key nextKey() just gave, whose category, case and model the cursor still points at.
RunJob JobSource::makeJob(const JobKey& key)
{
    const Category& current = *category();
    const ModelSpec& model = *m_models.at(m_model);
    if (m_renderedCase != std::pair(m_category, m_case)) {
        m_prompt = renderPrompt(current, current.cases.at(m_case));
        m_flattened = m_prompt.flattened();
        m_renderedCase = { m_category, m_case };
        m_requestModel = -1;
    }
    if (m_requestModel != m_model) {
        m_request = requestFor(m_plan, model, current, m_prompt, m_flattened);
        m_requestModel = m_model;
    }
    RunJob job { key, model.provider, m_request, m_flattened, m_case };
    job.request.id = jobRequestId(key);
    return job;
}

RunJob JobSource::job(const JobKey& key, qsizetype caseIndex) const
{
    const Category& category = *m_workspace->category(key.category);
    const ModelSpec& model = *m_workspace->model(key.modelId);
    const RenderedPrompt prompt = renderPrompt(category, category.cases.at(caseIndex));
    const QString flattened = prompt.flattened();
    RunJob job { key, model.provider, requestFor(m_plan, model, category, prompt, flattened), flattened, caseIndex };
    job.request.id = jobRequestId(key);
    return job;
}

const Category* JobSource::category() const
{
    return m_workspace->category(m_categories.at(m_category));
}

bool JobSource::cellAllowed() const
{
    return m_cells.isEmpty() || m_cells.contains({ m_categories.at(m_category), m_models.at(m_model)->id });
}
