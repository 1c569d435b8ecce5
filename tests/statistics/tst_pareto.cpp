// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/pareto.h"
#include "statisticsfixtures.h"

#include <QTest>

using namespace fixtures;

namespace {
const QString cat = QStringLiteral("billing");

// A cell of k passes in n trials at the given model cost per request.
CellStats point(const char* modelId, int k, int n, double costUsdEach)
{
    return cellStats(passesOf(cat, QString::fromLatin1(modelId), k, n, costUsdEach), 0.9);
}
} // namespace

class TestPareto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frontierWithTiesAndDominatedPoints()
    {
        const QList<CellStats> cells {
            point("e", 9, 10, 0.005), // $5/1k, 90%: the most accurate
            point("c", 7, 10, 0.002), // dominated by b: same cost, less accurate
            point("a", 6, 10, 0.001), // $1/1k, 60%
            point("d", 8, 10, 0.003), // dominated by b: dearer, equally accurate
            point("f", 6, 10, 0.001), // identical to a: neither dominates, both stay
            point("b", 8, 10, 0.002), // $2/1k, 80%
            point("h", 4, 5, 0.006), // 4/5 equals 8/10 on counts: dominated by b
            point("i", 18, 20, 0.006), // 18/20 equals e's 9/10 at a higher cost: dominated by e
            point("g", 3, 10, 0.0005), // the cheapest: on the frontier however inaccurate
        };
        const CategoryFrontier frontier = paretoFrontier(cat, cells);
        QCOMPARE(frontier.category, cat);
        // Sorted by cost; a and f tie on cost and accuracy and follow by id.
        QCOMPARE(frontier.modelIds,
                 (QStringList { QStringLiteral("g"), QStringLiteral("a"), QStringLiteral("f"), QStringLiteral("b"),
                                QStringLiteral("e") }));
    }

    void equalCostMoreAccurateComesFirst()
    {
        // Both free: the more accurate dominates the other, which leaves the frontier.
        const QList<CellStats> cells { point("x", 5, 10, 0.0), point("y", 7, 10, 0.0) };
        QCOMPARE(paretoFrontier(cat, cells).modelIds, QStringList { QStringLiteral("y") });
    }

    void oneDominatesAll()
    {
        const QList<CellStats> cells { point("dear", 5, 10, 0.01), point("best", 10, 10, 0.001),
                                       point("mid", 9, 10, 0.002) };
        QCOMPARE(paretoFrontier(cat, cells).modelIds, QStringList { QStringLiteral("best") });
    }

    void cellsWithoutTrialsAreLeftOut()
    {
        CellStats empty = cellStats({}, 0.9);
        empty.modelId = QStringLiteral("nothing");
        const QList<CellStats> cells { empty, point("some", 1, 10, 0.001) };
        QCOMPARE(paretoFrontier(cat, cells).modelIds, QStringList { QStringLiteral("some") });
        QVERIFY(paretoFrontier(cat, {}).modelIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPareto)
#include "tst_pareto.moc"
