// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly cost projections worked out by hand: 100,000 requests a month, tickets 60%, faq 30%, and
// 10% no category names. Costs per request: mini $0.001, small $0.002, big $0.01.
#include "routing/savingsprojection.h"
#include "routingfixtures.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Workspace workspace()
{
    Workspace workspace;
    workspace.traffic.monthlyRequests = 100000;
    workspace.models = { routing::model(u"mini"_s, u"openai"_s), routing::model(u"small"_s, u"anthropic"_s),
                         routing::model(u"big"_s, u"openai"_s), routing::model(u"gone"_s, u"openai"_s) };
    workspace.categories = { routing::category(u"tickets"_s, 0.7, 0.6), routing::category(u"faq"_s, 0.7, 0.3) };
    return workspace;
}

// mini 8/10 on both, small 9/10 on both, big 10/10 on both.
QList<ResultRecord> results()
{
    const QList<routing::Answers> models { { u"mini"_s, { 8 }, 0.001 },
                                           { u"small"_s, { 9 }, 0.002 },
                                           { u"big"_s, { 10 }, 0.01 } };
    return routing::answers(u"tickets"_s, 10, models) + routing::answers(u"faq"_s, 10, models);
}

Route route(const QString& category, const QString& primary)
{
    return Route { category, { primary }, u"cheapest-passing"_s, {} };
}

RoutingMap map(const QString& tickets, const QString& faq, const QString& fallback)
{
    RoutingMap built;
    built.routes = { route(u"tickets"_s, tickets), route(u"faq"_s, faq) };
    built.defaultChain = { fallback };
    return built;
}
} // namespace

class TestSavingsProjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trafficMixFromTheWorkspace()
    {
        const TrafficMix mix = TrafficMix::fromWorkspace(workspace());
        QCOMPARE(mix.monthlyRequests, 100000);
        QCOMPARE(mix.shares.value(u"tickets"_s), 0.6);
        QCOMPARE(mix.shares.value(u"faq"_s), 0.3);
        QCOMPARE(qRound(mix.coveredShare() * 100), 90);
    }

    // While tickets roll out from big to mini at 25%, its 60,000 requests cost
    // 45,000 x $0.01 + 15,000 x $0.001 = $465, and its accuracy is 0.75 x 1.0 + 0.25 x 0.8 = 0.95.
    void rolloutBlendsTheTwoPrimaries_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<double>("ticketsCost");
        QTest::addColumn<double>("ticketsAccuracy");
        QTest::newRow("5%") << 5 << 57000.0 * 0.01 + 3000.0 * 0.001 << 0.95 * 1.0 + 0.05 * 0.8;
        QTest::newRow("25%") << 25 << 465.0 << 0.95;
        QTest::newRow("100%") << 100 << 60.0 << 0.8;
    }

    void rolloutBlendsTheTwoPrimaries()
    {
        QFETCH(int, stage);
        QFETCH(double, ticketsCost);
        QFETCH(double, ticketsAccuracy);
        const Workspace ws = workspace();
        RoutingMap rolling = map(u"big"_s, u"small"_s, u"mini"_s);
        rolling.routes[0].rollout = RolloutPlan { u"big"_s, u"mini"_s, { 5, 25, 50, 100 }, stage };
        const SavingsProjection projection = projectSavings(ws, analyseRun(ws, results()), rolling,
                                                            map(u"big"_s, u"small"_s, u"mini"_s), u"big"_s,
                                                            TrafficMix::fromWorkspace(ws));
        const CategoryProjection& tickets = projection.categories.at(0);
        QCOMPARE(tickets.modelId, u"big"_s);
        QVERIFY(tickets.costKnown);
        QCOMPARE(tickets.monthlyCostUsd, ticketsCost);
        QCOMPARE(tickets.accuracy.value_or(-1.0), ticketsAccuracy);
        // Against the same map without the rollout, all 60,000 on big ($600).
        QCOMPARE(projection.savingAgainstPreviousUsd(), 600.0 - ticketsCost);
    }

    // A new model the run did not measure makes the blend unknown, never $0.
    void rolloutToAnUnmeasuredModelIsUnknown()
    {
        const Workspace ws = workspace();
        RoutingMap rolling = map(u"big"_s, u"small"_s, u"mini"_s);
        rolling.routes[0].rollout = RolloutPlan { u"big"_s, u"gone"_s, { 5, 25, 50, 100 }, 25 };
        const SavingsProjection projection = projectSavings(ws, analyseRun(ws, results()), rolling, rolling,
                                                            u"big"_s, TrafficMix::fromWorkspace(ws));
        QVERIFY(!projection.categories.at(0).costKnown);
        QVERIFY(!projection.mapCostKnown);
    }

    // tickets as a cascade mini -> big escalating when the answer is not JSON. mini is right on c0-c7
    // and answers prose on c7, c8, c9, which go to big (right on all): c0-c6 stand, 10 of 10 pass.
    // Cost: 10 x $0.001 + 3 x $0.01 = $0.04 for 10 requests, $0.004 each; 60,000 requests $240.
    void aCascadeCostsWhatItsSimulationSays()
    {
        const Workspace ws = workspace();
        QList<ResultRecord> run = results();
        for (ResultRecord& result : run)
            result.output = result.modelId == u"mini" && result.category == u"tickets"
                    && (result.caseId == u"c7" || result.caseId == u"c8" || result.caseId == u"c9")
                ? u"prose"_s
                : u"{}"_s;
        RoutingMap cascading = map(u"mini"_s, u"small"_s, u"mini"_s);
        cascading.routes[0].chain = { u"mini"_s, u"big"_s };
        cascading.routes[0].cascadeCheck = ScorerSpec { u"is-json"_s };
        const QList<CascadeCell> cascades = mapCascades(ws, cascading, run);
        QCOMPARE(cascades.size(), 1);
        const SavingsProjection projection = projectSavings(ws, analyseRun(ws, run), cascading, cascading, u"big"_s,
                                                            TrafficMix::fromWorkspace(ws), cascades);
        const CategoryProjection& tickets = projection.categories.at(0);
        QCOMPARE(tickets.monthlyCostUsd, 240.0);
        QCOMPARE(tickets.accuracy.value_or(-1.0), 1.0);
        // Without its simulation the route is priced at its primary, as before.
        const SavingsProjection unsimulated = projectSavings(ws, analyseRun(ws, run), cascading, cascading, u"big"_s,
                                                             TrafficMix::fromWorkspace(ws));
        QCOMPARE(unsimulated.categories.at(0).monthlyCostUsd, 60.0);
    }

    void mapAgainstBaselineAndPrevious()
    {
        const Workspace ws = workspace();
        const SavingsProjection projection
            = projectSavings(ws, analyseRun(ws, results()), map(u"mini"_s, u"small"_s, u"mini"_s),
                             map(u"big"_s, u"big"_s, u"big"_s), u"big"_s, TrafficMix::fromWorkspace(ws));
        // 60,000 x $0.001 + 30,000 x $0.002 + 10,000 x $0.001 = $130; everything on big: $1,000.
        QCOMPARE(projection.categories.size(), 3);
        QCOMPARE(projection.mapMonthlyCostUsd, 130.0);
        QCOMPARE(projection.baselineMonthlyCostUsd, 1000.0);
        QCOMPARE(projection.previousMonthlyCostUsd, 1000.0);
        QVERIFY(projection.mapCostKnown && projection.baselineCostKnown && projection.previousCostKnown);
        QCOMPARE(projection.savingUsd(), 870.0);
        QCOMPARE(projection.savingShare(), 0.87);
        QCOMPARE(projection.savingAgainstPreviousUsd(), 870.0);
        const CategoryProjection& tickets = projection.categories.at(0);
        QCOMPARE(tickets.category, u"tickets"_s);
        QCOMPARE(tickets.modelId, u"mini"_s);
        QCOMPARE(tickets.previousModelId, u"big"_s);
        QCOMPARE(tickets.monthlyCostUsd, 60.0);
        QCOMPARE(tickets.accuracy.value_or(-1.0), 0.8);
        QCOMPARE(tickets.previousAccuracy.value_or(-1.0), 1.0);
        QCOMPARE(qRound(*tickets.accuracyChange() * 100), -20);
        const CategoryProjection& other = projection.categories.at(2);
        QVERIFY(other.isOtherTraffic());
        QCOMPARE(other.modelId, u"mini"_s);
        QCOMPARE(qRound(other.trafficShare * 100), 10);
        QCOMPARE(qRound(other.monthlyCostUsd * 1000), 10000); // mini's weighted $0.001 a request
    }

    // An edited mix: all traffic on faq, twice the requests.
    void anEditedMix()
    {
        const Workspace ws = workspace();
        TrafficMix mix;
        mix.monthlyRequests = 200000;
        mix.shares = { { u"faq"_s, 1.0 } };
        const SavingsProjection projection = projectSavings(
            ws, analyseRun(ws, results()), map(u"mini"_s, u"small"_s, u"mini"_s), RoutingMap(), u"big"_s, mix);
        QCOMPARE(projection.categories.size(), 1);
        QCOMPARE(projection.mapMonthlyCostUsd, 400.0);
        QCOMPARE(projection.baselineMonthlyCostUsd, 2000.0);
        QVERIFY(!projection.previousCostKnown); // there was no map: not $0
        QVERIFY(!projection.categories.at(0).previousCostKnown);
        QVERIFY(!projection.categories.at(0).previousAccuracy);
    }

    // A primary the run did not answer: its evidence's cost when the evidence names it, else unknown.
    void missingCellsUseEvidenceOrSayUnknown()
    {
        const Workspace ws = workspace();
        RoutingMap withEvidence = map(u"gone"_s, u"small"_s, u"mini"_s);
        withEvidence.routes[0].evidence = RouteEvidence { u"r0"_s, {}, 10, 0.9, 0.6, 0.98, 3.0, 500.0 };
        const RunAnalysis analysis = analyseRun(ws, results());
        const TrafficMix mix = TrafficMix::fromWorkspace(ws);
        const SavingsProjection known = projectSavings(ws, analysis, withEvidence, {}, u"big"_s, mix);
        QVERIFY(known.mapCostKnown);
        QCOMPARE(known.categories.at(0).monthlyCostUsd, 180.0); // 60,000 x $3 / 1,000
        QCOMPARE(known.categories.at(0).accuracy.value_or(-1.0), 0.9);
        const SavingsProjection unknown
            = projectSavings(ws, analysis, map(u"gone"_s, u"small"_s, u"mini"_s), {}, u"big"_s, mix);
        QVERIFY(!unknown.mapCostKnown);
        QVERIFY(!unknown.categories.at(0).costKnown);
        QCOMPARE(unknown.categories.at(0).monthlyCostUsd, 0.0);
        QCOMPARE(unknown.mapMonthlyCostUsd, 70.0); // the known parts: faq $60 and the rest $10
    }

    void aCategoryWithoutRouteGoesToTheDefault()
    {
        const Workspace ws = workspace();
        RoutingMap onlyDefault;
        onlyDefault.defaultChain = { u"small"_s };
        const SavingsProjection projection
            = projectSavings(ws, analyseRun(ws, results()), onlyDefault, {}, u"big"_s, TrafficMix::fromWorkspace(ws));
        QCOMPARE(projection.categories.at(0).modelId, u"small"_s);
        QCOMPARE(projection.mapMonthlyCostUsd, 200.0); // 100,000 x $0.002
    }

    // tickets prices an error at $0.50, faq at $0.10, other traffic sets none.
    // Map: tickets on mini 8/10: 60,000 x 0.2 x $0.50 = $6,000; faq on small 9/10: 30,000 x 0.1 x $0.10 = $300.
    // Baseline big 10/10: no errors, $0. API $130 + errors $6,300 = $6,430 against big's $1,000.
    void errorsArePriced()
    {
        Workspace ws = workspace();
        ws.categories[0].errorCostUsd = 0.5;
        ws.categories[1].errorCostUsd = 0.1;
        const SavingsProjection projection
            = projectSavings(ws, analyseRun(ws, results()), map(u"mini"_s, u"small"_s, u"mini"_s),
                             map(u"big"_s, u"big"_s, u"big"_s), u"big"_s, TrafficMix::fromWorkspace(ws));
        QVERIFY(projection.errorsPriced);
        QVERIFY(qAbs(projection.categories.at(0).monthlyErrorCostUsd - 6000.0) < 1e-6);
        QVERIFY(qAbs(projection.categories.at(1).monthlyErrorCostUsd - 300.0) < 1e-6);
        QCOMPARE(projection.categories.at(2).monthlyErrorCostUsd, 0.0); // other traffic: no price, not unknown
        QVERIFY(qAbs(projection.mapMonthlyErrorCostUsd - 6300.0) < 1e-6);
        QVERIFY(qAbs(projection.mapMonthlyTotalUsd() - 6430.0) < 1e-6);
        QCOMPARE(projection.baselineMonthlyErrorCostUsd, 0.0);
        QCOMPARE(projection.baselineMonthlyTotalUsd(), 1000.0);
        QVERIFY(projection.mapTotalKnown() && projection.baselineTotalKnown());
        // The cheap map costs more once its errors are priced: the dollars say so.
        QVERIFY(projection.mapMonthlyTotalUsd() > projection.baselineMonthlyTotalUsd());
    }

    void unpricedWorkspacesAddNoErrorCost()
    {
        const Workspace ws = workspace();
        const SavingsProjection projection
            = projectSavings(ws, analyseRun(ws, results()), map(u"mini"_s, u"small"_s, u"mini"_s),
                             map(u"big"_s, u"big"_s, u"big"_s), u"big"_s, TrafficMix::fromWorkspace(ws));
        QVERIFY(!projection.errorsPriced);
        QCOMPARE(projection.mapMonthlyErrorCostUsd, 0.0);
        QCOMPARE(projection.mapMonthlyTotalUsd(), projection.mapMonthlyCostUsd);
    }

    // A priced category whose routed model has no figures: its errors are unknown, never $0.
    void unknownAccuracyMeansUnknownErrorCost()
    {
        Workspace ws = workspace();
        ws.categories[0].errorCostUsd = 0.5;
        const SavingsProjection projection
            = projectSavings(ws, analyseRun(ws, results()), map(u"gone"_s, u"small"_s, u"mini"_s),
                             map(u"big"_s, u"big"_s, u"big"_s), u"big"_s, TrafficMix::fromWorkspace(ws));
        QVERIFY(!projection.categories.at(0).errorCostKnown);
        QVERIFY(!projection.mapErrorCostKnown);
        QVERIFY(!projection.mapTotalKnown());
    }
};

QTEST_GUILESS_MAIN(TestSavingsProjection)
#include "tst_savingsprojection.moc"
