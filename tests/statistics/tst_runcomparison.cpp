// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/runcomparison.h"
#include "statisticsfixtures.h"

#include <QTest>

using namespace fixtures;

namespace {
const QString cat = QStringLiteral("billing");
const QString mod = QStringLiteral("model-a");

Workspace workspace()
{
    Workspace ws;
    ws.categories = { category(cat, 0.9, 1.0) };
    ws.models = { model(mod) };
    return ws;
}

// Cases c0..c39, passing exactly those listed, at the given model cost a request.
QList<ResultRecord> run(const QString& runId, const QList<int>& passing, double costUsdEach = 0.001)
{
    QList<ResultRecord> records = passesOf(cat, mod, 0, 40, costUsdEach);
    for (ResultRecord& record : records) {
        record.runId = runId;
        record.pass = passing.contains(record.caseId.mid(1).toInt());
    }
    return records;
}

QList<int> range(int from, int to) // [from, to)
{
    QList<int> values;
    for (int i = from; i < to; ++i)
        values.append(i);
    return values;
}
} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void regression_data()
    {
        QTest::addColumn<QList<int>>("before");
        QTest::addColumn<QList<int>>("after");
        QTest::addColumn<bool>("regression");
        QTest::addColumn<bool>("improvement");
        // 40/40 [0.912, 1] to 20/40 [0.352, 0.648]: the intervals part.
        QTest::newRow("intervals part") << range(0, 40) << range(0, 20) << true << false;
        // 30/40 [0.598, 0.858] to 24/40 [0.446, 0.737]: the intervals overlap, but six cases passed
        // before and fail now and none the other way: McNemar p = 2 * 1/64 = 0.03125 < 0.05.
        QTest::newRow("McNemar on shared cases") << range(0, 30) << range(0, 24) << true << false;
        // 30/40 to 28/40 [0.546, 0.819]: 3 lost (c27..c29), 1 gained (c35): p = 2 * (1 + 4) / 16 = 0.625.
        QTest::newRow("a drop within chance") << range(0, 30) << (range(0, 27) << 35) << false << false;
        QTest::newRow("no change") << range(0, 30) << range(0, 30) << false << false;
        // 20/40 to 40/40: the mirror image of the first row.
        QTest::newRow("improvement") << range(0, 20) << range(0, 40) << false << true;
    }

    void regression()
    {
        QFETCH(QList<int>, before);
        QFETCH(QList<int>, after);
        QFETCH(bool, regression);
        QFETCH(bool, improvement);
        const RunComparison comparison
            = compareRuns(workspace(), run(QStringLiteral("base"), before), run(QStringLiteral("now"), after));
        QCOMPARE(comparison.changes.size(), 1);
        const CellChange& change = comparison.changes.constFirst();
        QCOMPARE(change.regression, regression);
        QCOMPARE(change.improvement, improvement);
        QCOMPARE(comparison.regressionCount(), regression ? 1 : 0);
        QCOMPARE(comparison.improvementCount(), improvement ? 1 : 0);
        QCOMPARE(change.shared.pairs(), 40);
        QVERIFY(qAbs(change.accuracyChange - (after.size() - before.size()) / 40.0) < 1e-12);
    }

    void mcnemarCountsOfTheSharedCases()
    {
        const RunComparison comparison = compareRuns(workspace(), run(QStringLiteral("base"), range(0, 30)),
                                                     run(QStringLiteral("now"), range(0, 24)));
        const CellChange& change = comparison.changes.constFirst();
        QCOMPARE(change.shared.onlyFirst, 6); // c24..c29 passed before only
        QCOMPARE(change.shared.onlySecond, 0);
        QCOMPARE(change.pValue(), 0.03125);
        QCOMPARE(comparison.baselineRunId, QStringLiteral("base"));
        QCOMPARE(comparison.currentRunId, QStringLiteral("now"));
    }

    void dropOnOtherCasesNeedsThePartingIntervals()
    {
        // The current run answered other cases (d0..d39): nothing to pair, and 30/40 against 24/40
        // overlap, so the same drop as above is no regression.
        QList<ResultRecord> now = run(QStringLiteral("now"), range(0, 24));
        for (ResultRecord& record : now)
            record.caseId.replace(0, 1, u'd');
        const RunComparison comparison = compareRuns(workspace(), run(QStringLiteral("base"), range(0, 30)), now);
        QCOMPARE(comparison.changes.constFirst().shared.pairs(), 0);
        QVERIFY(!comparison.changes.constFirst().regression);
    }

    void costChange()
    {
        const RunComparison comparison = compareRuns(workspace(), run(QStringLiteral("base"), range(0, 30), 0.002),
                                                     run(QStringLiteral("now"), range(0, 30), 0.0005));
        QVERIFY(qAbs(comparison.changes.constFirst().costPer1kChange - -1.5) < 1e-9); // $0.50 - $2.00
    }

    void cellsOnlyInOneRun()
    {
        QList<ResultRecord> before = run(QStringLiteral("base"), range(0, 30));
        before << passesOf(QStringLiteral("retired"), mod, 1, 2);
        QList<ResultRecord> after = run(QStringLiteral("now"), range(0, 30));
        after << passesOf(cat, QStringLiteral("model-new"), 1, 2);
        const RunComparison comparison = compareRuns(workspace(), before, after);
        QCOMPARE(comparison.changes.size(), 1);
        QCOMPARE(comparison.onlyInBaseline, (QList<CellKey> { { QStringLiteral("retired"), mod } }));
        QCOMPARE(comparison.onlyInCurrent, (QList<CellKey> { { cat, QStringLiteral("model-new") } }));
    }
};

QTEST_GUILESS_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
