// SPDX-License-Identifier: GPL-3.0-or-later
// The routing section of a workspace file.
#include "cascade/cascadecheck.h"
#include "domain/limits.h"
#include "textcheck.h"
#include "workspaceparser.h"
#include "yamlcasereader.h"

namespace {
const QStringList routingKeys = { QStringLiteral("default"), QStringLiteral("routes") };
const QStringList routeKeys = { QStringLiteral("category"), QStringLiteral("chain"), QStringLiteral("rule"),
                                QStringLiteral("evidence"), QStringLiteral("rollout"), QStringLiteral("cascade_check") };
const QStringList evidenceKeys
    = { QStringLiteral("run"),           QStringLiteral("date"),     QStringLiteral("cases"),
        QStringLiteral("accuracy"),      QStringLiteral("interval"), QStringLiteral("cost_per_1k"),
        QStringLiteral("latency_p95_ms"), QStringLiteral("prob_meets_bar"), QStringLiteral("runner_up") };
const QStringList runnerUpKeys
    = { QStringLiteral("model"),          QStringLiteral("accuracy"),      QStringLiteral("interval"),
        QStringLiteral("cost_per_1k"),    QStringLiteral("latency_p95_ms"), QStringLiteral("prob_meets_bar") };

constexpr int maxChainLength = 4; // a primary and up to three fallbacks

QStringList ruleKeys()
{
    return targetKeys() << QStringLiteral("manual");
}
} // namespace

void WorkspaceParser::readRouting(const YAML::Node& node)
{
    const YamlMap map(node, m_errors, routingKeys, tr("routing"));
    if (!map.isValid())
        return;
    if (map.contains("default"))
        m_workspace.routing.defaultChain = readChain(map, "default");
    QMap<QString, int> routeLines;
    for (const YAML::Node& item : map.list("routes"))
        readRoute(item, routeLines);
}

void WorkspaceParser::readRoute(const YAML::Node& node, QMap<QString, int>& routeLines)
{
    const YamlMap map(node, m_errors, routeKeys, tr("a route"));
    if (!map.isValid())
        return;
    Route route;
    if (const auto category = map.requiredText("category")) {
        route.category = *category;
        checkReference(route.category, m_categoryLines.keys(), map.markOf("category"), tr("category"));
        checkUnique(routeLines, route.category, map.markOf("category"), tr("route for category"));
    }
    if (map.contains("chain"))
        route.chain = readChain(map, "chain");
    else
        map.missing("chain");
    route.rule = map.contains("rule") ? map.text("rule") : QStringLiteral("manual");
    if (!ruleKeys().contains(route.rule))
        map.invalid("rule",
                    tr("rule: unknown rule %1%2; expected one of %3")
                        .arg(quoted(route.rule), didYouMean(route.rule, ruleKeys()), quotedList(ruleKeys())));
    if (map.contains("evidence"))
        route.evidence = readEvidence(map.value("evidence"), m_errors);
    if (map.contains("rollout"))
        route.rollout = readRollout(map.value("rollout"), m_errors, m_workspace, route.primary());
    if (map.contains("cascade_check"))
        route.cascadeCheck = readCascadeCheck(map, m_errors, route.chain);
    m_workspace.routing.routes.append(route);
}

QStringList WorkspaceParser::readChain(const YamlMap& map, const char* key)
{
    const YAML::Node node = map.value(key);
    const QString name = QString::fromUtf8(key);
    QList<YAML::Node> items; // a single id may stand without a list
    if (node.IsSequence())
        items = QList<YAML::Node>(node.begin(), node.end());
    else if (node.IsScalar())
        items = { node };
    else
        map.invalid(key, tr("%1: expected a list of model ids, found %2").arg(name, describeNode(node)));
    if (node.IsSequence() && items.isEmpty())
        map.invalid(key, tr("%1: expected at least one model id").arg(name));
    if (items.size() > maxChainLength)
        map.invalid(key,
                    tr("%1: a chain holds a primary model and up to %2 fallbacks; found %3 models")
                        .arg(name)
                        .arg(maxChainLength - 1)
                        .arg(items.size()));
    QStringList chain;
    for (const YAML::Node& item : items) {
        if (!item.IsScalar()) {
            m_errors.add(item, tr("%1: expected a model id, found %2").arg(name, describeNode(item)));
            continue;
        }
        const QString id = scalarText(item);
        checkReference(id, m_modelLines.keys(), item.Mark(), tr("model"));
        if (chain.contains(id))
            m_errors.add(item, tr("%1: model '%2' appears twice in the chain").arg(name, id));
        chain.append(id);
    }
    return chain;
}

std::optional<RouteEvidence> WorkspaceParser::readEvidence(const YAML::Node& node, YamlErrors& errors)
{
    const YamlMap map(node, errors, evidenceKeys, tr("route evidence"));
    if (!map.isValid())
        return std::nullopt;
    RouteEvidence evidence;
    evidence.runId = map.text("run");
    const QString date = map.text("date");
    evidence.date = QDateTime::fromString(date, Qt::ISODateWithMs);
    if (map.contains("date") && !evidence.date.isValid())
        map.invalid("date",
                    tr("date: expected a date and time such as 2026-11-20T10:14:03Z, found %1").arg(quoted(date)));
    evidence.cases = int(map.integer("cases", 0, Limits::maxEvidenceCases).value_or(0));
    evidence.accuracy = map.number("accuracy", 0.0, NumberRange::Unit);
    evidence.costPer1k = map.number("cost_per_1k", 0.0, NumberRange::upTo(Limits::maxEvidenceCostPer1k));
    // Absent when the latency was not measured (the answers came through a provider's batch API).
    evidence.latencyP95Ms = map.number("latency_p95_ms", NumberRange::upTo(Limits::maxEvidenceLatencyMs));
    evidence.probMeetsBar = map.number("prob_meets_bar", NumberRange::Unit);
    if (const auto interval = readInterval(map)) {
        evidence.accuracyLow = interval->first;
        evidence.accuracyHigh = interval->second;
    }
    if (map.contains("runner_up"))
        evidence.runnerUp = readRunnerUp(map.value("runner_up"), errors);
    return evidence;
}

std::optional<RunnerUpEvidence> WorkspaceParser::readRunnerUp(const YAML::Node& node, YamlErrors& errors)
{
    const YamlMap map(node, errors, runnerUpKeys, tr("the runner-up's evidence"));
    if (!map.isValid())
        return std::nullopt;
    RunnerUpEvidence runnerUp;
    if (const auto model = map.requiredText("model"))
        runnerUp.model = *model;
    runnerUp.accuracy = map.number("accuracy", 0.0, NumberRange::Unit);
    runnerUp.costPer1k = map.number("cost_per_1k", 0.0, NumberRange::upTo(Limits::maxEvidenceCostPer1k));
    // Absent when the latency was not measured (the answers came through a provider's batch API).
    runnerUp.latencyP95Ms = map.number("latency_p95_ms", NumberRange::upTo(Limits::maxEvidenceLatencyMs));
    runnerUp.probMeetsBar = map.number("prob_meets_bar", NumberRange::Unit);
    if (const auto interval = readInterval(map)) {
        runnerUp.accuracyLow = interval->first;
        runnerUp.accuracyHigh = interval->second;
    }
    return runnerUp;
}

std::optional<std::pair<double, double>> WorkspaceParser::readInterval(const YamlMap& map)
{
    const YAML::Node interval = map.value("interval");
    if (!interval.IsDefined())
        return std::nullopt;
    const QStringList bounds = interval.IsSequence() ? map.textList("interval") : QStringList();
    const auto low = parseNumber(bounds.value(0));
    const auto high = parseNumber(bounds.value(1));
    if (!interval.IsSequence() || bounds.size() != 2 || !low || !high || !inRange(*low, NumberRange::Unit)
        || !inRange(*high, NumberRange::Unit) || *low > *high) {
        map.invalid("interval", tr("interval: expected [low, high] with 0 <= low <= high <= 1"));
        return std::nullopt;
    }
    return std::pair { *low, *high };
}

std::optional<ScorerSpec> WorkspaceParser::readCascadeCheck(const YamlMap& route, YamlErrors& errors,
                                                           const QStringList& chain)
{
    YamlCaseReader reader(errors);
    std::optional<ScorerSpec> check = reader.readScorer(route.value("cascade_check"));
    if (!check)
        return std::nullopt;
    if (const QString problem = cascadeCheckProblem(*check); !problem.isEmpty())
        route.invalid("cascade_check", tr("cascade_check: %1").arg(problem));
    else if (chain.size() < 2)
        route.invalid("cascade_check", tr("cascade_check: a cascade escalates to a next model; the chain has one"));
    return check;
}
