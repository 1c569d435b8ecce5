// SPDX-License-Identifier: GPL-3.0-or-later
// Confusion matrix, rates and end-to-end figures, checked against sums done by hand.
#include "dispatchfixture.h"

#include "dispatcher/dispatchbenchmark.h"
#include "dispatcher/endtoend.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace DispatchFixture;

namespace {
const QStringList categories { u"A"_s, u"B"_s, u"C"_s };

// mA never answered c1 and mB never answered c1; mD answered everything.
QList<ResultRecord> runResults()
{
    return {
        result(u"A"_s, u"a1"_s, u"mA"_s, true, 0.001),  result(u"A"_s, u"a2"_s, u"mA"_s, true, 0.001),
        result(u"A"_s, u"a3"_s, u"mA"_s, false, 0.001), result(u"B"_s, u"b1"_s, u"mA"_s, false, 0.001),
        result(u"B"_s, u"b2"_s, u"mA"_s, true, 0.001),

        result(u"A"_s, u"a1"_s, u"mB"_s, false, 0.01),  result(u"A"_s, u"a2"_s, u"mB"_s, false, 0.01, u"B-ish answer"_s),
        result(u"A"_s, u"a3"_s, u"mB"_s, true, 0.01),   result(u"B"_s, u"b1"_s, u"mB"_s, true, 0.01),
        result(u"B"_s, u"b2"_s, u"mB"_s, true, 0.01),

        result(u"A"_s, u"a1"_s, u"mD"_s, true, 0.002),  result(u"A"_s, u"a2"_s, u"mD"_s, true, 0.002),
        result(u"A"_s, u"a3"_s, u"mD"_s, false, 0.002), result(u"B"_s, u"b1"_s, u"mD"_s, true, 0.002),
        result(u"B"_s, u"b2"_s, u"mD"_s, false, 0.002), result(u"C"_s, u"c1"_s, u"mD"_s, false, 0.002),
    };
}

struct Benchmarked {
    QList<LabelledRequest> requests;
    QList<Dispatch> dispatches;
};

// The rules, and a classifier that was asked about b2 and answered nothing usable.
Benchmarked benchmarked()
{
    const Workspace ws = workspace();
    Benchmarked done { trafficFromCases(ws).requests, {} };
    done.dispatches = dispatchByRules(*ws.dispatcher, done.requests);
    Dispatch& b2 = done.dispatches[4];
    b2.classifierAnswer = u"no idea"_s;
    b2.classifierUnreadable = true;
    b2.classifierCostUsd = 0.001;
    b2.classifierLatencyMs = 300;
    return done;
}
} // namespace

class TestDispatchFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void confusionByHand()
    {
        const Benchmarked done = benchmarked();
        QCOMPARE(done.requests.size(), 6);
        const DispatchFigures figures = dispatchFigures(done.requests, done.dispatches, categories);
        QCOMPARE(figures.labels, (QStringList { u"A"_s, u"B"_s, u"C"_s, u"default"_s }));
        QCOMPARE(figures.count(u"A"_s, u"A"_s), 1);
        QCOMPARE(figures.count(u"A"_s, u"B"_s), 1); // a2: "refund" fires the B rule first
        QCOMPARE(figures.count(u"A"_s, u"default"_s), 1);
        QCOMPARE(figures.count(u"B"_s, u"B"_s), 1);
        QCOMPARE(figures.count(u"B"_s, u"default"_s), 1);
        QCOMPARE(figures.count(u"C"_s, u"A"_s), 1);
        QCOMPARE(figures.count(u"C"_s, u"C"_s), 0);
        QCOMPARE(figures.requests, 6);
        QCOMPARE(figures.right, 2);
        QCOMPARE(figures.misrouted, 2);
        QCOMPARE(figures.unmatched, 2);
        QCOMPARE(figures.byRule, 4);
        QCOMPARE(figures.byClassifier, 0);
        QCOMPARE(figures.misrouteRate(), 2.0 / 6);
        QCOMPARE(figures.unmatchedRate(), 2.0 / 6);
        QCOMPARE(figures.precision.value(u"A"_s), std::optional<double>(0.5)); // a1 right, c1 wrong
        QCOMPARE(figures.precision.value(u"B"_s), std::optional<double>(0.5)); // b1 right, a2 wrong
        QVERIFY(!figures.precision.value(u"C"_s)); // never predicted
        QCOMPARE(figures.recall.value(u"A"_s), std::optional<double>(1.0 / 3));
        QCOMPARE(figures.recall.value(u"B"_s), std::optional<double>(0.5));
        QCOMPARE(figures.recall.value(u"C"_s), std::optional<double>(0.0));
        QCOMPARE(figures.misroutes.size(), 2);
        QCOMPARE(figures.misroutes.at(0).request.id, u"a2"_s);
        QCOMPARE(figures.misroutes.at(0).dispatch.rule, 0);
        QCOMPARE(figures.misroutes.at(1).request.id, u"c1"_s);
        QCOMPARE(figures.misroutes.at(1).index, 5);
        QCOMPARE(figures.classifierCalls, 1);
        QCOMPARE(figures.classifierUnreadable, 1);
        QCOMPARE(figures.classifierCostPer1k(), 0.001 / 6 * 1000);
        QCOMPARE(figures.classifierLatencyP50Ms(), std::optional<qint64>(300));
    }

    void endToEndByHand()
    {
        const Benchmarked done = benchmarked();
        const EndToEndFigures e2e = endToEndFigures(workspace(), done.requests, done.dispatches, runResults());
        QCOMPARE(e2e.runId, u"run-1"_s);
        // a1 -> mA pass .001; a2 -> mB fail .01; a3 -> mD fail .002; b1 -> mB pass .01;
        // b2 -> mD fail .002 + .001 classifier; c1 -> mA, which never answered it.
        QCOMPARE(e2e.deployed.cases, 5);
        QCOMPARE(e2e.deployed.notEvaluated, 1);
        QCOMPARE(*e2e.deployed.passRate(), 2.0 / 5);
        QVERIFY(qFuzzyCompare(*e2e.deployed.costPer1k(), 0.026 / 5 * 1000));
        // Each to its own route: a1-a3 mA (pass, pass, fail) .001 each; b1, b2 mB pass .01 each;
        // c1 has no route: the default's mD, fail .002.
        QCOMPARE(e2e.perfect.cases, 6);
        QCOMPARE(*e2e.perfect.passRate(), 4.0 / 6);
        QVERIFY(qFuzzyCompare(*e2e.perfect.costPer1k(), 0.025 / 6 * 1000));
        // Only mD answered all six: 3 of 6 passed, .012.
        QCOMPARE(e2e.bestSingle.model, u"mD"_s);
        QCOMPARE(e2e.bestSingle.cases, 6);
        QCOMPARE(*e2e.bestSingle.passRate(), 0.5);
        QVERIFY(qFuzzyCompare(*e2e.bestSingle.costPer1k(), 2.0));
        // On the five cases scored both ways: 2 against 4 passes, .026 against .023.
        QCOMPARE(e2e.comparedCases, 5);
        QVERIFY(qFuzzyCompare(e2e.passRateLoss, 0.4));
        QVERIFY(qFuzzyCompare(e2e.costChangePer1k, 0.6));
        // A (share .5): 3 cases, 1 against 2 passes, .013 against .003; B (share .3): 2 cases,
        // 1 against 2 passes, .013 against .02. At 10,000 requests a month:
        QVERIFY(qFuzzyCompare(*e2e.monthlyCostChangeUsd, 10000 * (0.5 * 0.010 / 3 + 0.3 * -0.007 / 2)));
        QVERIFY(qFuzzyCompare(*e2e.monthlyLostPasses, 10000 * (0.5 / 3 + 0.3 / 2)));
        // What the wrong model answered to the misrouted a2.
        const DispatchedCaseOutcome& a2 = e2e.outcomes.at(1);
        QCOMPARE(a2.deployedModel, u"mB"_s);
        QCOMPARE(a2.deployedPass, std::optional<double>(0.0));
        QCOMPARE(a2.deployedAnswer, u"B-ish answer"_s);
        QCOMPARE(a2.perfectModel, u"mA"_s);
        QVERIFY(!e2e.outcomes.at(5).deployedPass);
    }

    void repeatsAndFailuresAreNotGuessed()
    {
        const Benchmarked done = benchmarked();
        QList<ResultRecord> results { result(u"A"_s, u"a1"_s, u"mA"_s, true, 0.001),
                                      result(u"A"_s, u"a1"_s, u"mA"_s, false, 0.003) };
        results[1].repeat = 1;
        ResultRecord failed = result(u"B"_s, u"b1"_s, u"mB"_s, false, 0.0);
        failed.score.reset(); // the call failed: no verdict
        failed.errorKind = u"fatal"_s;
        results.append(failed);
        const EndToEndFigures e2e = endToEndFigures(workspace(), done.requests, done.dispatches, results);
        QCOMPARE(e2e.deployed.cases, 1);
        QCOMPARE(e2e.deployed.notEvaluated, 5);
        QCOMPARE(*e2e.deployed.passRate(), 0.5); // one of two repeats
        QVERIFY(qFuzzyCompare(*e2e.deployed.costPer1k(), 2.0));
        QCOMPARE(e2e.comparedCases, 1);
        QCOMPARE(e2e.passRateLoss, 0.0);

        Workspace noTraffic = workspace();
        noTraffic.traffic = {};
        QVERIFY(!endToEndFigures(noTraffic, done.requests, done.dispatches, results).monthlyCostChangeUsd);
        QCOMPARE(endToEndFigures(workspace(), done.requests, done.dispatches, {}).deployed.cases, 0);
    }

    void sampleLinesFindTheirCases()
    {
        const QByteArray sample = "{\"input\": \"refund please\", \"category\": \"B\"}\n"
                                  "\n"
                                  "{\"id\": \"q2\", \"input\": \"something new\", \"category\": \"default\"}\n"
                                  "{\"input\": \"x\", \"category\": \"b\"}\n"
                                  "{\"input\": 3, \"category\": \"A\"}\n"
                                  "not json\n";
        const LabelledTraffic traffic = parseLabelledSample(sample, u"traffic.jsonl"_s, workspace());
        QCOMPARE(traffic.requests.size(), 2);
        QCOMPARE(traffic.requests.at(0).id, u"line-1"_s);
        QCOMPARE(traffic.requests.at(0).caseId, u"b1"_s);
        QCOMPARE(traffic.requests.at(1).id, u"q2"_s);
        QVERIFY(traffic.requests.at(1).caseId.isEmpty());
        QCOMPARE(traffic.errors.size(), 3);
        QCOMPARE(traffic.errors.at(0).line, 4);
        QVERIFY2(traffic.errors.at(0).message.contains(u"(did you mean 'B'?)"_s), qPrintable(traffic.errors.at(0).message));
        QCOMPARE(traffic.errors.at(1).line, 5);
        QVERIFY(traffic.errors.at(1).message.contains(u"\"input\""_s));
        QCOMPARE(traffic.errors.at(2).line, 6);
        QVERIFY(traffic.errors.at(2).message.startsWith(u"not valid JSON"_s));
        QCOMPARE(parseLabelledSample("\n", u"t.jsonl"_s, workspace()).errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDispatchFigures)
#include "tst_dispatchfigures.moc"
