// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

#include <QStringList>

// Three categories with cases whose inputs the rules below sort, on purpose, partly wrong.
namespace DispatchFixture {
using namespace Qt::Literals::StringLiterals;

inline Category category(const QString& name, double share, const QList<std::pair<QString, QString>>& cases)
{
    Category category;
    category.name = name;
    category.description = u"Requests about "_s + name;
    category.trafficShare = share;
    category.scorers = { ScorerSpec { u"equals"_s } };
    for (const auto& [id, input] : cases) {
        TestCase testCase;
        testCase.id = id;
        testCase.prompt = input;
        testCase.expected = name;
        category.cases.append(testCase);
    }
    return category;
}

// A: a1 "order late" (rule 2: A), a2 "refund my order" (rule 1: B, a misroute on purpose),
// a3 "hello there" (no rule); B: b1 "refund please" (rule 1: B), b2 "money back" (no rule);
// C: c1 "order status" (rule 2: A, a misroute).
inline Workspace workspace()
{
    Workspace workspace;
    workspace.name = u"dispatch"_s;
    workspace.traffic.monthlyRequests = 10000;
    Provider openai { u"openai"_s, ProviderKind::OpenAiCompatible };
    openai.key = { KeyReference::Store::Environment, u"SIGNALBOX_TEST_UNUSED_KEY"_s };
    workspace.providers = { openai };
    for (const auto& [id, skill] : QList<std::pair<QString, double>> { { u"mA"_s, 0.9 }, { u"mB"_s, 0.9 },
                                                                      { u"mD"_s, 0.9 }, { u"sharp"_s, 1.0 },
                                                                      { u"confused"_s, 0.0 } }) {
        ModelSpec model { id, u"openai"_s, id };
        model.price = { 1.0, 2.0 };
        model.simulation = SimulationProfile { skill, 50 };
        workspace.models.append(model);
    }
    workspace.categories = { category(u"A"_s, 0.5, { { u"a1"_s, u"order late"_s }, { u"a2"_s, u"refund my order"_s },
                                                     { u"a3"_s, u"hello there"_s } }),
                             category(u"B"_s, 0.3, { { u"b1"_s, u"refund please"_s }, { u"b2"_s, u"money back"_s } }),
                             category(u"C"_s, 0.2, { { u"c1"_s, u"order status"_s } }) };
    workspace.routing.routes = { Route { u"A"_s, { u"mA"_s }, u"manual"_s, {} },
                                 Route { u"B"_s, { u"mB"_s }, u"manual"_s, {} } };
    workspace.routing.defaultChain = { u"mD"_s };
    DispatcherSpec dispatcher;
    dispatcher.rules = { DispatchRule { u"B"_s, { u"refund"_s }, {}, {}, {} },
                         DispatchRule { u"A"_s, { u"order"_s }, {}, {}, {} } };
    workspace.dispatcher = dispatcher;
    return workspace;
}

inline ResultRecord result(const QString& category, const QString& caseId, const QString& model, bool pass,
                           double cost, const QString& output = {})
{
    ResultRecord record;
    record.runId = u"run-1"_s;
    record.category = category;
    record.caseId = caseId;
    record.modelId = model;
    record.output = output.isEmpty() ? (pass ? category : u"wrong"_s) : output;
    record.costUsd = cost;
    record.score = pass ? 1.0 : 0.0;
    record.pass = pass;
    return record;
}
} // namespace DispatchFixture
