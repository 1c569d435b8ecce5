// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/cellstats.h"
#include "statisticsfixtures.h"

#include <cmath>
#include <QTest>

using namespace fixtures;

namespace {
const QString cat = QStringLiteral("billing");
const QString mod = QStringLiteral("model-a");

ResultRecord timed(const QString& caseId, bool pass, qint64 latencyMs)
{
    ResultRecord record = result(cat, caseId, mod, pass);
    record.latencyMs = latencyMs;
    return record;
}
} // namespace

class TestCellStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stabilityWithRepeats()
    {
        // c1 passes twice (stable, passed all), c2 once of two (unstable), c3 never (stable).
        // Repeat 0: c1, c2 pass = 2/3; repeat 1: c1 passes = 1/3; spread = 1/3.
        const QList<ResultRecord> results {
            result(cat, QStringLiteral("c1"), mod, true, 0),  result(cat, QStringLiteral("c1"), mod, true, 1),
            result(cat, QStringLiteral("c2"), mod, true, 0),  result(cat, QStringLiteral("c2"), mod, false, 1),
            result(cat, QStringLiteral("c3"), mod, false, 0), result(cat, QStringLiteral("c3"), mod, false, 1),
        };
        const CellStats stats = cellStats(results, 0.9);
        QCOMPARE(stats.cases, 3);
        QCOMPARE(stats.repeats, 2);
        QCOMPARE(stats.trials, 6); // accuracy counts each repeat
        QCOMPARE(stats.passes, 3);
        QCOMPARE(stats.passRate(), 0.5);
        QCOMPARE(stats.stableCases, 2);
        QCOMPARE(stats.stability(), 2.0 / 3.0);
        QCOMPARE(stats.passedAllRepeats, 1);
        QCOMPARE(stats.passHatK(), 1.0 / 3.0);
        QVERIFY(qAbs(stats.repeatSpread - 1.0 / 3.0) < 1e-15);
    }

    void oneRepeatIsStableAndHasNoSpread()
    {
        const CellStats stats = cellStats(passesOf(cat, mod, 3, 4), 0.5);
        QCOMPARE(stats.repeats, 1);
        QCOMPARE(stats.stability(), 1.0);
        QCOMPARE(stats.passHatK(), 0.75); // with one repeat, pass^1 is the pass rate
        QCOMPARE(stats.repeatSpread, 0.0);
    }

    void errorsCountAsFailuresAndApart()
    {
        QList<ResultRecord> results = passesOf(cat, mod, 3, 3);
        ResultRecord error = failedWithError(cat, QStringLiteral("c3"), mod, QStringLiteral("fatal"));
        error.pass = true; // a stray flag must not make an error a pass
        error.score = 1.0; // nor its score count
        results << error << failedWithError(cat, QStringLiteral("c4"), mod, QStringLiteral("retryable"));
        const CellStats stats = cellStats(results, 0.9);
        QCOMPARE(stats.trials, 5);
        QCOMPARE(stats.passes, 3); // 3 of 5: the two errors are failures
        QCOMPARE(stats.errors, 2);
        QCOMPARE(stats.errorRate(), 0.4);
        QCOMPARE(stats.errorsByKind.value(QStringLiteral("fatal")), 1);
        QCOMPARE(stats.errorsByKind.value(QStringLiteral("retryable")), 1);
        QCOMPARE(stats.meanScore, 0.6); // (1 + 1 + 1 + 0 + 0) / 5
        // Wilson 3 of 5: centre = 4.9207294 / 8.8414588 = 0.5565508, half = 0.2216784 * sqrt(1.2 + 0.9603647)
        // = 0.2216784 * 1.4698179 = 0.3258275: [0.2307243, 0.8823792].
        QVERIFY(qAbs(stats.passInterval.lower - 0.2307243) < 1e-6);
        QVERIFY(qAbs(stats.passInterval.upper - 0.8823792) < 1e-6);
    }

    void latencyPercentilesLeaveErrorsOut()
    {
        QList<ResultRecord> results;
        for (int i = 1; i <= 20; ++i)
            results.append(timed(QStringLiteral("c%1").arg(i), true, i * 100));
        ResultRecord timeout = failedWithError(cat, QStringLiteral("c21"), mod, QStringLiteral("retryable"));
        timeout.latencyMs = 60000;
        results.append(timeout);
        const CellStats stats = cellStats(results, 0.9);
        QVERIFY(stats.latencyP50Ms && stats.latencyP95Ms);
        QCOMPARE(*stats.latencyP50Ms, 1000); // rank ceil(0.50 * 20) = 10 of 100..2000
        QCOMPARE(*stats.latencyP95Ms, 1900); // rank ceil(0.95 * 20) = 19; the 60 s timeout is not an answer
        QCOMPARE(stats.unmeasuredLatencies, 0);
    }

    // Batch answers have no latency: they are left out, never counted as 0 ms.
    void latencyPercentilesLeaveUnmeasuredOut_data()
    {
        QTest::addColumn<QList<qint64>>("latencies"); // unmeasuredLatency: a batch answer
        QTest::addColumn<qint64>("p50"); // -1: none
        QTest::addColumn<qint64>("p95");
        QTest::addColumn<int>("unmeasured");
        const qint64 batch = ResultRecord::unmeasuredLatency;
        QTest::newRow("all measured") << QList<qint64> { 300, 100, 200 } << qint64(200) << qint64(300) << 0;
        QTest::newRow("mixed") << QList<qint64> { batch, 400, batch, 200 } << qint64(200) << qint64(400) << 2;
        QTest::newRow("batch only") << QList<qint64> { batch, batch, batch } << qint64(-1) << qint64(-1) << 3;
    }

    void latencyPercentilesLeaveUnmeasuredOut()
    {
        QFETCH(QList<qint64>, latencies);
        QFETCH(qint64, p50);
        QFETCH(qint64, p95);
        QFETCH(int, unmeasured);
        QList<ResultRecord> results;
        for (qsizetype i = 0; i < latencies.size(); ++i) {
            results.append(timed(QStringLiteral("c%1").arg(i), true, latencies.at(i)));
            results.last().fromBatch = !results.last().hasLatency();
        }
        const CellStats stats = cellStats(results, 0.9);
        QCOMPARE(stats.latencyP50Ms.value_or(-1), p50);
        QCOMPARE(stats.latencyP95Ms.value_or(-1), p95);
        QCOMPARE(stats.unmeasuredLatencies, unmeasured);
        QCOMPARE(stats.trials, int(latencies.size())); // the answers count in every other figure
        QCOMPARE(stats.passes, int(latencies.size()));
    }

    void modelAndJudgeCostsApart()
    {
        QList<ResultRecord> results = passesOf(cat, mod, 4, 4);
        const double model[] = { 0.001, 0.002, 0.003, 0.006 };
        for (int i = 0; i < 4; ++i) {
            results[i].costUsd = model[i];
            results[i].judgeCostUsd = 0.01;
            results[i].inputTokens = 100 * (i + 1);
            results[i].outputTokens = 10;
        }
        const CellStats stats = cellStats(results, 0.9);
        QVERIFY(qAbs(stats.modelCostUsd - 0.012) < 1e-15);
        QVERIFY(qAbs(stats.costPer1kRequests() - 3.0) < 1e-12); // 0.012 / 4 * 1000: the model's cost only
        QVERIFY(qAbs(stats.judgeCostUsd - 0.04) < 1e-15);
        QVERIFY(qAbs(stats.judgeCostPerTrial() - 0.01) < 1e-15);
        QCOMPARE(stats.meanInputTokens, 250.0); // (100 + 200 + 300 + 400) / 4
        QCOMPARE(stats.meanOutputTokens, 10.0);
    }

    void meanScoreInterval()
    {
        QList<ResultRecord> results = passesOf(cat, mod, 0, 4);
        const double scores[] = { 0.8, 0.6, 0.7, 0.9 };
        for (int i = 0; i < 4; ++i)
            results[i].score = scores[i];
        const CellStats stats = cellStats(results, 0.9);
        // mean 0.75; s^2 = (0.0025 + 0.0225 + 0.0025 + 0.0225) / 3 = 0.0166667; s = 0.1290994;
        // half = 1.959964 * 0.1290994 / sqrt(4) = 0.1265151.
        QVERIFY(qAbs(stats.meanScore - 0.75) < 1e-12);
        QVERIFY(qAbs(stats.scoreInterval.lower - 0.6234849) < 1e-6);
        QVERIFY(qAbs(stats.scoreInterval.upper - 0.8765151) < 1e-6);
    }

    void barOnCountsAndInterval()
    {
        const CellStats tie = cellStats(passesOf(cat, mod, 36, 40), 0.9);
        QVERIFY(tie.meetsBarObserved()); // 36 of 40 meets 0.90 on counts
        QCOMPARE(tie.verdict.outcome, BarOutcome::Undecided); // but its interval [0.769, 0.960] holds 0.9
        QVERIFY(!cellStats(passesOf(cat, mod, 35, 40), 0.9).meetsBarObserved());
        QCOMPARE(cellStats(passesOf(cat, mod, 100, 100), 0.9).verdict.outcome, BarOutcome::Meets);
    }

    // The case is the unit of evidence: every case answered alike three times is the 1-repeat cell.
    void repeatsAddNoEvidence()
    {
        QList<ResultRecord> once = passesOf(cat, mod, 36, 40);
        QList<ResultRecord> thrice;
        for (int repeat = 0; repeat < 3; ++repeat) {
            for (ResultRecord record : std::as_const(once)) {
                record.repeat = repeat;
                thrice.append(record);
            }
        }
        const CellStats one = cellStats(once, 0.9);
        const CellStats three = cellStats(thrice, 0.9);
        QCOMPARE(three.trials, 120);
        QCOMPARE(three.passes, 108);
        QCOMPARE(three.casePasses, 36.0);
        QCOMPARE(three.passInterval, one.passInterval); // Wilson of 36 of 40: [0.7695, 0.9604], not of 108 of 120
        QCOMPARE(three.verdict, one.verdict); // on the bar, not "Meets" as 108 of 120 trials would say
        QVERIFY(three.verdict.onBar);
        QCOMPARE(three.probMeetsBar, one.probMeetsBar);
        QVERIFY(qAbs(three.probMeetsBar - 0.471127762) < 1e-8); // mpmath: 1 - I_0.9(36.5, 4.5)
    }

    // A case counts its pass fraction: c0..c8 pass 3 of 3, c9 passes 1 of 3, so 9 + 1/3 of 10 cases.
    void fractionalCasePasses()
    {
        QList<ResultRecord> results;
        for (int i = 0; i < 10; ++i) {
            for (int repeat = 0; repeat < 3; ++repeat)
                results.append(result(cat, QStringLiteral("c%1").arg(i), mod, i < 9 || repeat == 0, repeat));
        }
        const CellStats stats = cellStats(results, 0.9);
        QVERIFY(qAbs(stats.casePasses - 28.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(stats.passRate() - 28.0 / 30.0) < 1e-12);
        // Wilson with k = 9.3333, n = 10: centre = (9.3333 + 1.9207) / 13.8415 = 0.813069;
        // half = 1.96 / 13.8415 * sqrt(9.3333 * 0.6667 / 10 + 0.9604) = 0.141601 * 1.258010 = 0.178136.
        QVERIFY2(qAbs(stats.passInterval.lower - 0.6349338) < 1e-6, qPrintable(QString::number(stats.passInterval.lower)));
        QVERIFY2(qAbs(stats.passInterval.upper - 0.9912044) < 1e-6, qPrintable(QString::number(stats.passInterval.upper)));
        // P(p >= 0.9) under Beta(9 + 1/3 + 1/2, 2/3 + 1/2); mpmath: 1 - I_0.9(9.8333, 1.1667) = 0.5782843226.
        QVERIFY2(qAbs(stats.probMeetsBar - 0.5782843226) < 1e-9, qPrintable(QString::number(stats.probMeetsBar, 'g', 12)));
        QVERIFY(stats.meetsBarObserved()); // 0.933 >= 0.9
        QCOMPARE(stats.stableCases, 9);
    }

    void errorCostFigures()
    {
        // 36 of 40 at $0.002 a request, $0.50 a wrong answer:
        // error cost per 1k = 0.1 x 0.50 x 1000 = $50; total = $2 + $50 = $52; per useful output 0.002 / 0.9.
        const CellStats priced = cellStats(passesOf(cat, mod, 36, 40, 0.002), 0.9, 0.5);
        QVERIFY(qAbs(*priced.expectedErrorCostPer1k() - 50.0) < 1e-9);
        QVERIFY(qAbs(*priced.totalCostPer1k() - 52.0) < 1e-9);
        QVERIFY(qAbs(*priced.costPerUsefulOutput() - 0.0022222222) < 1e-9);
        const CellStats unpriced = cellStats(passesOf(cat, mod, 36, 40, 0.002), 0.9);
        QVERIFY(!unpriced.expectedErrorCostPer1k());
        QVERIFY(!unpriced.totalCostPer1k());
        QVERIFY(!unpriced.costPerUsefulOutput());
        // Nothing passed: every request is an error, and no output is useful.
        const CellStats hopeless = cellStats(passesOf(cat, mod, 0, 10, 0.001), 0.9, 2.0);
        QCOMPARE(*hopeless.expectedErrorCostPer1k(), 2000.0);
        QVERIFY(!hopeless.costPerUsefulOutput());
    }

    void emptyCell()
    {
        const CellStats stats = cellStats({}, 0.8);
        QCOMPARE(stats.trials, 0);
        QCOMPARE(stats.passRate(), 0.0);
        QCOMPARE(stats.threshold, 0.8);
        QCOMPARE(stats.verdict.outcome, BarOutcome::Undecided);
        QVERIFY(!stats.meetsBarObserved());
    }
};

QTEST_GUILESS_MAIN(TestCellStats)
#include "tst_cellstats.moc"
