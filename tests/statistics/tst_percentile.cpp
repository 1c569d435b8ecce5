// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/percentile.h"

#include <QTest>

// Nearest rank: the value at rank ceil(p / 100 * N) of the sorted values.
class TestPercentile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("percent");
        QTest::addColumn<qint64>("expected");
        const QList<qint64> four { 40, 10, 30, 20 };
        QTest::newRow("p50 of 4: rank 2") << four << 50 << qint64(20);
        QTest::newRow("p95 of 4: rank ceil(3.8) = 4") << four << 95 << qint64(40);
        QTest::newRow("p75 of 4: rank 3") << four << 75 << qint64(30);
        QTest::newRow("p0 is the minimum") << four << 0 << qint64(10);
        QTest::newRow("p100 is the maximum") << four << 100 << qint64(40);
        QList<qint64> twenty;
        for (qint64 v = 20; v >= 1; --v)
            twenty.append(v * 100);
        // 0.95 * 20 = 19 exactly: rank 19, not 20 (in doubles 0.95 * 20 may round either way).
        QTest::newRow("p95 of 20: rank 19") << twenty << 95 << qint64(1900);
        QTest::newRow("p50 of 20: rank 10") << twenty << 50 << qint64(1000);
        QTest::newRow("p50 of 5: rank ceil(2.5) = 3") << QList<qint64> { 5, 1, 4, 2, 3 } << 50 << qint64(3);
        QTest::newRow("one value") << QList<qint64> { 7 } << 95 << qint64(7);
        QTest::newRow("ties") << QList<qint64> { 3, 3, 3, 9 } << 50 << qint64(3);
        QTest::newRow("empty") << QList<qint64> {} << 50 << qint64(0);
    }

    void nearestRank()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, percent);
        QFETCH(qint64, expected);
        QCOMPARE(nearestRankPercentile(values, percent), expected);
    }
};

QTEST_GUILESS_MAIN(TestPercentile)
#include "tst_percentile.moc"
