// SPDX-License-Identifier: GPL-3.0-or-later
// Signalbox's own routing YAML: what each category is routed to and why. The schema is in the
// README ("Routing export formats"); importNativeRouting() reads it back.
#include "dispatcher/classifierprompt.h"
#include "exportwriters.h"
#include "yamlout.h"

namespace {
class NativeExport
{
    Q_DECLARE_TR_FUNCTIONS(NativeExport)
};

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

void emitEvidence(YAML::Emitter& out, const RouteEvidence& evidence)
{
    out << YAML::Key << "evidence" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "accuracy" << YAML::Value;
    emitNumber(out, exactNumber(evidence.accuracy));
    out << YAML::Key << "interval" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    emitNumber(out, exactNumber(evidence.accuracyLow));
    emitNumber(out, exactNumber(evidence.accuracyHigh));
    out << YAML::EndSeq;
    out << YAML::Key << "cost_per_1k" << YAML::Value;
    emitNumber(out, exactNumber(evidence.costPer1k));
    out << YAML::Key << "latency_p95_ms" << YAML::Value;
    emitNumber(out, exactNumber(evidence.latencyP95Ms));
    if (!evidence.runId.isEmpty())
        out << YAML::Key << "run" << YAML::Value << evidence.runId;
    if (evidence.date.isValid())
        out << YAML::Key << "date" << YAML::Value << dateText(evidence.date);
    out << YAML::Key << "cases" << YAML::Value;
    emitNumber(out, QString::number(evidence.cases));
    out << YAML::EndMap;
}

void emitRoute(YAML::Emitter& out, const Workspace& workspace, const Route& route)
{
    out << YAML::Key << route.category << YAML::Value << YAML::BeginMap;
    emitChain(out, workspace, route.chain);
    if (route.chain.isEmpty())
        out << YAML::Comment(NativeExport::tr("no model meets the bar yet").toStdString());
    out << YAML::Key << "target" << YAML::Value << route.rule;
    if (const Category* category = workspace.category(route.category)) {
        out << YAML::Key << "threshold" << YAML::Value;
        emitNumber(out, exactNumber(category->threshold));
    }
    if (route.evidence)
        emitEvidence(out, *route.evidence);
    out << YAML::EndMap;
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
    out << YAML::Key << "categories" << YAML::Value;
    if (workspace.routing.routes.isEmpty())
        out << YAML::Flow; // "{}" on the key's line
    out << YAML::BeginMap;
    for (const Route& route : workspace.routing.routes)
        emitRoute(out, workspace, route);
    out << YAML::EndMap;
    if (workspace.dispatcher)
        emitDispatcher(out, *workspace.dispatcher);
    out << YAML::EndMap;
    const QString title = NativeExport::tr(
        "Signalbox routing map, format version %1 (its schema: 'Routing export formats' in Signalbox's README)");
    return facts.headerComment(title.arg(nativeRoutingVersion)) + emitted(out);
}
