// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/proportion.h"

#include <QTest>

// Hand arithmetic throughout: z = 1.959963984540054, z^2 = 3.841458820694125, and the Wilson interval
//   centre = (k + z^2/2) / (n + z^2),  half = z / (n + z^2) * sqrt(k (n - k) / n + z^2 / 4).
class TestProportion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wilson_data()
    {
        QTest::addColumn<qint64>("k");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        // k = 0: centre = half = 1.9207294 / 13.8414588 = 0.1387664; upper = z^2 / (n + z^2) = 0.2775328.
        QTest::newRow("0 of 10") << qint64(0) << qint64(10) << 0.0 << 0.2775327998628893;
        // k = n: lower = n / (n + z^2) = 10 / 13.8414588 = 0.7224672.
        QTest::newRow("10 of 10") << qint64(10) << qint64(10) << 0.7224672001371109 << 1.0;
        // centre = 37.9207294 / 43.8414588 = 0.8649514; half = 1.9599640 / 43.8414588 * sqrt(3.6 + 0.9603647)
        //        = 0.0447056 * 2.1355034 = 0.0954691.
        QTest::newRow("36 of 40") << qint64(36) << qint64(40) << 0.7694822477247769 << 0.9604204713173936;
        // lower = 1 / (1 + z^2) = 1 / 4.8414588 = 0.2065493.
        QTest::newRow("1 of 1") << qint64(1) << qint64(1) << 0.20654931437723745 << 1.0;
        QTest::newRow("no trials") << qint64(0) << qint64(0) << 0.0 << 1.0;
    }

    void wilson()
    {
        QFETCH(qint64, k);
        QFETCH(qint64, n);
        QFETCH(double, lower);
        QFETCH(double, upper);
        const Interval interval = wilsonInterval(k, n);
        QVERIFY2(qAbs(interval.lower - lower) < 1e-12, qPrintable(QString::number(interval.lower, 'g', 17)));
        QVERIFY2(qAbs(interval.upper - upper) < 1e-12, qPrintable(QString::number(interval.upper, 'g', 17)));
    }

    void wilsonBoundsAreExactAtTheEnds()
    {
        QCOMPARE(wilsonInterval(0, 10).lower, 0.0); // centre - half is -2.8e-17 in floating point
        QCOMPARE(wilsonInterval(10, 10).upper, 1.0);
    }

    void rateMeetsOnCounts_data()
    {
        QTest::addColumn<qint64>("k");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("bar");
        QTest::addColumn<bool>("meets");
        QTest::newRow("36 of 40 ties 0.90") << qint64(36) << qint64(40) << 0.90 << true;
        QTest::newRow("35 of 40 misses 0.90") << qint64(35) << qint64(40) << 0.90 << false;
        // 0.7 * 10 is 7.000000000000001 in doubles: ceil gives 8 and would wrongly refuse 7 of 10.
        QTest::newRow("7 of 10 ties 0.70") << qint64(7) << qint64(10) << 0.70 << true;
        QTest::newRow("57 of 100 ties 0.57") << qint64(57) << qint64(100) << 0.57 << true;
        QTest::newRow("56 of 100 misses 0.57") << qint64(56) << qint64(100) << 0.57 << false;
        QTest::newRow("a bar of 1 needs all") << qint64(99) << qint64(100) << 1.0 << false;
        QTest::newRow("a bar of 0 takes none") << qint64(0) << qint64(5) << 0.0 << true;
        QTest::newRow("no trials meet nothing") << qint64(0) << qint64(0) << 0.0 << false;
    }

    void rateMeetsOnCounts()
    {
        QFETCH(qint64, k);
        QFETCH(qint64, n);
        QFETCH(double, bar);
        QFETCH(bool, meets);
        QCOMPARE(rateMeets(k, n, bar), meets);
    }

    void compareRatesExactly()
    {
        QCOMPARE(compareRates(1, 3, 2, 6), 0);
        QCOMPARE(compareRates(2, 3, 3, 5), 1); // 10/15 against 9/15
        QCOMPARE(compareRates(3, 5, 2, 3), -1);
    }

    void verdict_data()
    {
        QTest::addColumn<qint64>("k");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("bar");
        QTest::addColumn<BarVerdict>("expected");
        // lower = 100 / 103.8414588 = 0.963 >= 0.9
        QTest::newRow("100 of 100 meets") << qint64(100) << qint64(100) << 0.9 << BarVerdict { BarOutcome::Meets };
        // 36 of 40 ties the bar on counts, yet its interval [0.769, 0.960] holds 0.9: undecided, and since
        // the observed rate is the bar itself, no number of further cases would decide it: it says so.
        QTest::newRow("36 of 40 on the bar")
            << qint64(36) << qint64(40) << 0.9 << BarVerdict { BarOutcome::Undecided, 0, false, true };
        // upper of 30 of 40 is 0.858 < 0.9
        QTest::newRow("30 of 40 fails") << qint64(30) << qint64(40) << 0.9 << BarVerdict { BarOutcome::Fails };
        // 38/40 = 0.95, interval [0.835, 0.986]. The lower bound reaches 0.9 once
        // n >= z^2 * 0.9 * 0.1 / 0.05^2 = 3.8414588 * 0.09 / 0.0025 = 138.29, so at n = 139: 99 more trials.
        QTest::newRow("38 of 40: 99 more")
            << qint64(38) << qint64(40) << 0.9 << BarVerdict { BarOutcome::Undecided, 99 };
        // 8/10 = 0.8, interval [0.490, 0.943]. The upper bound falls below 0.9 once
        // n > 3.8414588 * 0.09 / 0.1^2 = 34.57, so at n = 35: 25 more.
        QTest::newRow("8 of 10: 25 more")
            << qint64(8) << qint64(10) << 0.9 << BarVerdict { BarOutcome::Undecided, 25 };
        // 181/200 = 0.905: n >= 3.8414588 * 0.09 / 0.005^2 = 13829, 13629 more: past the cap.
        QTest::newRow("181 of 200: beyond the cap")
            << qint64(181) << qint64(200) << 0.9 << BarVerdict { BarOutcome::Undecided, 10000, true };
        QTest::newRow("no results") << qint64(0) << qint64(0) << 0.9 << BarVerdict {};
    }

    void verdict()
    {
        QFETCH(qint64, k);
        QFETCH(qint64, n);
        QFETCH(double, bar);
        QFETCH(BarVerdict, expected);
        const BarVerdict verdict = barVerdict(double(k), n, bar);
        QCOMPARE(int(verdict.outcome), int(expected.outcome));
        QCOMPARE(verdict.moreCases, expected.moreCases);
        QCOMPARE(verdict.beyondCap, expected.beyondCap);
        QCOMPARE(verdict.onBar, expected.onBar);
    }

    // Three thirds of a case tie with one: 35 whole cases and three cases that passed one of three
    // times add up to 35.99999... in floating point, which must count as 36 of 40 and tie a 0.90 bar.
    void fractionsTieWithWholeCounts()
    {
        const double k = 35.0 + 1.0 / 3.0 + 1.0 / 3.0 + 1.0 / 3.0;
        QVERIFY(fractionMeets(k, 40, 0.9));
        QCOMPARE(compareFractions(k, 40, 36.0, 40), 0);
        QVERIFY(!fractionMeets(35.0 + 2.0 / 3.0, 40, 0.9));
        QVERIFY(fractionMeets(27.0 + 2.0 / 3.0, 40, 0.69)); // 0.6917 >= 0.69
        QVERIFY(barVerdict(k, 40, 0.9).onBar);
        QCOMPARE(compareFractions(9.5, 10, 19.0, 20), 0);
        QCOMPARE(compareFractions(9.5, 10, 18.0, 20), 1);
        QVERIFY(!fractionMeets(0.0, 0, 0.0));
    }

    // Wilson with a fractional k is the same formula: 9.5 of 10 gives centre (9.5 + 1.9207) / 13.8415 = 0.825110,
    // half 0.141601 * sqrt(9.5 * 0.5 / 10 + 0.960365) = 0.141601 * 1.198067 = 0.169647.
    void wilsonOfAFraction()
    {
        const Interval interval = wilsonInterval(9.5, 10.0);
        QVERIFY2(qAbs(interval.lower - 0.6554628) < 1e-6, qPrintable(QString::number(interval.lower, 'g', 10)));
        QVERIFY2(qAbs(interval.upper - 0.9947577) < 1e-6, qPrintable(QString::number(interval.upper, 'g', 10)));
    }

    void verdictEstimateDecidesAtTheEstimate()
    {
        // The rate 0.95 of 38 of 40 decides 0.9 from n = 138.29 on: not yet at 114 of 120 (lower 0.8952),
        // but at 133 of 140 (lower 0.9004).
        QCOMPARE(barVerdict(114, 120, 0.9).outcome, BarOutcome::Undecided);
        QCOMPARE(barVerdict(133, 140, 0.9).outcome, BarOutcome::Meets);
        QCOMPARE(barVerdict(114, 120, 0.9).moreCases, 19);
    }

    void verdictCapIsAParameter()
    {
        const BarVerdict verdict = barVerdict(38, 40, 0.9, 50);
        QVERIFY(verdict.beyondCap);
        QCOMPARE(verdict.moreCases, 50);
    }

    void verdictTexts()
    {
        QCOMPARE(BarVerdict { BarOutcome::Meets }.text(), QStringLiteral("Meets the bar"));
        QCOMPARE(BarVerdict { BarOutcome::Fails }.text(), QStringLiteral("Below the bar"));
        QCOMPARE(BarVerdict {}.text(), QStringLiteral("Undecided: no results yet"));
        QVERIFY((BarVerdict { BarOutcome::Undecided, 99 }).text().contains(QStringLiteral("about 99 more cases")));
        QVERIFY((BarVerdict { BarOutcome::Undecided, 10000, true }).text().contains(QStringLiteral("more than 10000")));
        QVERIFY((BarVerdict { BarOutcome::Undecided, 0, false, true }).text().contains(QStringLiteral("exactly at the bar")));
    }
};

QTEST_GUILESS_MAIN(TestProportion)
#include "tst_proportion.moc"
