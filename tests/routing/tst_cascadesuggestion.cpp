// SPDX-License-Identifier: GPL-3.0-or-later
// When the cheapest-passing and lowest-total-cost targets suggest a cascade instead of a single model,
// on ten hand-made cases whose figures are worked out below.
#include "routing/cascadesuggestion.h"
#include "statistics/runanalysis.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// Ten cases c01..c10 of "extract":
//   cheap ($0.0001, 100 ms): JSON and right on c01-c06, JSON but wrong on c07, prose on c08-c10.
//   mid   ($0.0010, 300 ms): right but on c07 and c10: 8 of 10, exactly the 0.8 bar.
//   big   ($0.0050, 900 ms): right on all ten.
// The cheapest single model meeting the bar is mid, at $1.00 per 1,000 requests.
// cheap -> mid escalating on is-json: c01-c07 stand (6 right), c08-c10 go to mid (c08, c09 right):
//   8 of 10; cost 10 x 0.0001 + 3 x 0.0010 = 0.004 for 10 requests, $0.40 per 1,000; 30% escalate;
//   latencies 100 x 7 and 400 x 3: p50 100 ms, p95 400 ms.
// cheap -> big: 9 of 10 at 10 x 0.0001 + 3 x 0.0050 = 0.016, $1.60 per 1,000: dearer than mid.
ResultRecord answer(int index, const QString& model)
{
    ResultRecord record;
    record.runId = u"2026-11-20T10-00-00"_s;
    record.category = u"extract"_s;
    record.caseId = u"c%1"_s.arg(index, 2, 10, QLatin1Char('0'));
    record.modelId = model;
    if (model == u"cheap") {
        record.output = index <= 7 ? u"{\"id\": %1}"_s.arg(index) : u"The id is %1."_s.arg(index);
        record.pass = index <= 6;
        record.costUsd = 0.0001;
        record.latencyMs = 100;
    } else if (model == u"mid") {
        record.output = u"{\"id\": %1}"_s.arg(index);
        record.pass = index != 7 && index != 10;
        record.costUsd = 0.001;
        record.latencyMs = 300;
    } else {
        record.output = u"{\"id\": %1}"_s.arg(index);
        record.pass = true;
        record.costUsd = 0.005;
        record.latencyMs = 900;
    }
    record.score = record.pass ? 1.0 : 0.0;
    return record;
}

QList<ResultRecord> run()
{
    QList<ResultRecord> results;
    for (const QString& model : { u"cheap"_s, u"mid"_s, u"big"_s }) {
        for (int index = 1; index <= 10; ++index)
            results.append(answer(index, model));
    }
    return results;
}

Workspace workspace(OptimisationTarget target, const QList<ScorerSpec>& scorers, std::optional<double> errorCost = {})
{
    Workspace workspace;
    for (const QString& id : { u"cheap"_s, u"mid"_s, u"big"_s })
        workspace.models.append(ModelSpec { id, u"p-"_s + id, id });
    Category category;
    category.name = u"extract"_s;
    category.threshold = 0.8;
    category.target = target;
    category.errorCostUsd = errorCost;
    category.scorers = scorers;
    for (int index = 1; index <= 10; ++index) {
        TestCase testCase;
        testCase.id = u"c%1"_s.arg(index, 2, 10, QLatin1Char('0'));
        testCase.prompt = u"email %1"_s.arg(index);
        testCase.expected = u"{\"id\": %1}"_s.arg(index);
        category.cases.append(testCase);
    }
    workspace.categories.append(category);
    return workspace;
}

const QList<ScorerSpec> jsonScorers { ScorerSpec { u"is-json"_s }, ScorerSpec { u"equals"_s } };
} // namespace

class tst_CascadeSuggestion : public QObject
{
    Q_OBJECT

private slots:
    void cheapestPassingSuggestsTheCheaperCascade()
    {
        const Workspace ws = workspace(OptimisationTarget::CheapestPassing, jsonScorers);
        const QList<ResultRecord> results = run();
        const RunAnalysis analysis = analyseRun(ws, results);
        const RouteSuggestion suggestion = suggestRoute(ws, analysis, u"extract"_s, results);
        QCOMPARE(suggestion.chain, (QStringList { u"cheap"_s, u"mid"_s }));
        QVERIFY(suggestion.cascadeCheck);
        QCOMPARE(suggestion.cascadeCheck->type, u"is-json"_s);
        QVERIFY(suggestion.evidence);
        QCOMPARE(suggestion.evidence->accuracy, 0.8);
        QCOMPARE(suggestion.evidence->costPer1k, 1000.0 * 0.004 / 10);
        QCOMPARE(suggestion.evidence->latencyP95Ms.value_or(-1.0), 400.0);
        QCOMPARE(suggestion.evidence->cases, 10);
        QVERIFY(suggestion.evidence->runnerUp);
        QCOMPARE(suggestion.evidence->runnerUp->model, u"mid"_s);
        QCOMPARE(suggestion.evidence->runnerUp->costPer1k, 1.0);
        QCOMPARE(suggestion.runnerUp, u"mid"_s);
        // 8 of 10 on a 0.8 bar: the interval reaches below it.
        QCOMPARE(suggestion.confidence, SuggestionConfidence::Close);
        QVERIFY2(suggestion.explanation.contains(u"30% escalate"_s), qPrintable(suggestion.explanation));
        const Route route = suggestion.toRoute();
        QCOMPARE(route.cascadeCheck, suggestion.cascadeCheck);
        QCOMPARE(route.rule, u"cheapest-passing"_s);
    }

    void candidatesAreSimulatedExactly()
    {
        const Workspace ws = workspace(OptimisationTarget::CheapestPassing, jsonScorers);
        const QList<ResultRecord> results = run();
        const RunAnalysis analysis = analyseRun(ws, results);
        RouteSuggestion single;
        single.category = u"extract"_s;
        single.chain = { u"mid"_s, u"big"_s };
        const QList<CascadeCell> candidates = cascadeCandidates(ws, analysis, u"extract"_s, results, single);
        QCOMPARE(candidates.size(), 2); // cheap -> mid (the single winner), cheap -> big (the most accurate)
        const CascadeFigures& toMid = candidates.at(0).figures;
        QCOMPARE(toMid.chain, (QStringList { u"cheap"_s, u"mid"_s }));
        QCOMPARE(toMid.passes, 8);
        QCOMPARE(toMid.requests, 10);
        QCOMPARE(toMid.reached, (QList<int> { 10, 3 }));
        QCOMPARE(toMid.latencyP50Ms.value_or(-1), 100);
        QCOMPARE(toMid.latencyP95Ms.value_or(-1), 400);
        QCOMPARE(candidates.at(0).cell.modelId, u"cascade:cheap>mid"_s);
        QCOMPARE(candidates.at(0).cell.casePasses, 8.0);
        const CascadeFigures& toBig = candidates.at(1).figures;
        QCOMPARE(toBig.chain, (QStringList { u"cheap"_s, u"big"_s }));
        QCOMPARE(toBig.passes, 9);
        QCOMPARE(toBig.costPer1kUsd, 1000.0 * 0.016 / 10);
    }

    void targets_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<double>("errorCost");
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<bool>("cascade");
        // Expected totals per request, API cost + (1 - (passes + 1/2) / (cases + 1)) x error cost:
        // at $0.001 an error, mid 0.001 + 2.5/11 x 0.001 = 0.001227, cheap -> mid 0.0004 + 0.000227 =
        // 0.000627: the cascade. At $1, big 0.005 + 0.5/11 = 0.0505 beats cheap -> big 0.0016 + 1.5/11.
        QTest::newRow("lowest total, cheap errors") << int(OptimisationTarget::LowestTotalCost) << 0.001
                                                    << QStringList { u"cheap"_s, u"mid"_s } << true;
        QTest::newRow("lowest total, dear errors")
            << int(OptimisationTarget::LowestTotalCost) << 1.0 << QStringList { u"big"_s } << false;
        QTest::newRow("most accurate") << int(OptimisationTarget::MostAccurate) << 0.0 << QStringList { u"big"_s }
                                       << false;
    }

    void targets()
    {
        QFETCH(int, target);
        QFETCH(double, errorCost);
        QFETCH(QStringList, chain);
        QFETCH(bool, cascade);
        const Workspace ws = workspace(OptimisationTarget(target), jsonScorers,
                                       errorCost > 0 ? std::optional<double>(errorCost) : std::nullopt);
        const QList<ResultRecord> results = run();
        const RouteSuggestion suggestion = suggestRoute(ws, analyseRun(ws, results), u"extract"_s, results);
        QCOMPARE(suggestion.cascadeCheck.has_value(), cascade);
        QCOMPARE(suggestion.chain.mid(0, chain.size()), chain);
    }

    // Without a check the cases share that needs no expected output, only a cascade the map already
    // has is a candidate.
    void checksComeFromTheCasesOrTheMap()
    {
        Workspace ws = workspace(OptimisationTarget::CheapestPassing, { ScorerSpec { u"equals"_s } });
        const QList<ResultRecord> results = run();
        RouteSuggestion suggestion = suggestRoute(ws, analyseRun(ws, results), u"extract"_s, results);
        QVERIFY(!suggestion.cascadeCheck);
        QCOMPARE(suggestion.chain.value(0), u"mid"_s);

        Route route;
        route.category = u"extract"_s;
        route.chain = { u"cheap"_s, u"mid"_s };
        route.rule = u"manual"_s;
        route.cascadeCheck = ScorerSpec { u"contains-json"_s };
        ws.routing.routes.append(route);
        suggestion = suggestRoute(ws, analyseRun(ws, results), u"extract"_s, results);
        QVERIFY(suggestion.cascadeCheck);
        QCOMPARE(suggestion.cascadeCheck->type, u"contains-json"_s);
    }

    // A case with a check of its own that the others lack gives no shared check.
    void aCheckOneCaseLacksIsNoCandidate()
    {
        Workspace ws = workspace(OptimisationTarget::CheapestPassing, jsonScorers);
        ws.categories[0].cases[3].scorers = { ScorerSpec { u"equals"_s } };
        const QList<ResultRecord> results = run();
        const RouteSuggestion suggestion = suggestRoute(ws, analyseRun(ws, results), u"extract"_s, results);
        QVERIFY(!suggestion.cascadeCheck);
    }

    // Without the per-case results there is nothing to simulate.
    void noResultsNoCascade()
    {
        const Workspace ws = workspace(OptimisationTarget::CheapestPassing, jsonScorers);
        const QList<ResultRecord> results = run();
        const RouteSuggestion suggestion = suggestRoute(ws, analyseRun(ws, results), u"extract"_s);
        QVERIFY(!suggestion.cascadeCheck);
        QCOMPARE(suggestion.chain.value(0), u"mid"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CascadeSuggestion)
#include "tst_cascadesuggestion.moc"
