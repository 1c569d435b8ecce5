// SPDX-License-Identifier: GPL-3.0-or-later
// Signalbox's own routing YAML: what each category is routed to and why. The schema is in the
// README ("Routing export formats"); importNativeRouting() reads it back.
// Its comments are English whatever the interface language (see routerationale.h).
#include "dispatcher/classifierprompt.h"
#include "exportwriters.h"
#include "routerationale.h"
#include "scoring/jsonschema.h"
#include "yamlout.h"

#include <QJsonArray>

namespace {

// model, provider and fallbacks of a chain; an empty chain writes only "fallbacks: []".
void emitChain(YAML::Emitter& out, const Workspace& workspace, const QStringList& chain)
{
    if (!chain.isEmpty()) {
        const ModelSpec* model = workspace.model(chain.constFirst());
        out << YAML::Key << "model" << YAML::Value << chain.constFirst();
        if (model)
            out << YAML::Key << "provider" << YAML::Value << model->provider;
    }
    out << YAML::Key << "fallbacks" << YAML::Value;
    emitFlowList(out, chain.mid(1));
}

// ISO 8601 in UTC; with milliseconds only when there are any.
QString dateText(const QDateTime& date)
{
    const QDateTime utc = date.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

void emitInterval(YAML::Emitter& out, double low, double high)
{
    out << YAML::Key << "interval" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    emitNumber(out, exactNumber(low));
    emitNumber(out, exactNumber(high));
    out << YAML::EndSeq;
}

void emitRunnerUp(YAML::Emitter& out, const RunnerUpEvidence& runnerUp)
{
    out << YAML::Key << "runner_up" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "model" << YAML::Value << runnerUp.model;
    out << YAML::Key << "accuracy" << YAML::Value;
    emitNumber(out, exactNumber(runnerUp.accuracy));
    emitInterval(out, runnerUp.accuracyLow, runnerUp.accuracyHigh);
    out << YAML::Key << "cost_per_1k" << YAML::Value;
    emitNumber(out, exactNumber(runnerUp.costPer1k));
    if (runnerUp.latencyP95Ms) { // absent: not measured, as the reader takes it back
        out << YAML::Key << "latency_p95_ms" << YAML::Value;
        emitNumber(out, exactNumber(*runnerUp.latencyP95Ms));
    }
    if (runnerUp.probMeetsBar) {
        out << YAML::Key << "prob_meets_bar" << YAML::Value;
        emitNumber(out, exactNumber(*runnerUp.probMeetsBar));
    }
    out << YAML::EndMap;
}

void emitEvidence(YAML::Emitter& out, const RouteEvidence& evidence)
{
    out << YAML::Key << "evidence" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "accuracy" << YAML::Value;
    emitNumber(out, exactNumber(evidence.accuracy));
    emitInterval(out, evidence.accuracyLow, evidence.accuracyHigh);
    out << YAML::Key << "cost_per_1k" << YAML::Value;
    emitNumber(out, exactNumber(evidence.costPer1k));
    if (evidence.latencyP95Ms) { // absent: not measured, as the reader takes it back
        out << YAML::Key << "latency_p95_ms" << YAML::Value;
        emitNumber(out, exactNumber(*evidence.latencyP95Ms));
    }
    if (!evidence.runId.isEmpty())
        out << YAML::Key << "run" << YAML::Value << evidence.runId;
    if (evidence.date.isValid())
        out << YAML::Key << "date" << YAML::Value << dateText(evidence.date);
    out << YAML::Key << "cases" << YAML::Value;
    emitNumber(out, QString::number(evidence.cases));
    if (evidence.probMeetsBar) {
        out << YAML::Key << "prob_meets_bar" << YAML::Value;
        emitNumber(out, exactNumber(*evidence.probMeetsBar));
    }
    if (evidence.runnerUp)
        emitRunnerUp(out, *evidence.runnerUp);
    out << YAML::EndMap;
}

void emitRollout(YAML::Emitter& out, const RolloutPlan& plan)
{
    out << YAML::Key << "rollout" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "from" << YAML::Value << plan.from;
    out << YAML::Key << "to" << YAML::Value << plan.to;
    out << YAML::Key << "stages" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (int stage : plan.stages)
        out << stage;
    out << YAML::EndSeq;
    out << YAML::Key << "stage" << YAML::Value << plan.stage;
    out << YAML::EndMap;
}

// A JSON schema in flow style, strings quoted so that they read back as strings.
void emitJson(YAML::Emitter& out, const QJsonValue& value)
{
    if (value.isObject()) {
        out << YAML::Flow << YAML::BeginMap;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
    } else if (value.isArray()) {
        out << YAML::Flow << YAML::BeginSeq;
        const QJsonArray array = value.toArray();
        for (const auto& item : array)
            emitJson(out, item);
        out << YAML::EndSeq;
    } else if (value.isString()) {
        out << YAML::DoubleQuoted << value.toString().toStdString();
    } else if (value.isBool()) {
        out << value.toBool();
    } else if (value.isDouble()) {
        emitNumber(out, exactNumber(value.toDouble()));
    } else {
        out << YAML::Null;
    }
}

void emitCheck(YAML::Emitter& out, const ScorerSpec& check)
{
    out << YAML::Key << "cascade_check" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << check.type;
    const QVariant& value = check.value;
    const bool schema = check.baseType() == u"is-json" || check.baseType() == u"contains-json";
    if (const auto json = schema ? jsonSchemaOf(value) : std::nullopt) {
        out << YAML::Key << "value" << YAML::Value;
        emitJson(out, *json);
    } else if (value.typeId() == QMetaType::QStringList) {
        out << YAML::Key << "value" << YAML::Value;
        emitFlowList(out, value.toStringList());
    } else if (value.typeId() == QMetaType::QVariantMap) {
        out << YAML::Key << "value" << YAML::Value << YAML::Flow << YAML::BeginMap;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            out << YAML::Key << it.key() << YAML::Value << it.value().toString();
        out << YAML::EndMap;
    } else if (value.isValid()) {
        out << YAML::Key << "value" << YAML::Value << YAML::DoubleQuoted << value.toString().toStdString();
    }
    out << YAML::EndMap;
}

// One category's entry, as its own document so that its paragraph of reasons goes above it.
QString routeText(const ExportFacts& facts, const Route& route)
{
    const Workspace& workspace = facts.workspace();
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key << route.category << YAML::Value << YAML::BeginMap;
    emitChain(out, workspace, route.chain);
    if (route.chain.isEmpty())
        out << YAML::Comment("no model meets the bar yet");
    out << YAML::Key << "target" << YAML::Value << route.rule;
    if (const Category* category = workspace.category(route.category)) {
        out << YAML::Key << "threshold" << YAML::Value;
        emitNumber(out, exactNumber(category->threshold));
    }
    if (route.evidence)
        emitEvidence(out, *route.evidence);
    if (route.rollout)
        emitRollout(out, *route.rollout);
    if (route.cascadeCheck)
        emitCheck(out, *route.cascadeCheck);
    out << YAML::EndMap << YAML::EndMap;
    return commentBlock(routeRationale(facts, route), 2) + indented(emitted(out), 2);
}

// The dispatcher, so that an application assigns categories exactly as the benchmark measured.
// The classifier's prompt is written out even when it is the default, for the same reason.
void emitRule(YAML::Emitter& out, const DispatchRule& rule)
{
    out << YAML::BeginMap << YAML::Key << "category" << YAML::Value << rule.category;
    if (!rule.any.isEmpty()) {
        out << YAML::Key << "any" << YAML::Value;
        emitFlowList(out, rule.any);
    }
    if (!rule.regex.isEmpty())
        out << YAML::Key << "regex" << YAML::Value << YAML::SingleQuoted << rule.regex;
    if (rule.minChars) {
        out << YAML::Key << "min_chars" << YAML::Value;
        emitNumber(out, QString::number(*rule.minChars));
    }
    if (rule.maxChars) {
        out << YAML::Key << "max_chars" << YAML::Value;
        emitNumber(out, QString::number(*rule.maxChars));
    }
    out << YAML::EndMap;
}

void emitDispatcher(YAML::Emitter& out, const DispatcherSpec& spec)
{
    out << YAML::Key << "dispatcher" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "rules" << YAML::Value;
    if (spec.rules.isEmpty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const DispatchRule& rule : spec.rules)
        emitRule(out, rule);
    out << YAML::EndSeq;
    if (spec.classifier) {
        out << YAML::Key << "classifier" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "model" << YAML::Value << spec.classifier->model;
        const QString prompt = spec.classifier->prompt.isEmpty() ? defaultClassifierInstructions() : spec.classifier->prompt;
        out << YAML::Key << "prompt" << YAML::Value << prompt;
        out << YAML::Comment(
            "the system prompt; the user message lists the categories and wraps the request (README: The dispatcher)");
        out << YAML::EndMap;
    }
    out << YAML::Key << "default" << YAML::Value << spec.fallback;
    out << YAML::EndMap;
}
} // namespace

QString nativeRoutingYaml(const ExportFacts& facts)
{
    const Workspace& workspace = facts.workspace();
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << nativeRoutingVersion;
    if (!workspace.routing.defaultChain.isEmpty()) {
        out << YAML::Key << "default" << YAML::Value << YAML::BeginMap;
        emitChain(out, workspace, workspace.routing.defaultChain);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    QString text = emitted(out);
    if (!workspace.routing.defaultChain.isEmpty()) // the reasons above "default:"
        text.insert(text.indexOf(u"\ndefault:") + 1,
                    commentBlock(defaultRouteRationale(facts, QStringLiteral("default")), 0));
    if (workspace.routing.routes.isEmpty()) {
        text += QStringLiteral("categories: {}\n");
    } else {
        text += QStringLiteral("categories:\n");
        for (const Route& route : workspace.routing.routes)
            text += routeText(facts, route);
    }
    if (workspace.dispatcher) { // after the routes, as an application reads it: which category, then which model
        YAML::Emitter dispatcher;
        dispatcher.SetIndent(2);
        dispatcher << YAML::BeginMap;
        emitDispatcher(dispatcher, *workspace.dispatcher);
        dispatcher << YAML::EndMap;
        text += emitted(dispatcher);
    }
    const QString title = QStringLiteral(
        "Signalbox routing map, format version %1 (its schema: 'Routing export formats' in Signalbox's README)");
    return facts.headerComment(title.arg(nativeRoutingVersion)) + text;
}
