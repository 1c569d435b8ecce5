// SPDX-License-Identifier: GPL-3.0-or-later
// Route suggestions from hand-made runs: the figures in the comments are worked out by hand.
#include "routing/evidencestatus.h"
#include "routing/routesuggestion.h"
#include "routingfixtures.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString runId = u"2026-11-20T10-00-00"_s;

Workspace workspace(const QList<Category>& categories)
{
    Workspace workspace;
    workspace.models = { routing::model(u"flash"_s, u"gemini"_s), routing::model(u"mini"_s, u"openai"_s),
                         routing::model(u"small"_s, u"anthropic"_s), routing::model(u"big"_s, u"openai"_s) };
    workspace.categories = categories;
    return workspace;
}

// 20 cases, two repeats. flash 10/40 (fails a 0.5 bar), mini 36/40 and always the same verdict,
// small 39/40 (c19 unstable), big 38/40 (c18, c19 unstable). Cost and latency per request.
QList<ResultRecord> fourModels(const QString& category)
{
    return routing::answers(category, 20,
                            { { u"flash"_s, { 5, 5 }, 0.0005, 100 },
                              { u"mini"_s, { 18, 18 }, 0.001, 400 },
                              { u"small"_s, { 19, 20 }, 0.002, 300 },
                              { u"big"_s, { 20, 18 }, 0.010, 150 } });
}

RouteSuggestion suggest(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category,
                        bool paired = false)
{
    return suggestRoute(workspace, analyseRun(workspace, results), category, paired ? results : QList<ResultRecord>());
}
} // namespace

class TestRouteSuggestion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachTarget_data()
    {
        QTest::addColumn<OptimisationTarget>("target");
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<QString>("runnerUp");
        // Fallbacks: ones meeting the bar of another provider first, then the target's order.
        QTest::newRow("cheapest-passing") << OptimisationTarget::CheapestPassing
                                          << QStringList { u"mini"_s, u"small"_s, u"big"_s, u"flash"_s } << u"small"_s;
        QTest::newRow("most-accurate") << OptimisationTarget::MostAccurate
                                       << QStringList { u"small"_s, u"big"_s, u"mini"_s, u"flash"_s } << u"big"_s;
        QTest::newRow("fastest-passing") << OptimisationTarget::FastestPassing
                                         << QStringList { u"big"_s, u"small"_s, u"mini"_s, u"flash"_s } << u"small"_s;
        // Stability: mini 20/20, small 19/20, big 18/20 of cases with one verdict.
        QTest::newRow("most-stable") << OptimisationTarget::MostStable
                                     << QStringList { u"mini"_s, u"small"_s, u"big"_s, u"flash"_s } << u"small"_s;
    }

    void eachTarget()
    {
        QFETCH(OptimisationTarget, target);
        QFETCH(QStringList, chain);
        QFETCH(QString, runnerUp);
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5, 1.0, target) });
        const RouteSuggestion suggestion = suggest(ws, fourModels(u"tickets"_s), u"tickets"_s);
        QCOMPARE(suggestion.target, target);
        QCOMPARE(suggestion.chain, chain);
        QCOMPARE(suggestion.runnerUp, runnerUp);
        QVERIFY(!suggestion.explanation.isEmpty());
        QCOMPARE(suggestion.toRoute().rule, targetKey(target));
        QCOMPARE(suggestion.toRoute().chain, chain);
    }

    void evidenceOfThePrimary()
    {
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5) });
        const RouteSuggestion suggestion = suggest(ws, fourModels(u"tickets"_s), u"tickets"_s);
        QVERIFY(suggestion.evidence);
        const RouteEvidence& evidence = *suggestion.evidence;
        QCOMPARE(evidence.runId, runId);
        QCOMPARE(evidence.date, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(evidence.cases, 20);
        QCOMPARE(evidence.accuracy, 0.9); // 18 of 20 cases, each answered alike twice
        // Wilson 95% on the cases, 18 of 20 (not 36 of 40 trials): centre (18 + 1.9207) / 23.8415 = 0.83555,
        // half 1.96 / 23.8415 * sqrt(18 x 2 / 20 + 0.9604) = 0.082208 x 1.66145 = 0.13658.
        QCOMPARE(qRound(evidence.accuracyLow * 10000), 6990);
        QCOMPARE(qRound(evidence.accuracyHigh * 10000), 9721);
        // P(p >= 0.5) under Beta(18.5, 2.5); mpmath 0.9999321.
        QVERIFY(evidence.probMeetsBar);
        QVERIFY(qAbs(*evidence.probMeetsBar - 0.9999321) < 1e-6);
        QCOMPARE(evidence.costPer1k, 1.0);
        QCOMPARE(evidence.latencyP95Ms, std::optional<double>(400.0));
    }

    // A model answered through a batch has no latency: fastest-passing never takes it for the
    // fastest, and ranks it after every measured model.
    void unmeasuredLatencyIsNeverTheFastest()
    {
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5, 1.0, OptimisationTarget::FastestPassing) });
        QList<ResultRecord> results = fourModels(u"tickets"_s);
        for (ResultRecord& result : results) {
            if (result.modelId == u"big") {
                result.fromBatch = true;
                result.latencyMs = ResultRecord::unmeasuredLatency;
            }
        }
        const RouteSuggestion suggestion = suggest(ws, results, u"tickets"_s);
        QCOMPARE(suggestion.chain, (QStringList { u"small"_s, u"mini"_s, u"big"_s, u"flash"_s }));
        QVERIFY(suggestion.evidence);
        QCOMPARE(suggestion.evidence->latencyP95Ms, std::optional<double>(300.0));
    }

    void noMeasuredLatencyIsSaid()
    {
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5, 1.0, OptimisationTarget::FastestPassing) });
        QList<ResultRecord> results = fourModels(u"tickets"_s);
        for (ResultRecord& result : results) {
            result.fromBatch = true;
            result.latencyMs = ResultRecord::unmeasuredLatency;
        }
        const RouteSuggestion suggestion = suggest(ws, results, u"tickets"_s);
        QVERIFY(suggestion.evidence);
        QVERIFY(!suggestion.evidence->latencyP95Ms);
        QVERIFY2(suggestion.explanation.contains(u"not measured"_s), qPrintable(suggestion.explanation));
        QVERIFY(!suggestion.explanation.contains(u"p95 0 ms"_s));
    }

    // Ties meet the bar: 36 of 40 meets 0.9, 35 of 40 does not; equal costs go to the more accurate.
    void tiesMeetTheBar_data()
    {
        QTest::addColumn<int>("passes");
        QTest::addColumn<QString>("primary");
        QTest::newRow("36 of 40 meets 0.9") << 36 << u"mini"_s;
        QTest::newRow("35 of 40 misses it") << 35 << u"big"_s;
    }

    void tiesMeetTheBar()
    {
        QFETCH(int, passes);
        QFETCH(QString, primary);
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.9) });
        const QList<ResultRecord> results
            = routing::answers(u"tickets"_s, 40, { { u"mini"_s, { passes }, 0.001 }, { u"big"_s, { 40 }, 0.01 } });
        QCOMPARE(suggest(ws, results, u"tickets"_s).chain.value(0), primary);
    }

    void equalCostsGoToTheMoreAccurate()
    {
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5) });
        const QList<ResultRecord> results = routing::answers(
            u"tickets"_s, 10,
            { { u"mini"_s, { 8 }, 0.001 }, { u"small"_s, { 9 }, 0.001 }, { u"big"_s, { 9 }, 0.001 } });
        // small and big tie on cost and accuracy: the id decides ("big" < "small").
        QCOMPARE(suggest(ws, results, u"tickets"_s).chain, (QStringList { u"big"_s, u"small"_s, u"mini"_s }));
    }

    void noneMeetsTheBar()
    {
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.99) });
        const RouteSuggestion suggestion = suggest(ws, fourModels(u"tickets"_s), u"tickets"_s);
        QCOMPARE(suggestion.confidence, SuggestionConfidence::NoneMeetsBar);
        QVERIFY(suggestion.chain.isEmpty());
        QVERIFY(!suggestion.evidence);
        QCOMPARE(suggestion.runnerUp, u"small"_s); // the most accurate: 39 of 40, 97.5%
        QVERIFY2(suggestion.explanation.contains(u"No model meets the 99.0% bar"_s),
                 qPrintable(suggestion.explanation));
    }

    void noData()
    {
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5), routing::category(u"faq"_s, 0.5) });
        const RouteSuggestion suggestion = suggest(ws, fourModels(u"tickets"_s), u"faq"_s);
        QCOMPARE(suggestion.confidence, SuggestionConfidence::NoData);
        QVERIFY(suggestion.chain.isEmpty());
    }

    // most-accurate: big passes 40 of 40, small k of 40; with paired results McNemar decides.
    void closeToTheRunnerUp_data()
    {
        QTest::addColumn<int>("smallPasses");
        QTest::addColumn<bool>("paired");
        QTest::addColumn<SuggestionConfidence>("confidence");
        QTest::addColumn<int>("moreCases");
        QTest::addColumn<QString>("says");
        // [0.912, 1] and [0.871, 0.996] overlap. Held at 100% and 97.5%, they part at 301 cases, when
        // 100% has a lower bound of 0.9874 and 293 of 301 an upper bound of 0.9873.
        QTest::newRow("intervals overlap") << 39 << false << SuggestionConfidence::Close << 261
                                           << u"about 261 more cases would likely separate them"_s;
        // One discordant case (b = 1, c = 0), p = 1. At the same discordance b reaches 6 (p = 2 / 64 < 0.05)
        // once llround((40 + m) / 40) = 6, that is m = 180.
        QTest::newRow("McNemar within chance")
            << 39 << true << SuggestionConfidence::Close << 180 << u"McNemar p = 1.000"_s;
        // 20 discordant, none the other way: p = 2 / 2^20.
        QTest::newRow("McNemar apart") << 20 << true << SuggestionConfidence::Clear << 0 << u"beyond chance"_s;
        QTest::newRow("a tie") << 40 << true << SuggestionConfidence::Close << 0 << u"no number of cases"_s;
    }

    void closeToTheRunnerUp()
    {
        QFETCH(int, smallPasses);
        QFETCH(bool, paired);
        QFETCH(SuggestionConfidence, confidence);
        QFETCH(int, moreCases);
        QFETCH(QString, says);
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5, 1.0, OptimisationTarget::MostAccurate) });
        const QList<ResultRecord> results = routing::answers(
            u"tickets"_s, 40, { { u"big"_s, { 40 }, 0.01 }, { u"small"_s, { smallPasses }, 0.002 } });
        const RouteSuggestion suggestion = suggest(ws, results, u"tickets"_s, paired);
        QCOMPARE(suggestion.chain.value(0), smallPasses == 40 ? u"small"_s : u"big"_s); // a tie: the cheaper
        QCOMPARE(suggestion.confidence, confidence);
        QCOMPARE(suggestion.moreCasesNeeded, moreCases);
        QVERIFY2(suggestion.explanation.contains(says), qPrintable(suggestion.explanation));
    }

    // cheapest-passing against a bar of 0.9; big passes 40 of 40 (Wilson [0.912, 1]: it meets the bar).
    void closeToTheBar_data()
    {
        QTest::addColumn<QString>("cheaper"); // costs $0.001 a request against big's $0.01
        QTest::addColumn<int>("passes");
        QTest::addColumn<QString>("primary");
        QTest::addColumn<int>("moreCases");
        QTest::addColumn<QString>("says");
        // 37 of 40 meets 0.9 on counts, but its lower bound is below it. The lower bound reaches 0.9 at
        // n = z^2 * 0.9 * 0.1 / 0.025^2 = 553.2, so 554 trials: 514 more cases.
        QTest::newRow("the primary is undecided")
            << u"mini"_s << 37 << u"mini"_s << 514 << u"about 514 more cases would likely decide it"_s;
        // 34 of 40 misses 0.9 on counts, but its interval [0.709, 0.929] still reaches it. Its upper bound
        // falls below 0.9 past n = z^2 * 0.9 * 0.1 / 0.05^2 = 138.3: 139 trials, 99 more cases.
        QTest::newRow("a cheaper model is undecided")
            << u"flash"_s << 34 << u"big"_s << 99 << u"flash is cheaper and undecided"_s;
    }

    void closeToTheBar()
    {
        QFETCH(QString, cheaper);
        QFETCH(int, passes);
        QFETCH(QString, primary);
        QFETCH(int, moreCases);
        QFETCH(QString, says);
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.9) });
        const QList<ResultRecord> results
            = routing::answers(u"tickets"_s, 40, { { cheaper, { passes }, 0.001 }, { u"big"_s, { 40 }, 0.01 } });
        const RouteSuggestion suggestion = suggest(ws, results, u"tickets"_s);
        QCOMPARE(suggestion.chain.value(0), primary);
        QCOMPARE(suggestion.confidence, SuggestionConfidence::Close);
        QCOMPARE(suggestion.runnerUp, primary == cheaper ? u"big"_s : cheaper);
        QCOMPARE(suggestion.moreCasesNeeded, moreCases);
        QVERIFY2(suggestion.explanation.contains(says), qPrintable(suggestion.explanation));
    }

    // Repeats add no evidence: the same deterministic answers once and three times give the same
    // intervals, verdicts and suggestions, explanations and cases needed included.
    void repeatsOfDeterministicAnswersChangeNothing_data()
    {
        QTest::addColumn<OptimisationTarget>("target");
        QTest::addColumn<double>("bar");
        QTest::newRow("cheapest-passing 0.9") << OptimisationTarget::CheapestPassing << 0.9;
        QTest::newRow("most-accurate 0.8") << OptimisationTarget::MostAccurate << 0.8;
        QTest::newRow("fastest-passing 0.85") << OptimisationTarget::FastestPassing << 0.85;
    }

    void repeatsOfDeterministicAnswersChangeNothing()
    {
        QFETCH(OptimisationTarget, target);
        QFETCH(double, bar);
        const Workspace ws = workspace({ routing::category(u"tickets"_s, bar, 1.0, target) });
        const auto answersWith = [](int repeats) {
            const auto times = [repeats](int passes) { return QList<int>(repeats, passes); };
            return routing::answers(u"tickets"_s, 40,
                                    { { u"flash"_s, times(34), 0.0005, 100 },
                                      { u"mini"_s, times(37), 0.001, 400 },
                                      { u"small"_s, times(38), 0.002, 300 },
                                      { u"big"_s, times(40), 0.010, 150 } });
        };
        const QList<ResultRecord> once = answersWith(1);
        const QList<ResultRecord> thrice = answersWith(3);
        const RunAnalysis one = analyseRun(ws, once);
        const RunAnalysis three = analyseRun(ws, thrice);
        for (const CellStats& cell : one.cells) {
            const CellStats* other = three.cell(cell.category, cell.modelId);
            QVERIFY(other);
            QCOMPARE(other->trials, 3 * cell.trials);
            QCOMPARE(other->passInterval, cell.passInterval);
            QCOMPARE(other->verdict, cell.verdict);
            QCOMPARE(other->probMeetsBar, cell.probMeetsBar);
        }
        for (const bool paired : { false, true }) {
            const RouteSuggestion a = suggestRoute(ws, one, u"tickets"_s, paired ? once : QList<ResultRecord>());
            const RouteSuggestion b = suggestRoute(ws, three, u"tickets"_s, paired ? thrice : QList<ResultRecord>());
            QCOMPARE(b.explanation, a.explanation);
            QCOMPARE(b.moreCasesNeeded, a.moreCasesNeeded);
            QCOMPARE(b.confidence, a.confidence);
            QCOMPARE(b.chain, a.chain);
            QCOMPARE(b.runnerUp, a.runnerUp);
            QVERIFY(a.evidence && b.evidence);
            QCOMPARE(b.evidence->accuracy, a.evidence->accuracy);
            QCOMPARE(b.evidence->accuracyLow, a.evidence->accuracyLow);
            QCOMPARE(b.evidence->accuracyHigh, a.evidence->accuracyHigh);
            QCOMPARE(b.evidence->probMeetsBar, a.evidence->probMeetsBar);
            QCOMPARE(b.evidence->cases, a.evidence->cases);
            // 120 costs of $0.01 added up are not 40 of them times 3 in the last bit: cost is no evidence.
            QVERIFY(qAbs(b.evidence->costPer1k - a.evidence->costPer1k) < 1e-12);
        }
    }

    // The words of a suggestion name the probability of meeting the bar, and an alternative's cost.
    void explanationSaysHowLikely()
    {
        const Workspace ws = workspace({ routing::category(u"tickets"_s, 0.9) });
        const QList<ResultRecord> results = routing::answers(
            u"tickets"_s, 40, { { u"mini"_s, { 36 }, 0.001 }, { u"flash"_s, { 38 }, 0.0024 } });
        const RouteSuggestion suggestion = suggest(ws, results, u"tickets"_s);
        QCOMPARE(suggestion.chain.value(0), u"mini"_s);
        QCOMPARE(suggestion.confidence, SuggestionConfidence::Close);
        QCOMPARE(suggestion.moreCasesNeeded, 0); // exactly at the bar: no number of cases decides it
        // 36 of 40 at 0.9: 1 - I_0.9(36.5, 4.5) = 0.4711; 38 of 40: 0.8579 (mpmath).
        const QString& text = suggestion.explanation;
        QVERIFY2(text.contains(u"36 of 40 cases passed, 90.0% [76.9-96.0%]; 47% likely to meet it"_s), qPrintable(text));
        QVERIFY2(text.contains(u"exactly the bar"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"10000"_s), qPrintable(text));
        QVERIFY2(text.contains(u"flash: 38 of 40, 86% likely to meet it, costs 2.4x as much"_s), qPrintable(text));
    }

    // lowest-total-cost, bar 0.8, an error priced at $0.05. Posterior-mean error shares (1 - (k + 1/2) / 41):
    //   flash 33/40: 7.5/41 = 0.18293 x 0.05 = $0.0091463 + $0.0005 = $0.0096463
    //   mini  37/40: 3.5/41 = 0.08537 x 0.05 = $0.0042683 + $0.001  = $0.0052683
    //   big   40/40: 0.5/41 = 0.01220 x 0.05 = $0.0006098 + $0.010  = $0.0106098
    // mini is cheapest in total; cheapest-passing would take flash. Without a price, flash.
    void lowestTotalCostPricesErrors()
    {
        Category tickets = routing::category(u"tickets"_s, 0.8, 1.0, OptimisationTarget::LowestTotalCost);
        tickets.errorCostUsd = 0.05;
        const Workspace ws = workspace({ tickets });
        const QList<ResultRecord> results = routing::answers(
            u"tickets"_s, 40,
            { { u"flash"_s, { 33 }, 0.0005 }, { u"mini"_s, { 37 }, 0.001 }, { u"big"_s, { 40 }, 0.01 } });
        const RouteSuggestion suggestion = suggest(ws, results, u"tickets"_s);
        QCOMPARE(suggestion.chain.value(0), u"mini"_s);
        QVERIFY2(suggestion.explanation.contains(u"$5.27 per 1,000 requests, $1.00 API and $4.27 expected errors"_s),
                 qPrintable(suggestion.explanation));
        QCOMPARE(targetKey(OptimisationTarget::LowestTotalCost), u"lowest-total-cost"_s);
        QCOMPARE(targetFromKey(u"lowest-total-cost"_s), OptimisationTarget::LowestTotalCost);
        Workspace unpriced = ws;
        unpriced.categories[0].errorCostUsd.reset();
        QCOMPARE(suggest(unpriced, results, u"tickets"_s).chain.value(0), u"flash"_s);
    }

    void fallbacksFromOtherProvidersFirst()
    {
        Workspace ws = workspace({ routing::category(u"tickets"_s, 0.5) });
        ws.models = { routing::model(u"m1"_s, u"openai"_s), routing::model(u"m2"_s, u"openai"_s),
                      routing::model(u"m3"_s, u"anthropic"_s), routing::model(u"m4"_s, u"gemini"_s),
                      routing::model(u"m5"_s, u"openai"_s) };
        const QList<ResultRecord> results = routing::answers(u"tickets"_s, 10,
                                                             { { u"m1"_s, { 10 }, 0.001 },
                                                               { u"m2"_s, { 10 }, 0.002 },
                                                               { u"m3"_s, { 10 }, 0.003 },
                                                               { u"m4"_s, { 10 }, 0.004 },
                                                               { u"m5"_s, { 0 }, 0.0001 } });
        // m2 is the next cheapest, but of m1's provider; m5 misses the bar; three fallbacks at most.
        QCOMPARE(suggest(ws, results, u"tickets"_s).chain, (QStringList { u"m1"_s, u"m3"_s, u"m4"_s, u"m2"_s }));
    }

    // tickets 0.9 and 60% of traffic, faq 0.7 and 30%: the lowest bar is 0.7. Weighted accuracy:
    // flash (0.6 * 0.5 + 0.3 * 0.6) / 0.9 = 0.533, mini (0.6 * 0.8 + 0.3 * 0.6) / 0.9 = 0.733, small and big 1.
    void defaultChain()
    {
        const Workspace ws
            = workspace({ routing::category(u"tickets"_s, 0.9, 0.6), routing::category(u"faq"_s, 0.7, 0.3) });
        QList<ResultRecord> results = routing::answers(u"tickets"_s, 10,
                                                       { { u"flash"_s, { 5 }, 0.0005 },
                                                         { u"mini"_s, { 8 }, 0.001 },
                                                         { u"small"_s, { 10 }, 0.002 },
                                                         { u"big"_s, { 10 }, 0.01 } });
        results += routing::answers(u"faq"_s, 10,
                                    { { u"flash"_s, { 6 }, 0.0005 },
                                      { u"mini"_s, { 6 }, 0.001 },
                                      { u"small"_s, { 10 }, 0.002 },
                                      { u"big"_s, { 10 }, 0.01 } });
        const RunAnalysis analysis = analyseRun(ws, results);
        QCOMPARE(suggestDefaultChain(ws, analysis), (QStringList { u"mini"_s, u"small"_s, u"big"_s, u"flash"_s }));
        // Raise the lowest bar above mini's 0.733: small is the cheapest left.
        Workspace stricter = ws;
        stricter.categories[1].threshold = 0.75;
        QCOMPARE(suggestDefaultChain(stricter, analyseRun(stricter, results)).value(0), u"small"_s);
    }

    void suggestionsFollowTheWorkspaceOrder()
    {
        const Workspace ws = workspace({ routing::category(u"faq"_s, 0.5), routing::category(u"tickets"_s, 0.5) });
        const QList<RouteSuggestion> suggestions = suggestRoutes(ws, analyseRun(ws, fourModels(u"tickets"_s)));
        QCOMPARE(suggestions.size(), 2);
        QCOMPARE(suggestions.at(0).category, u"faq"_s);
        QCOMPARE(suggestions.at(0).confidence, SuggestionConfidence::NoData);
        QCOMPARE(suggestions.at(1).chain.value(0), u"mini"_s);
    }

    void applyKeepsManualRoutes()
    {
        RoutingMap current;
        current.routes = { Route { u"faq"_s, { u"big"_s }, manualRule, {} },
                           Route { u"tickets"_s, { u"big"_s }, u"most-accurate"_s, {} },
                           Route { u"legal"_s, { u"big"_s }, u"cheapest-passing"_s, {} } };
        RouteSuggestion faq { u"faq"_s, OptimisationTarget::CheapestPassing, { u"mini"_s } };
        RouteSuggestion tickets { u"tickets"_s, OptimisationTarget::CheapestPassing, { u"mini"_s, u"small"_s } };
        RouteSuggestion legal { u"legal"_s, OptimisationTarget::CheapestPassing, {} }; // nothing meets the bar
        RouteSuggestion chat { u"chat"_s, OptimisationTarget::FastestPassing, { u"small"_s } };
        const RoutingMap applied = applySuggestions(current, { faq, tickets, legal, chat }, { u"mini"_s });
        QCOMPARE(applied.routes.size(), 4);
        QCOMPARE(applied.routes.at(0), current.routes.at(0));
        QCOMPARE(applied.routes.at(1).chain, (QStringList { u"mini"_s, u"small"_s }));
        QCOMPARE(applied.routes.at(1).rule, u"cheapest-passing"_s);
        QCOMPARE(applied.routes.at(2), current.routes.at(2));
        QCOMPARE(applied.routes.at(3).category, u"chat"_s);
        QCOMPARE(applied.routes.at(3).rule, u"fastest-passing"_s);
        QCOMPARE(applied.defaultChain, (QStringList { u"mini"_s })); // filled: it was empty
        current.defaultChain = { u"big"_s };
        QCOMPARE(applySuggestions(current, { faq }, { u"mini"_s }).defaultChain, (QStringList { u"big"_s }));
        QCOMPARE(applySuggestions(current, { faq }, {}, true).routes.at(0).chain, (QStringList { u"mini"_s }));
    }

    void evidenceStatus_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("evidenceRun"); // empty: no evidence
        QTest::addColumn<QString>("latestRun");
        QTest::addColumn<EvidenceStatus>("status");
        QTest::newRow("fresh") << u"cheapest-passing"_s << u"r2"_s << u"r2"_s << EvidenceStatus::Fresh;
        QTest::newRow("stale") << u"cheapest-passing"_s << u"r1"_s << u"r2"_s << EvidenceStatus::Stale;
        QTest::newRow("manual") << u"manual"_s << u"r1"_s << u"r2"_s << EvidenceStatus::Manual;
        QTest::newRow("manual without") << u"manual"_s << QString() << u"r2"_s << EvidenceStatus::Manual;
        QTest::newRow("no evidence") << u"most-accurate"_s << QString() << u"r2"_s << EvidenceStatus::NoEvidence;
        QTest::newRow("no runs known") << u"most-accurate"_s << u"r1"_s << QString() << EvidenceStatus::Fresh;
    }

    void evidenceStatus()
    {
        QFETCH(QString, rule);
        QFETCH(QString, evidenceRun);
        QFETCH(QString, latestRun);
        QFETCH(EvidenceStatus, status);
        Route route { u"tickets"_s, { u"mini"_s }, rule, {} };
        if (!evidenceRun.isEmpty())
            route.evidence = RouteEvidence { evidenceRun };
        QCOMPARE(::evidenceStatus(route, latestRun), status);
        QVERIFY(!evidenceStatusDisplayName(status).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRouteSuggestion)
#include "tst_routesuggestion.moc"
