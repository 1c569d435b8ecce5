// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/mcnemar.h"
#include "statisticsfixtures.h"

#include <QTest>

using namespace fixtures;

class TestMcNemar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactP_data()
    {
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("c");
        QTest::addColumn<double>("p");
        // p = min(1, 2 * sum_{i <= min(b, c)} C(b + c, i) / 2^(b + c))
        QTest::newRow("b=0 c=6") << qint64(0) << qint64(6) << 0.03125; // 2 * 1/64
        QTest::newRow("b=3 c=3") << qint64(3) << qint64(3) << 1.0; // 2 * (1+6+15+20)/64 = 84/64, capped
        QTest::newRow("b=1 c=8") << qint64(1) << qint64(8) << 0.0390625; // 2 * (1+9)/512 = 20/512
        QTest::newRow("b=8 c=1") << qint64(8) << qint64(1) << 0.0390625; // two-sided: symmetric
        QTest::newRow("b=10 c=0") << qint64(10) << qint64(0) << 0.001953125; // 2/1024
        QTest::newRow("b=0 c=1") << qint64(0) << qint64(1) << 1.0; // 2 * 1/2
        QTest::newRow("no discordant pairs") << qint64(0) << qint64(0) << 1.0;
        QTest::newRow("b=5 c=20") << qint64(5) << qint64(20) << 0.004077315330505371; // 2 * 68406 / 2^25
        // Large counts, where 2^(b+c) overflows a double; references summed in exact integers (Python).
        QTest::newRow("b=1000 c=1100") << qint64(1000) << qint64(1100) << 0.030720707864242296;
        QTest::newRow("b=2000 c=2150") << qint64(2000) << qint64(2150) << 0.02071545604926722;
        QTest::newRow("b=3000 c=3200") << qint64(3000) << qint64(3200) << 0.011488253770871206;
        QTest::newRow("b=1500 c=1500") << qint64(1500) << qint64(1500) << 1.0;
    }

    void exactP()
    {
        QFETCH(qint64, b);
        QFETCH(qint64, c);
        QFETCH(double, p);
        const double actual = mcnemarExactP(b, c);
        QVERIFY2(qAbs(actual - p) <= 1e-9 * p, qPrintable(QString::number(actual, 'g', 17)));
    }

    // Each case is one pair, its repeats folded into a pass fraction: the model with the higher
    // fraction passed the case, equal fractions are concordant.
    void pairsByCase()
    {
        const QString cat = QStringLiteral("billing");
        const QString a = QStringLiteral("model-a");
        const QString b = QStringLiteral("model-b");
        const QList<ResultRecord> first {
            result(cat, QStringLiteral("c1"), a, true, 0),  result(cat, QStringLiteral("c1"), a, true, 1),
            result(cat, QStringLiteral("c2"), a, false, 0), result(cat, QStringLiteral("c3"), a, true, 0),
            result(cat, QStringLiteral("c4"), a, true, 0), // model B never answered c4: left out
            result(cat, QStringLiteral("c6"), a, true, 0),  result(cat, QStringLiteral("c6"), a, false, 1),
            result(cat, QStringLiteral("c7"), a, false, 0), result(cat, QStringLiteral("c7"), a, false, 1),
        };
        const QList<ResultRecord> second {
            result(cat, QStringLiteral("c1"), b, true, 0), // 2/2 against 1/2: only the first
            result(cat, QStringLiteral("c1"), b, false, 1),
            result(cat, QStringLiteral("c2"), b, true, 0), // only the second
            failedWithError(cat, QStringLiteral("c3"), b, QStringLiteral("fatal")), // an error: only the first
            result(cat, QStringLiteral("c5"), b, true, 0), // model A never answered c5: left out
            result(cat, QStringLiteral("c6"), b, false, 0), // 1/2 against 1/2: concordant, both passed at times
            result(cat, QStringLiteral("c6"), b, true, 1),
            result(cat, QStringLiteral("c7"), b, false, 0), // 0/2 against 0/2: both fail
        };
        const PairedCounts counts = pairOutcomes(first, second);
        QCOMPARE(counts.bothPass, 1);
        QCOMPARE(counts.onlyFirst, 2);
        QCOMPARE(counts.onlySecond, 1);
        QCOMPARE(counts.bothFail, 1);
        QCOMPARE(counts.pairs(), 5);
        QCOMPARE(counts.pValue(), 1.0); // 2 * (1 + 3) / 8, capped
    }

    // Three identical repeats are the one answer: the same counts as one repeat.
    void repeatsDoNotMultiplyPairs()
    {
        const QString cat = QStringLiteral("billing");
        QList<ResultRecord> first;
        QList<ResultRecord> second;
        for (int repeat = 0; repeat < 3; ++repeat) {
            for (int i = 0; i < 10; ++i) {
                const QString id = QStringLiteral("c%1").arg(i);
                first.append(result(cat, id, QStringLiteral("a"), i < 9, repeat));
                second.append(result(cat, id, QStringLiteral("b"), i < 4, repeat));
            }
        }
        const PairedCounts counts = pairOutcomes(first, second);
        QCOMPARE(counts.onlyFirst, 5); // not 15
        QCOMPARE(counts.onlySecond, 0);
        QCOMPARE(counts.pairs(), 10);
        QCOMPARE(counts.pValue(), 0.0625); // 2 / 2^5
    }

    void errorWithPassFlagIsAFailure()
    {
        ResultRecord record = result(QStringLiteral("x"), QStringLiteral("c1"), QStringLiteral("m"), true);
        QVERIFY(countsAsPass(record));
        record.errorKind = QStringLiteral("scorer");
        QVERIFY(!countsAsPass(record));
    }
};

QTEST_GUILESS_MAIN(TestMcNemar)
#include "tst_mcnemar.moc"
