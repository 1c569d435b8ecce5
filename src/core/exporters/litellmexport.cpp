// SPDX-License-Identifier: GPL-3.0-or-later
// A LiteLLM proxy config.yaml: a model group per category (model_name: <category>), one more per
// fallback (<category>-fallback-<n>), chained in router_settings.fallbacks; the group "default"
// serves the map's default chain for categories the map does not name.
// Each category's group carries its reasons as comments, in English whatever the interface language.
#include "cascadeguardrail.h"
#include "exportwriters.h"
#include "rollout/rollout.h"
#include "routerationale.h"
#include "yamlout.h"

#include <algorithm>

namespace {

constexpr int numRetries = 2; // per model group, before its fallbacks are tried

// OpenAI-compatible hosts and Ollama always name their base; others only when it is not the default.
bool writesApiBase(const Provider& provider)
{
    return provider.kind == ProviderKind::OpenAiCompatible || provider.kind == ProviderKind::Ollama
        || !hasDefaultBaseUrl(provider);
}

// weight: the deployment's share of its group's traffic (a rollout), or 0 for none written.
void emitDeployment(YAML::Emitter& out, const QString& alias, const ExportFacts::Deployment& deployment, int weight = 0)
{
    const Provider& provider = *deployment.provider;
    const ModelSpec& model = *deployment.model;
    out << YAML::BeginMap << YAML::Key << "model_name" << YAML::Value << alias;
    out << YAML::Key << "litellm_params" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "model" << YAML::Value
        << QString(gatewayProviderName(provider.kind, ExportFormat::LiteLlm) + u'/' + model.model);
    const QString variable = keyVariable(provider);
    if (writesApiBase(provider))
        out << YAML::Key << "api_base" << YAML::Value << baseUrlOf(provider);
    if (variable.isEmpty() && provider.kind == ProviderKind::OpenAiCompatible)
        out << YAML::Comment(
            "no key in the workspace; LiteLLM's OpenAI client wants one: add api_key if the host needs it");
    if (!variable.isEmpty()) {
        out << YAML::Key << "api_key" << YAML::Value << QString(QLatin1String("os.environ/") + variable);
        if (keyVariableIsDerived(provider))
            out << YAML::Comment(
                QStringLiteral("set %1: Signalbox keeps this key in the keyring").arg(variable).toStdString());
    }
    out << YAML::Key << "input_cost_per_token" << YAML::Value;
    emitNumber(out, decimalNumber(model.price.input / 1e6));
    out << YAML::Key << "output_cost_per_token" << YAML::Value;
    emitNumber(out, decimalNumber(model.price.output / 1e6));
    out << YAML::Key << "timeout" << YAML::Value << provider.timeoutSeconds;
    if (provider.requestsPerMinute > 0)
        out << YAML::Key << "rpm" << YAML::Value << provider.requestsPerMinute;
    if (weight > 0) // LiteLLM's default simple-shuffle routing picks a group's deployments by weight
        out << YAML::Key << "weight" << YAML::Value << weight;
    out << YAML::EndMap << YAML::EndMap;
}

QString fallbackAlias(const QString& group, qsizetype index)
{
    return group + QLatin1String("-fallback-") + QString::number(index);
}

// A model group's deployments, as a list of its own under model_list: its primary (two, weighted,
// during a rollout), then one group per fallback, whose aliases go to fallbacks. Models the
// workspace does not define are left out, so the first defined one of a chain is its primary.
QString groupText(const ExportFacts& facts, const QString& group, const QList<WeightedChain>& split,
                  QStringList& fallbacks)
{
    QList<std::pair<ExportFacts::Deployment, int>> primaries;
    QList<ExportFacts::Deployment> rest;
    if (split.size() == 1) {
        rest = facts.deployments(split.constFirst().chain);
        if (!rest.isEmpty())
            primaries.append({ rest.takeFirst(), 0 });
    } else {
        for (const WeightedChain& weighted : split) {
            for (const ExportFacts::Deployment& primary : facts.deployments(weighted.chain.first(1)))
                primaries.append({ primary, weighted.percent });
        }
        rest = facts.deployments(split.constLast().chain.mid(1));
    }
    if (primaries.isEmpty() && rest.isEmpty())
        return {};
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginSeq;
    for (const auto& [primary, weight] : std::as_const(primaries))
        emitDeployment(out, group, primary, weight);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString alias = fallbackAlias(group, i + 1);
        emitDeployment(out, alias, rest.at(i));
        fallbacks.append(alias);
    }
    out << YAML::EndSeq;
    return indented(emitted(out), 2);
}

int longestTimeout(const ExportFacts& facts)
{
    int seconds = 0;
    for (const Provider& provider : facts.workspace().providers)
        seconds = std::max(seconds, provider.timeoutSeconds);
    return seconds > 0 ? seconds : 60;
}

QString routerSettingsText(const ExportFacts& facts, const QList<std::pair<QString, QStringList>>& fallbacks)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key << "router_settings" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "num_retries" << YAML::Value << numRetries;
    out << YAML::Key << "timeout" << YAML::Value << longestTimeout(facts);
    out << YAML::Key << "fallbacks" << YAML::Value;
    if (fallbacks.isEmpty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const auto& [group, aliases] : fallbacks) {
        out << YAML::BeginMap << YAML::Key << group << YAML::Value;
        emitFlowList(out, aliases);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
    return emitted(out);
}
} // namespace

QString liteLlmConfigYaml(const ExportFacts& facts)
{
    const RoutingMap& routing = facts.workspace().routing;
    QString groups;
    QList<std::pair<QString, QStringList>> fallbacks;
    const auto addGroup = [&](const QString& group, const QList<WeightedChain>& split, const QString& comments) {
        QStringList aliases;
        const QString text = groupText(facts, group, split, aliases);
        if (!text.isEmpty())
            groups += comments + text;
        if (!aliases.isEmpty())
            fallbacks.append({ group, aliases });
    };
    for (const Route& route : routing.routes) {
        QString comments = commentBlock(routeRationale(facts, route), 2);
        // A paragraph of its own, so that no one reads this group as a cascade.
        if (route.cascadeCheck)
            comments += commentBlock(liteLlmCascadeCaveat(*route.cascadeCheck), 2);
        addGroup(route.category, trafficSplit(route), comments);
    }
    const QString defaultName = defaultRouteName(routing);
    addGroup(defaultName, { WeightedChain { routing.defaultChain, 100 } },
             commentBlock(defaultRouteRationale(facts, defaultName), 2));
    const QString modelList = groups.isEmpty() ? QStringLiteral("model_list: []\n") : QStringLiteral("model_list:\n") + groups;
    const QString title = QStringLiteral(
        "LiteLLM proxy config: send requests with model set to the category, or to 'default' for other tasks");
    return facts.headerComment(title) + modelList + routerSettingsText(facts, fallbacks);
}
