// SPDX-License-Identifier: GPL-3.0-or-later
// A LiteLLM proxy config.yaml: a model group per category (model_name: <category>), one more per
// fallback (<category>-fallback-<n>), chained in router_settings.fallbacks; the group "default"
// serves the map's default chain for categories the map does not name.
#include "exportwriters.h"
#include "yamlout.h"

#include <algorithm>

namespace {
class LiteLlmExport
{
    Q_DECLARE_TR_FUNCTIONS(LiteLlmExport)
};

constexpr int numRetries = 2; // per model group, before its fallbacks are tried

// OpenAI-compatible hosts and Ollama always name their base; others only when it is not the default.
bool writesApiBase(const Provider& provider)
{
    return provider.kind == ProviderKind::OpenAiCompatible || provider.kind == ProviderKind::Ollama
        || !hasDefaultBaseUrl(provider);
}

void emitDeployment(YAML::Emitter& out, const QString& alias, const ExportFacts::Deployment& deployment)
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
            LiteLlmExport::tr(
                "no key in the workspace; LiteLLM's OpenAI client wants one: add api_key if the host needs it")
                .toStdString());
    if (!variable.isEmpty()) {
        out << YAML::Key << "api_key" << YAML::Value << QString(QLatin1String("os.environ/") + variable);
        if (keyVariableIsDerived(provider))
            out << YAML::Comment(
                LiteLlmExport::tr("set %1: Signalbox keeps this key in the keyring").arg(variable).toStdString());
    }
    out << YAML::Key << "input_cost_per_token" << YAML::Value;
    emitNumber(out, decimalNumber(model.price.input / 1e6));
    out << YAML::Key << "output_cost_per_token" << YAML::Value;
    emitNumber(out, decimalNumber(model.price.output / 1e6));
    out << YAML::Key << "timeout" << YAML::Value << provider.timeoutSeconds;
    if (provider.requestsPerMinute > 0)
        out << YAML::Key << "rpm" << YAML::Value << provider.requestsPerMinute;
    out << YAML::EndMap << YAML::EndMap;
}

QString fallbackAlias(const QString& group, qsizetype index)
{
    return group + QLatin1String("-fallback-") + QString::number(index);
}

// A model group's deployments; returns the fallback aliases it wrote.
QStringList emitGroup(YAML::Emitter& out, const ExportFacts& facts, const QString& group, const QStringList& chain)
{
    const QList<ExportFacts::Deployment> deployments = facts.deployments(chain);
    QStringList fallbacks;
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        const QString alias = i == 0 ? group : fallbackAlias(group, i);
        emitDeployment(out, alias, deployments.at(i));
        if (i > 0)
            fallbacks.append(alias);
    }
    return fallbacks;
}

int longestTimeout(const ExportFacts& facts)
{
    int seconds = 0;
    for (const Provider& provider : facts.workspace().providers)
        seconds = std::max(seconds, provider.timeoutSeconds);
    return seconds > 0 ? seconds : 60;
}

void emitRouterSettings(YAML::Emitter& out, const ExportFacts& facts,
                        const QList<std::pair<QString, QStringList>>& fallbacks)
{
    out << YAML::Key << "router_settings" << YAML::Value << YAML::BeginMap;
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
    out << YAML::EndSeq << YAML::EndMap;
}
} // namespace

QString liteLlmConfigYaml(const ExportFacts& facts)
{
    const RoutingMap& routing = facts.workspace().routing;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key << "model_list" << YAML::Value;
    if (facts.deployments(routing.defaultChain).isEmpty() && routing.routes.isEmpty())
        out << YAML::Flow; // "[]" on the key's line
    out << YAML::BeginSeq;
    QList<std::pair<QString, QStringList>> fallbacks;
    const auto addGroup = [&](const QString& group, const QStringList& chain) {
        const QStringList aliases = emitGroup(out, facts, group, chain);
        if (!aliases.isEmpty())
            fallbacks.append({ group, aliases });
    };
    for (const Route& route : routing.routes)
        addGroup(route.category, route.chain);
    addGroup(defaultRouteName(routing), routing.defaultChain);
    out << YAML::EndSeq;
    emitRouterSettings(out, facts, fallbacks);
    out << YAML::EndMap;
    const QString title = LiteLlmExport::tr(
        "LiteLLM proxy config: send requests with model set to the category, or to 'default' for other tasks");
    return facts.headerComment(title) + emitted(out);
}
