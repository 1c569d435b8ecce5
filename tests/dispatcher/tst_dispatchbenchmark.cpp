// SPDX-License-Identifier: GPL-3.0-or-later
// The classifier answering through the run engine and the sandbox.
#include "dispatchfixture.h"

#include "dispatcher/dispatchbenchmark.h"
#include "results/resultsstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace DispatchFixture;

namespace {
Workspace withClassifier(const QString& model)
{
    Workspace ws = workspace();
    ws.dispatcher->classifier = DispatchClassifier { model, {} };
    return ws;
}

QStringList names(const Workspace& ws)
{
    QStringList result;
    for (const Category& category : ws.categories)
        result.append(category.name);
    return result;
}
} // namespace

class TestDispatchBenchmark : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString database() const { return m_dir.filePath(u"ws.signalbox.dispatcher.db"_s); }

    std::optional<DispatchOutcome> run(const Workspace& ws, const QList<LabelledRequest>& requests)
    {
        DispatchBenchmark benchmark;
        benchmark.setSandboxTimeScale(0.0);
        QSignalSpy finished(&benchmark, &DispatchBenchmark::finished);
        QSignalSpy failed(&benchmark, &DispatchBenchmark::failed);
        if (!benchmark.start(ws, requests, database(), true) || !finished.wait(30000)) {
            qWarning() << "benchmark did not finish:" << failed;
            return std::nullopt;
        }
        return finished.first().at(0).value<DispatchOutcome>();
    }

private Q_SLOTS:
    void databaseBesideTheWorkspace()
    {
        QCOMPARE(dispatcherDatabasePath(u"/w/support.signalbox.yaml"_s), u"/w/support.signalbox.dispatcher.db"_s);
    }

    void sharpClassifierAssignsWhatRulesMiss()
    {
        const Workspace ws = withClassifier(u"sharp"_s);
        const auto outcome = run(ws, trafficFromCases(ws).requests);
        QVERIFY(outcome);
        QVERIFY(!outcome->classifierRunId.isEmpty());
        const DispatchFigures figures = dispatchFigures(outcome->requests, outcome->dispatches, names(ws));
        // a3 and b2 match no rule; a classifier of skill 1 names their own categories.
        QCOMPARE(figures.byClassifier, 2);
        QCOMPARE(figures.count(u"A"_s, u"A"_s), 2);
        QCOMPARE(figures.count(u"B"_s, u"B"_s), 2);
        QCOMPARE(figures.unmatched, 0);
        QCOMPARE(figures.misrouted, 2); // the rules' own misroutes stay
        QCOMPARE(figures.classifierCalls, 2);
        QVERIFY(figures.classifierCostUsd > 0.0);
        QVERIFY(figures.classifierLatencyP50Ms().value_or(0) > 0);
        QCOMPARE(outcome->dispatches.at(2).classifierAnswer, u"A"_s);
        QCOMPARE(outcome->dispatches.at(2).source, Dispatch::Source::Classifier);
    }

    void confusedClassifierNamesAnotherCategory()
    {
        const Workspace ws = withClassifier(u"confused"_s);
        const auto outcome = run(ws, trafficFromCases(ws).requests);
        QVERIFY(outcome);
        const DispatchFigures figures = dispatchFigures(outcome->requests, outcome->dispatches, names(ws));
        QCOMPARE(figures.byClassifier, 2);
        QCOMPARE(figures.misrouted, 4);
        for (const int index : { 2, 4 }) {
            const Dispatch& dispatch = outcome->dispatches.at(index);
            QVERIFY(names(ws).contains(dispatch.category)); // one of the listed categories...
            QVERIFY(dispatch.category != outcome->requests.at(index).category); // ...but not its own
        }
    }

    void answersAreCached()
    {
        const Workspace ws = withClassifier(u"sharp"_s);
        const auto first = run(ws, trafficFromCases(ws).requests);
        const auto second = run(ws, trafficFromCases(ws).requests);
        QVERIFY(first && second);
        QCOMPARE(second->dispatches, first->dispatches);
        ResultsStore store;
        QVERIFY(store.open(database()));
        const auto results = store.results(second->classifierRunId);
        QVERIFY(results && results->size() == 2);
        for (const ResultRecord& result : *results)
            QVERIFY(result.cached);
    }

    void withoutClassifierOrUnmatchedNoCallIsMade()
    {
        const Workspace ws = workspace();
        const auto outcome = run(ws, trafficFromCases(ws).requests);
        QVERIFY(outcome);
        QVERIFY(outcome->classifierRunId.isEmpty());
        QCOMPARE(outcome->dispatches.at(2).category, u"default"_s);
        QCOMPARE(outcome->dispatches.at(2).source, Dispatch::Source::Default);
    }

    void refusesWhatCannotRun()
    {
        DispatchBenchmark benchmark;
        QSignalSpy failed(&benchmark, &DispatchBenchmark::failed);
        Workspace ws = workspace();
        ws.dispatcher.reset();
        QVERIFY(!benchmark.start(ws, trafficFromCases(ws).requests, database(), true));
        ws = withClassifier(u"missing-model"_s);
        QVERIFY(!benchmark.start(ws, trafficFromCases(ws).requests, database(), true));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(u"missing-model"_s));
        QVERIFY(!benchmark.isRunning());
    }

    void cancels()
    {
        Workspace ws = withClassifier(u"sharp"_s);
        ws.models[3].simulation->latencyMs = 5000; // slow enough to cancel in flight
        DispatchBenchmark benchmark;
        QSignalSpy cancelled(&benchmark, &DispatchBenchmark::cancelled);
        QSignalSpy finished(&benchmark, &DispatchBenchmark::finished);
        QTemporaryDir dir;
        QVERIFY(benchmark.start(ws, trafficFromCases(ws).requests, dir.filePath(u"c.db"_s), true));
        benchmark.cancel();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(finished.size(), 0);
        QVERIFY(!benchmark.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDispatchBenchmark)
#include "tst_dispatchbenchmark.moc"
