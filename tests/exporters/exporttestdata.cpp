// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttestdata.h"

#include "workspacefile/workspacereader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
RouteEvidence evidence(double accuracy, double low, double high, double costPer1k, double p95, int cases)
{
    return RouteEvidence { u"2026-11-20T10-14-03"_s,
                           QDateTime(QDate(2026, 11, 20), QTime(10, 14, 3), Qt::UTC),
                           cases,
                           accuracy,
                           low,
                           high,
                           costPer1k,
                           p95 };
}

RouteEvidence withRunnerUp(RouteEvidence evidence, std::optional<double> probMeetsBar, RunnerUpEvidence runnerUp)
{
    evidence.probMeetsBar = probMeetsBar;
    evidence.runnerUp = runnerUp;
    return evidence;
}

RoutingMap fixedRouting()
{
    RoutingMap map;
    map.routes = {
        { u"ticket-classification"_s,
          { u"gemini-flash-lite"_s, u"gpt-4o-mini"_s, u"claude-haiku"_s },
          u"cheapest-passing"_s,
          withRunnerUp(evidence(0.925, 0.7961, 0.9742, 0.0412, 420, 40), 0.6821,
                       { u"gpt-4o-mini"_s, 0.95, 0.8308, 0.9862, 0.1275, 880, 0.8573 }) },
        { u"sentiment"_s,
          { u"llama-8b-groq"_s, u"gemini-flash-lite"_s },
          u"cheapest-passing"_s,
          withRunnerUp(evidence(0.9, 0.7436, 0.9654, 0.0091, 205.5, 30), std::nullopt,
                       { u"gemini-flash-lite"_s, 0.9333, 0.7868, 0.9815, 0.0388, 390, std::nullopt }) },
        { u"field-extraction"_s,
          { u"gpt-4o-mini"_s, u"gemini-flash"_s },
          u"cheapest-passing"_s,
          evidence(0.95, 0.8308, 0.9862, 0.1275, 880, 40) },
        { u"summarisation"_s, { u"claude-sonnet"_s, u"gpt-4.1"_s }, u"manual"_s, std::nullopt },
        { u"language-detection"_s,
          { u"llama-8b-local"_s },
          u"fastest-passing"_s,
          evidence(1.0, 0.8865, 1.0, 0.0, 1510, 30) },
    };
    map.defaultChain = { u"gpt-4.1-mini"_s, u"claude-haiku"_s };
    return map;
}
} // namespace

Workspace sampleWorkspace()
{
    const WorkspaceLoad load
        = readWorkspaceFile(QFINDTESTDATA("../../resources/samples/support-desk/support-desk.signalbox.yaml"));
    if (!load.ok())
        return {};
    Workspace workspace = load.workspace;
    workspace.routing = fixedRouting();
    return workspace;
}

Workspace sampleWorkspaceWithRollout()
{
    Workspace workspace = sampleWorkspace();
    for (Route& route : workspace.routing.routes) {
        if (route.category == u"field-extraction")
            route.rollout = RolloutPlan { u"gpt-4o-mini"_s, u"gpt-4.1-mini"_s, { 5, 25, 50, 100 }, 25 };
    }
    return workspace;
}

Workspace sampleWorkspaceWithCascade()
{
    Workspace workspace = sampleWorkspace();
    for (Route& route : workspace.routing.routes) {
        if (route.category == u"ticket-classification")
            route.cascadeCheck = ScorerSpec { u"icontains-any"_s, QStringList { u"billing"_s, u"shipping"_s } };
    }
    return workspace;
}

Workspace sampleWorkspaceWithSchemaCascade()
{
    Workspace workspace = sampleWorkspace();
    const QVariantMap issue { { u"enum"_s,
                                QVariantList { u"damaged"_s, u"missing"_s, u"wrong_item"_s, u"late"_s, u"billing"_s,
                                               u"return_request"_s, u"other"_s } } };
    const QVariantMap orderId { { u"type"_s, QVariantList { u"string"_s, u"null"_s } },
                                { u"pattern"_s, u"^LH-[0-9]{7}$"_s } };
    const QVariantMap schema { { u"type"_s, u"object"_s },
                               { u"required"_s, QVariantList { u"order_id"_s, u"email"_s, u"product"_s, u"issue"_s } },
                               { u"properties"_s, QVariantMap { { u"order_id"_s, orderId }, { u"issue"_s, issue } } },
                               { u"maxProperties"_s, 4 } };
    for (Route& route : workspace.routing.routes) {
        if (route.category == u"field-extraction")
            route.cascadeCheck = ScorerSpec { u"is-json"_s, schema };
    }
    return workspace;
}

Workspace sampleWorkspaceVariant(int variant)
{
    switch (variant) {
    case 1:
        return sampleWorkspaceWithRollout();
    case 2:
        return sampleWorkspaceWithCascade();
    case 3:
        return sampleWorkspaceWithSchemaCascade();
    }
    return sampleWorkspace();
}

ExportOptions fixedOptions()
{
    return ExportOptions { QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC), QString() };
}

QString exportWithoutVersion(const Workspace& workspace, ExportFormat format)
{
    return exportRouting(workspace, format, fixedOptions())
        .replace(u"Signalbox " SIGNALBOX_VERSION ""_s, u"Signalbox <version>"_s);
}
