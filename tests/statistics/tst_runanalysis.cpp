// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/runanalysis.h"
#include "statisticsfixtures.h"

#include <QFuture>
#include <QRandomGenerator>
#include <QtConcurrent>
#include <QTest>

using namespace fixtures;

namespace {
const QString alpha = QStringLiteral("alpha");
const QString beta = QStringLiteral("beta");
const QString gammaCat = QStringLiteral("gamma");
const QString m1 = QStringLiteral("m1");
const QString m2 = QStringLiteral("m2");

// Shares 0.3, 0.1 and 0.6; bars 0.8, 0.5, 0.9; 100,000 requests a month.
Workspace workspace()
{
    Workspace ws;
    ws.traffic.monthlyRequests = 100000;
    ws.categories = { category(alpha, 0.8, 0.3), category(beta, 0.5, 0.1), category(gammaCat, 0.9, 0.6) };
    ws.models = { model(m1), model(m2) };
    return ws;
}

// m1 answers alpha (8 of 10 at $0.002 a request) and beta (4 of 10 at $0.004), not gamma.
// m2 answers all three (10 of 10 at $0.001 each).
QList<ResultRecord> results()
{
    QList<ResultRecord> all;
    all << passesOf(beta, m1, 4, 10, 0.004) << passesOf(gammaCat, m2, 10, 10, 0.001)
        << passesOf(alpha, m1, 8, 10, 0.002) << passesOf(alpha, m2, 10, 10, 0.001) << passesOf(beta, m2, 10, 10, 0.001);
    return all;
}
} // namespace

class TestRunAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerStatisticsMetaTypes(); }

    void cellsInWorkspaceOrder()
    {
        const RunAnalysis analysis = analyseRun(workspace(), results());
        QCOMPARE(analysis.runId, QStringLiteral("run-1"));
        QCOMPARE(analysis.categories, (QStringList { alpha, beta, gammaCat }));
        QCOMPARE(analysis.modelIds, (QStringList { m1, m2 }));
        QStringList order;
        for (const CellStats& cell : analysis.cells)
            order.append(cell.category + u'/' + cell.modelId);
        QCOMPARE(order,
                 (QStringList { QStringLiteral("alpha/m1"), QStringLiteral("alpha/m2"), QStringLiteral("beta/m1"),
                                QStringLiteral("beta/m2"), QStringLiteral("gamma/m2") }));
        QCOMPARE(analysis.cell(alpha, m1)->passes, 8);
        QCOMPARE(analysis.cell(alpha, m1)->threshold, 0.8);
        QCOMPARE(analysis.cell(beta, m1)->threshold, 0.5);
        QVERIFY(!analysis.cell(gammaCat, m1));
        QCOMPARE(analysis.cellsOfModel(m1).size(), 2);
        QCOMPARE(analysis.cellsOfCategory(alpha).size(), 2);
    }

    void trafficWeighting()
    {
        const RunAnalysis analysis = analyseRun(workspace(), results());
        // m1: alpha 0.3 and beta 0.1, normalised over the two present: 0.75 and 0.25.
        const ModelAggregate* one = analysis.model(m1);
        QVERIFY(one);
        QCOMPARE(one->categories, 2);
        QVERIFY(qAbs(one->trafficCovered - 0.4) < 1e-12);
        QVERIFY(qAbs(one->accuracy - 0.7) < 1e-12); // 0.75 * 0.8 + 0.25 * 0.4
        QVERIFY(qAbs(one->costPer1kRequests - 2.5) < 1e-9); // 0.75 * $2 + 0.25 * $4
        QVERIFY(qAbs(one->monthlyCostUsd - 250.0) < 1e-6); // $2.5 / 1000 * 100,000
        QCOMPARE(one->trials, 20);
        QCOMPARE(one->passes, 12);
        // m2: all three, weights 0.3, 0.1, 0.6, all perfect at $1/1k.
        const ModelAggregate* two = analysis.model(m2);
        QVERIFY(qAbs(two->accuracy - 1.0) < 1e-12);
        QVERIFY(qAbs(two->costPer1kRequests - 1.0) < 1e-9);
        QVERIFY(qAbs(two->trafficCovered - 1.0) < 1e-12);
        // Lower bound: 0.3 * 10/13.84 + 0.1 * 10/13.84 + 0.6 * 10/13.84 = 0.7224672.
        QVERIFY(qAbs(two->accuracyInterval.lower - 0.7224672001371109) < 1e-12);
        QCOMPARE(two->accuracyInterval.upper, 1.0);
    }

    // A category answered through a batch has no latency: the aggregate weighs only the measured
    // ones, and a model with none has no latency at all rather than 0 ms.
    void aggregateLatencyOverMeasuredCategories()
    {
        QList<ResultRecord> all = results();
        for (ResultRecord& result : all) {
            const bool batched = result.category == alpha || result.modelId == m2;
            result.fromBatch = batched;
            result.latencyMs = batched ? ResultRecord::unmeasuredLatency : 800;
        }
        const RunAnalysis analysis = analyseRun(workspace(), all);
        const ModelAggregate* one = analysis.model(m1);
        QVERIFY(one);
        QVERIFY(one->latencyP95Ms);
        QCOMPARE(*one->latencyP95Ms, 800.0); // beta alone, not 0.75 * 0 + 0.25 * 800
        QCOMPARE(*one->latencyP50Ms, 800.0);
        const ModelAggregate* two = analysis.model(m2);
        QVERIFY(two);
        QVERIFY(!two->latencyP50Ms);
        QVERIFY(!two->latencyP95Ms);
        QVERIFY(!analysis.cell(alpha, m1)->latencyP95Ms);
    }

    void weightsAreEqualWithoutShares()
    {
        Workspace ws = workspace();
        for (Category& category : ws.categories)
            category.trafficShare = 0.0;
        const RunAnalysis analysis = analyseRun(ws, results()); // model() points into it
        const ModelAggregate* one = analysis.model(m1);
        QVERIFY(one);
        QVERIFY(qAbs(one->accuracy - 0.6) < 1e-12); // 0.5 * 0.8 + 0.5 * 0.4
        QVERIFY(qAbs(one->costPer1kRequests - 3.0) < 1e-9);
        QCOMPARE(one->trafficCovered, 0.0);
    }

    void categoriesAndModelsTheWorkspaceLacks()
    {
        QList<ResultRecord> all = passesOf(QStringLiteral("retired"), QStringLiteral("old-model"), 3, 4);
        all << results();
        const RunAnalysis analysis = analyseRun(workspace(), all);
        QCOMPARE(analysis.categories, (QStringList { alpha, beta, gammaCat, QStringLiteral("retired") }));
        QCOMPARE(analysis.modelIds, (QStringList { m1, m2, QStringLiteral("old-model") }));
        const CellStats* retired = analysis.cell(QStringLiteral("retired"), QStringLiteral("old-model"));
        QVERIFY(retired);
        QCOMPARE(retired->threshold, Category {}.threshold);
        // No traffic share: the old model's only category weighs all.
        QCOMPARE(analysis.model(QStringLiteral("old-model"))->accuracy, 0.75);
    }

    void frontiersPerCategory()
    {
        const RunAnalysis analysis = analyseRun(workspace(), results());
        QCOMPARE(analysis.frontiers.size(), 3);
        // In alpha, m2 is cheaper ($1 against $2) and more accurate: m1 is dominated.
        QCOMPARE(analysis.frontier(alpha)->modelIds, QStringList { m2 });
        QCOMPARE(analysis.frontier(gammaCat)->modelIds, QStringList { m2 });
        QVERIFY(!analysis.frontier(QStringLiteral("none")));
    }

    void resultsInAnyOrderGiveTheSameAnalysis()
    {
        QList<ResultRecord> shuffled = results();
        QRandomGenerator random(7);
        for (qsizetype i = shuffled.size() - 1; i > 0; --i)
            shuffled.swapItemsAt(i, random.bounded(i + 1));
        QCOMPARE(analyseRun(workspace(), shuffled), analyseRun(workspace(), results()));
    }

    void noResults()
    {
        const RunAnalysis analysis = analyseRun(workspace(), {});
        QVERIFY(analysis.cells.isEmpty());
        QVERIFY(analysis.categories.isEmpty());
        QVERIFY(analysis.models.isEmpty());
        QVERIFY(!analysis.cell(alpha, m1));
    }

    void crossesThreadsAsAValue()
    {
        const Workspace ws = workspace();
        const QList<ResultRecord> all = results();
        QFuture<RunAnalysis> first = QtConcurrent::run([&] { return analyseRun(ws, all); });
        QFuture<RunAnalysis> second = QtConcurrent::run([&] { return analyseRun(ws, all); });
        const RunAnalysis expected = analyseRun(ws, all);
        QCOMPARE(first.result(), expected);
        QCOMPARE(second.result(), expected);
        const QVariant variant = QVariant::fromValue(expected);
        QCOMPARE(variant.value<RunAnalysis>(), expected);
        QVERIFY(QMetaType::fromName("RunAnalysis").isValid());
    }
};

QTEST_GUILESS_MAIN(TestRunAnalysis)
#include "tst_runanalysis.moc"
