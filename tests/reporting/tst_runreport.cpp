// SPDX-License-Identifier: GPL-3.0-or-later
// Report rows from a run's analysis, and from its comparison with a baseline.
#include "reportfixtures.h"
#include "reporting/runreport.h"

#include <QTest>

using namespace reportfixtures;

namespace {
bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-9;
}

RunReport comparedReport()
{
    const Workspace ws = workspace();
    return makeReport(analyseRun(ws, currentRun()), compareRuns(ws, baselineRun(), currentRun()));
}
} // namespace

class TestRunReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheAnalysisOrder()
    {
        const RunReport report = makeReport(analyseRun(workspace(), currentRun()));
        QCOMPARE(report.runId, QStringLiteral("now"));
        QVERIFY(!report.compared);
        QCOMPARE(report.rows.size(), 3);
        QCOMPARE(report.rows.at(0).category + u'/' + report.rows.at(0).model, QStringLiteral("tickets/mini"));
        QCOMPARE(report.rows.at(1).category + u'/' + report.rows.at(1).model, QStringLiteral("tickets/big"));
        QCOMPARE(report.rows.at(2).category + u'/' + report.rows.at(2).model, QStringLiteral("summaries/mini"));
        for (const ReportRow& row : report.rows)
            QVERIFY(!row.change);
    }

    void rowFigures()
    {
        const ReportRow row = makeReport(analyseRun(workspace(), currentRun())).rows.at(0); // tickets/mini
        QCOMPARE(row.cases, 10);
        QCOMPARE(row.trials, 10);
        QCOMPARE(row.passes, 4);
        QVERIFY(near(row.accuracy, 0.4));
        // Wilson 95% of 4/10: (4 + z²/2) / (10 + z²) -+ z / (10 + z²) * sqrt(4 * 6 / 10 + z² / 4).
        QVERIFY(std::abs(row.interval.lower - 0.168180) < 1e-6);
        QVERIFY(std::abs(row.interval.upper - 0.687326) < 1e-6);
        QCOMPARE(row.bar, BarOutcome::Fails); // 0.687 < 0.8
        QVERIFY(near(row.costPer1kUsd, 1.2)); // 1,000 x $0.0012
        QVERIFY(near(row.costPerCaseUsd, 0.0012));
        QCOMPARE(row.latencyP50Ms.value_or(-1), 500); // rank 5 of 100..1000
        QCOMPARE(row.latencyP95Ms.value_or(-1), 1000); // rank 10
        QCOMPARE(row.errors, 0);
        QVERIFY(near(row.stability, 1.0)); // one repeat: every case has one verdict
        QVERIFY(near(row.passK, 0.4));
    }

    void anErrorCountsAsAFailureAndApart()
    {
        const ReportRow row = makeReport(analyseRun(workspace(), currentRun())).rows.at(2); // summaries/mini
        QCOMPARE(row.trials, 5);
        QCOMPARE(row.passes, 3);
        QCOMPARE(row.errors, 1);
        QCOMPARE(row.latencyP50Ms.value_or(-1), 100); // rank 2 of 50, 100, 150, 200: the error has no latency
        QCOMPARE(row.latencyP95Ms.value_or(-1), 200);
        QCOMPARE(row.bar, BarOutcome::Undecided); // [0.231, 0.882] against 0.5
    }

    void changesAgainstTheBaseline()
    {
        const RunReport report = comparedReport();
        QVERIFY(report.compared);
        QCOMPARE(report.baselineRunId, QStringLiteral("base"));
        QCOMPARE(report.regressions, 1);
        QCOMPARE(report.improvements, 0);
        QCOMPARE(report.onlyInBaseline, (QList<CellKey> { { QStringLiteral("summaries"), QStringLiteral("big") } }));

        const ReportChange mini = report.rows.at(0).change.value();
        QVERIFY(near(mini.baselineAccuracy, 1.0));
        QVERIFY(near(mini.accuracyChange, -0.6));
        QVERIFY(near(mini.costChangePer1kUsd, 0.2)); // $1.20 - $1.00
        QVERIFY(near(mini.pValue, 0.03125)); // 2 x (1/2)^6
        QVERIFY(mini.regression);
        QVERIFY(!mini.improvement);

        const ReportChange big = report.rows.at(1).change.value();
        QVERIFY(near(big.accuracyChange, 0.0));
        QVERIFY(near(big.pValue, 1.0));
        QVERIFY(!big.regression && !big.improvement);

        QVERIFY(!report.rows.at(2).change); // summaries/mini is new
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
