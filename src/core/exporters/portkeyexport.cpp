// SPDX-License-Identifier: GPL-3.0-or-later
// A Portkey gateway config: a conditional router on the request's metadata.category, one target
// per category that falls back along its chain, and a default target for other categories.
#include "cascadeguardrail.h"
#include "exportwriters.h"
#include "rollout/rollout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {
// The statuses that move a chain on to its next model: rate limits, server errors, overload.
const QList<int> fallbackStatusCodes { 429, 500, 502, 503, 504, 529 };

// Where Portkey sends the request, when not to the provider's usual host. Portkey appends
// "/chat/completions" (OpenAI), "/messages" (Anthropic), "/v1beta/models/..." (Gemini) and
// "/v1/chat/completions" (Ollama) to it.
QString customHost(const Provider& provider)
{
    QString base = baseUrlOf(provider);
    if (provider.kind == ProviderKind::Ollama)
        return base;
    if (hasDefaultBaseUrl(provider))
        return {};
    return provider.kind == ProviderKind::Anthropic ? base + QLatin1String("/v1") : base;
}

QJsonObject leafTarget(const ExportFacts::Deployment& deployment)
{
    const Provider& provider = *deployment.provider;
    QJsonObject target { { u"provider"_s, gatewayProviderName(provider.kind, ExportFormat::Portkey) },
                         { u"override_params"_s, QJsonObject { { u"model"_s, deployment.model->model } } },
                         { u"request_timeout"_s, provider.timeoutSeconds * 1000 } };
    const QString host = customHost(provider);
    if (!host.isEmpty())
        target.insert(u"custom_host"_s, host);
    const QString variable = keyVariable(provider);
    if (!variable.isEmpty())
        target.insert(u"api_key"_s, QStringLiteral("${%1}").arg(variable));
    return target;
}

QJsonObject chainTarget(const QList<ExportFacts::Deployment>& deployments)
{
    QJsonArray codes;
    for (int code : fallbackStatusCodes)
        codes.append(code);
    QJsonArray targets;
    for (const ExportFacts::Deployment& deployment : deployments)
        targets.append(leafTarget(deployment));
    return QJsonObject { { u"strategy"_s,
                           QJsonObject { { u"mode"_s, u"fallback"_s }, { u"on_status_codes"_s, codes } } },
                         { u"targets"_s, targets } };
}

QJsonObject routeTarget(const ExportFacts& facts, const QString& name, const QList<WeightedChain>& split);

// A cascade: each model but the last carries a guardrail that denies (446) an answer failing the
// check, and the fallback strategy moves on at 446 as at an error.
QJsonObject cascadeTarget(const ExportFacts& facts, const QString& name, const Route& route)
{
    const std::optional<PortkeyGuardrail> guardrail = portkeyGuardrail(*route.cascadeCheck);
    const QList<ExportFacts::Deployment> deployments = facts.deployments(route.chain);
    if (!guardrail) // the rationale says the check is not enforced
        return routeTarget(facts, name, trafficSplit(route));
    if (deployments.isEmpty())
        return {};
    QJsonObject target = chainTarget(deployments);
    QJsonObject strategy = target.value(u"strategy"_s).toObject();
    QJsonArray codes = strategy.value(u"on_status_codes"_s).toArray();
    codes.append(guardrailDeniedStatus);
    strategy.insert(u"on_status_codes"_s, codes);
    target.insert(u"strategy"_s, strategy);
    QJsonArray leaves = target.value(u"targets"_s).toArray();
    for (qsizetype i = 0; i + 1 < leaves.size(); ++i) {
        QJsonObject leaf = leaves.at(i).toObject();
        leaf.insert(u"output_guardrails"_s, QJsonArray { guardrail->guardrail });
        leaves[i] = leaf;
    }
    target.insert(u"targets"_s, leaves);
    target.insert(u"name"_s, name);
    return target;
}

// A route's target: its chain; during a rollout a load balancer over the old and the new primary by
// weight (percent), each with the route's fallbacks behind it. Empty when no model is defined.
QJsonObject routeTarget(const ExportFacts& facts, const QString& name, const QList<WeightedChain>& split)
{
    QJsonArray weighted;
    for (const WeightedChain& share : split) {
        const QList<ExportFacts::Deployment> deployments = facts.deployments(share.chain);
        if (deployments.isEmpty())
            continue;
        QJsonObject target = chainTarget(deployments);
        target.insert(u"weight"_s, share.percent);
        weighted.append(target);
    }
    if (weighted.isEmpty())
        return {};
    QJsonObject target = weighted.size() == 1
        ? chainTarget(facts.deployments(split.constFirst().chain))
        : QJsonObject { { u"strategy"_s, QJsonObject { { u"mode"_s, u"loadbalance"_s } } }, { u"targets"_s, weighted } };
    target.insert(u"name"_s, name);
    return target;
}

QJsonObject categoryCondition(const QString& category)
{
    const QJsonObject equals { { u"$eq"_s, category } };
    return QJsonObject { { u"query"_s, QJsonObject { { u"metadata.category"_s, equals } } }, { u"then"_s, category } };
}
} // namespace

QString portkeyConfigJson(const ExportFacts& facts)
{
    const RoutingMap& routing = facts.workspace().routing;
    QJsonArray conditions;
    QJsonArray targets;
    for (const Route& route : routing.routes) {
        const QJsonObject target = route.cascadeCheck ? cascadeTarget(facts, route.category, route)
                                                      : routeTarget(facts, route.category, trafficSplit(route));
        if (target.isEmpty())
            continue;
        conditions.append(categoryCondition(route.category));
        targets.append(target);
    }
    QJsonObject strategy { { u"mode"_s, u"conditional"_s }, { u"conditions"_s, conditions } };
    const QList<ExportFacts::Deployment> fallback = facts.deployments(routing.defaultChain);
    if (!fallback.isEmpty()) {
        const QString name = defaultRouteName(routing);
        strategy.insert(u"default"_s, name);
        targets.append(routeTarget(facts, name, { WeightedChain { routing.defaultChain, 100 } }));
    }
    const QJsonObject config { { u"strategy"_s, strategy }, { u"targets"_s, targets } };
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented));
}
