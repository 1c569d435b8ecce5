// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacewriter.h"

#include "dispatcherparsing.h"
#include "scoring/jsonschema.h"
#include "yamlemitter.h"

#include <algorithm>

namespace {
using namespace Qt::Literals::StringLiterals;

const Provider defaultProvider;
const Category defaultCategory;

// A mapping value's entries in a stable order that reads naturally: min before max, then by name.
QList<std::pair<QString, QString>> mappingEntries(const QVariantMap& map)
{
    QStringList names = map.keys();
    const auto rank = [](const QString& name) {
        return name == QLatin1String("min") ? 0 : name == QLatin1String("max") ? 1 : 2;
    };
    std::stable_sort(names.begin(), names.end(), [&](const QString& a, const QString& b) { return rank(a) < rank(b); });
    QList<std::pair<QString, QString>> entries;
    for (const QString& name : std::as_const(names))
        entries.append({ name, map.value(name).toString() });
    return entries;
}

void writeScorerValue(YamlEmitter& out, const QVariant& value)
{
    if (value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantHash)
        out.mapping(u"value"_s, mappingEntries(value.toMap()));
    else
        out.variant(u"value"_s, value);
}

void writeScorerKeys(YamlEmitter& out, const ScorerSpec& scorer)
{
    out.text(u"type"_s, scorer.type);
    const bool schema = scorer.baseType() == u"is-json" || scorer.baseType() == u"contains-json";
    if (const auto json = schema ? jsonSchemaOf(scorer.value) : std::nullopt)
        out.flow(u"value"_s, jsonSchemaText(*json));
    else if (scorer.value.isValid())
        writeScorerValue(out, scorer.value);
    if (scorer.weight != 1.0)
        out.number(u"weight"_s, scorer.weight);
    if (scorer.threshold)
        out.number(u"threshold"_s, *scorer.threshold);
    if (!scorer.path.isEmpty())
        out.text(u"path"_s, scorer.path);
}

void writeScorers(YamlEmitter& out, const QList<ScorerSpec>& scorers)
{
    if (scorers.isEmpty())
        return;
    out.beginList(u"scorers"_s);
    for (const ScorerSpec& scorer : scorers) {
        out.beginItem();
        writeScorerKeys(out, scorer);
        out.endItem();
    }
    out.endList();
}

void writeScorer(YamlEmitter& out, const QString& key, const ScorerSpec& scorer)
{
    out.beginMap(key);
    writeScorerKeys(out, scorer);
    out.endMap();
}

void writeTextMap(YamlEmitter& out, const QString& key, const QMap<QString, QString>& map)
{
    if (map.isEmpty())
        return;
    out.beginMap(key);
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.text(it.key(), it.value());
    out.endMap();
}

void writeMessages(YamlEmitter& out, const QList<ChatMessage>& messages)
{
    out.beginList(u"messages"_s);
    for (const ChatMessage& message : messages) {
        out.beginItem();
        out.text(u"role"_s, message.role);
        out.text(u"content"_s, message.content);
        out.endItem();
    }
    out.endList();
}

void writeCase(YamlEmitter& out, const TestCase& testCase)
{
    out.beginItem();
    out.text(u"id"_s, testCase.id);
    if (testCase.isChat())
        writeMessages(out, testCase.messages);
    else
        out.text(u"input"_s, testCase.prompt);
    if (!testCase.systemPrompt.isEmpty())
        out.text(u"system_prompt"_s, testCase.systemPrompt);
    writeTextMap(out, u"vars"_s, testCase.vars);
    if (!testCase.expected.isEmpty())
        out.text(u"expected"_s, testCase.expected);
    writeScorers(out, testCase.scorers);
    if (!testCase.tags.isEmpty())
        out.list(u"tags"_s, testCase.tags);
    out.endItem();
}

void writeProvider(YamlEmitter& out, const Provider& provider)
{
    out.beginItem();
    out.text(u"name"_s, provider.name);
    out.text(u"kind"_s, providerKindKey(provider.kind));
    if (!provider.baseUrl.isEmpty())
        out.text(u"base_url"_s, provider.baseUrl);
    if (provider.key.store == KeyReference::Store::Environment)
        out.text(u"api_key_env"_s, provider.key.name);
    else if (provider.key.store == KeyReference::Store::Keyring)
        out.text(u"api_key_keyring"_s, provider.key.name);
    if (provider.concurrency != defaultProvider.concurrency)
        out.integer(u"concurrency"_s, provider.concurrency);
    if (provider.requestsPerMinute != defaultProvider.requestsPerMinute)
        out.integer(u"requests_per_minute"_s, provider.requestsPerMinute);
    if (provider.timeoutSeconds != defaultProvider.timeoutSeconds)
        out.integer(u"timeout_s"_s, provider.timeoutSeconds);
    writeTextMap(out, u"headers"_s, provider.headers);
    if (provider.batchApi)
        out.flow(u"batch_api"_s, *provider.batchApi ? u"true"_s : u"false"_s);
    out.endItem();
}

void writePrice(YamlEmitter& out, const QString& key, const Price& price)
{
    out.beginMap(key);
    out.number(u"input"_s, price.input);
    out.number(u"output"_s, price.output);
    if (price.cachedInput)
        out.number(u"cached_input"_s, *price.cachedInput);
    if (price.reasoning)
        out.number(u"reasoning"_s, *price.reasoning);
    out.endMap();
}

void writeModel(YamlEmitter& out, const ModelSpec& model)
{
    out.beginItem();
    out.text(u"id"_s, model.id);
    out.text(u"provider"_s, model.provider);
    if (!model.model.isEmpty() && model.model != model.id)
        out.text(u"model"_s, model.model);
    if (!model.displayName.isEmpty())
        out.text(u"display_name"_s, model.displayName);
    if (model.price != Price {})
        writePrice(out, u"price"_s, model.price);
    if (model.batchPrice)
        writePrice(out, u"batch_price"_s, *model.batchPrice);
    if (model.contextWindow != 0)
        out.integer(u"context_window"_s, model.contextWindow);
    if (model.simulation) {
        out.beginMap(u"simulation"_s);
        out.number(u"skill"_s, model.simulation->skill);
        out.integer(u"latency_ms"_s, model.simulation->latencyMs);
        out.endMap();
    }
    out.endItem();
}

void writeCategory(YamlEmitter& out, const Category& category)
{
    out.beginItem();
    out.text(u"name"_s, category.name);
    if (!category.description.isEmpty())
        out.text(u"description"_s, category.description);
    out.text(u"target"_s, targetKey(category.target));
    out.number(u"threshold"_s, category.threshold);
    if (category.trafficShare != defaultCategory.trafficShare)
        out.number(u"traffic_share"_s, category.trafficShare);
    if (category.errorCostUsd)
        out.number(u"error_cost_usd"_s, *category.errorCostUsd);
    if (!category.systemPrompt.isEmpty())
        out.text(u"system_prompt"_s, category.systemPrompt);
    if (!category.promptTemplate.isEmpty())
        out.text(u"prompt_template"_s, category.promptTemplate);
    writeScorers(out, category.scorers);
    if (category.passThreshold != defaultCategory.passThreshold)
        out.number(u"pass_threshold"_s, category.passThreshold);
    if (!category.casesSource.isEmpty()) {
        out.text(u"cases_file"_s, category.casesSource.path);
    } else if (!category.cases.isEmpty()) {
        out.beginList(u"cases"_s);
        for (const TestCase& testCase : category.cases)
            writeCase(out, testCase);
        out.endList();
    }
    out.endItem();
}

// Local times are written in UTC, so that the file means the same moment on every machine.
QString dateText(const QDateTime& date)
{
    const QDateTime written = date.timeSpec() == Qt::LocalTime ? date.toUTC() : date;
    return written.toString(written.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

void writeEvidence(YamlEmitter& out, const RouteEvidence& evidence)
{
    out.beginMap(u"evidence"_s);
    if (!evidence.runId.isEmpty())
        out.text(u"run"_s, evidence.runId);
    if (evidence.date.isValid())
        out.text(u"date"_s, dateText(evidence.date));
    out.integer(u"cases"_s, evidence.cases);
    out.number(u"accuracy"_s, evidence.accuracy);
    out.numberList(u"interval"_s, { evidence.accuracyLow, evidence.accuracyHigh });
    out.number(u"cost_per_1k"_s, evidence.costPer1k);
    out.number(u"latency_p95_ms"_s, evidence.latencyP95Ms);
    if (evidence.probMeetsBar)
        out.number(u"prob_meets_bar"_s, *evidence.probMeetsBar);
    if (const std::optional<RunnerUpEvidence>& runnerUp = evidence.runnerUp) {
        out.beginMap(u"runner_up"_s);
        out.text(u"model"_s, runnerUp->model);
        out.number(u"accuracy"_s, runnerUp->accuracy);
        out.numberList(u"interval"_s, { runnerUp->accuracyLow, runnerUp->accuracyHigh });
        out.number(u"cost_per_1k"_s, runnerUp->costPer1k);
        out.number(u"latency_p95_ms"_s, runnerUp->latencyP95Ms);
        if (runnerUp->probMeetsBar)
            out.number(u"prob_meets_bar"_s, *runnerUp->probMeetsBar);
        out.endMap();
    }
    out.endMap();
}

void writeRollout(YamlEmitter& out, const RolloutPlan& plan)
{
    out.beginMap(u"rollout"_s);
    out.text(u"from"_s, plan.from);
    out.text(u"to"_s, plan.to);
    QList<double> stages;
    for (int stage : plan.stages)
        stages.append(stage);
    out.numberList(u"stages"_s, stages);
    out.integer(u"stage"_s, plan.stage);
    out.endMap();
}

void writeRouting(YamlEmitter& out, const RoutingMap& routing)
{
    if (routing.isEmpty())
        return;
    out.beginMap(u"routing"_s);
    if (!routing.defaultChain.isEmpty())
        out.list(u"default"_s, routing.defaultChain);
    if (!routing.routes.isEmpty()) {
        out.beginList(u"routes"_s);
        for (const Route& route : routing.routes) {
            out.beginItem();
            out.text(u"category"_s, route.category);
            out.list(u"chain"_s, route.chain);
            out.text(u"rule"_s, route.rule.isEmpty() ? u"manual"_s : route.rule);
            if (route.evidence)
                writeEvidence(out, *route.evidence);
            if (route.rollout)
                writeRollout(out, *route.rollout);
            if (route.cascadeCheck)
                writeScorer(out, u"cascade_check"_s, *route.cascadeCheck);
            out.endItem();
        }
        out.endList();
    }
    out.endMap();
}

template <typename T, typename Write>
void writeList(YamlEmitter& out, const QString& key, const QList<T>& items, Write write)
{
    if (items.isEmpty())
        return;
    out.beginList(key);
    for (const T& item : items)
        write(out, item);
    out.endList();
}
} // namespace

QByteArray workspaceToYaml(const Workspace& workspace)
{
    YamlEmitter out;
    out.integer(u"version"_s, Workspace::currentVersion);
    out.text(u"name"_s, workspace.name);
    if (!workspace.description.isEmpty())
        out.text(u"description"_s, workspace.description);
    if (workspace.traffic != TrafficProfile {}) {
        out.beginMap(u"traffic"_s);
        out.integer(u"monthly_requests"_s, workspace.traffic.monthlyRequests);
        out.endMap();
    }
    if (workspace.run != RunDefaults {}) {
        out.beginMap(u"run"_s);
        out.integer(u"cache_max_age_days"_s, workspace.run.cacheMaxAgeDays);
        out.endMap();
    }
    if (!workspace.judgeModel.isEmpty())
        out.text(u"judge_model"_s, workspace.judgeModel);
    writeList(out, u"providers"_s, workspace.providers, writeProvider);
    writeList(out, u"models"_s, workspace.models, writeModel);
    writeList(out, u"categories"_s, workspace.categories, writeCategory);
    writeRouting(out, workspace.routing);
    if (workspace.dispatcher)
        writeDispatcherSection(out, *workspace.dispatcher);
    return out.toUtf8();
}
