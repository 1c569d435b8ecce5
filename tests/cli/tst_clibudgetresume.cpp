// SPDX-License-Identifier: GPL-3.0-or-later
// A budgeted signalbox-cli run killed with SIGKILL half-way, then resumed: what it had spent is in
// the database as its results arrived, so the resumed run counts it and the whole run stays within
// its budget but for the calls in flight.
#include "clifixture.h"
#include "results/resultsstore.h"

#include <algorithm>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int totalJobs = 27; // 9 cases on 3 models
constexpr double slowSandbox = 2.0;
constexpr int providers = 3; // with --concurrency 1, at most one call of each in flight
// The whole helpdesk run costs $0.00060 at list prices, its dearest call $0.00005: half as the budget.
const QString budget = u"0.0003"_s;

double storedCost(const QList<ResultRecord>& results)
{
    double sum = 0.0;
    for (const ResultRecord& result : results)
        sum += result.cached ? result.judgeCostUsd : result.totalCostUsd();
    return sum;
}

double dearestCall(const QList<ResultRecord>& results)
{
    double dearest = 0.0;
    for (const ResultRecord& result : results)
        dearest = std::max(dearest, result.costUsd);
    return dearest;
}
} // namespace

class TestCliBudgetResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerResultsMetaTypes(); }

    void aKilledRunResumesWithinItsBudget()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        CliFixture::start(process,
                          { u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--concurrency"_s, u"1"_s, u"--no-cache"_s,
                            u"--budget"_s, budget },
                          slowSandbox);
        const QString runId = CliFixture::startedRunId(process);
        QVERIFY2(!runId.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        {
            // Killed once most of the budget is spent, so that a resumed run starting from $0
            // would overshoot it by far.
            ResultsStore live;
            QVERIFY(live.open(fixture.database()));
            QTRY_VERIFY_WITH_TIMEOUT(live.run(runId)->spentUsd >= 0.6 * budget.toDouble(), 15000);
            QCOMPARE(live.run(runId)->status, RunStatus::Running);
        }
        process.kill();
        QVERIFY(process.waitForFinished(5000));

        const RunInfo killed = fixture.runs().value(0);
        const QList<ResultRecord> before = fixture.results(runId);
        QVERIFY(before.size() < totalJobs);
        // Saved in the same transaction as each result: never less than the stored results cost.
        QVERIFY2(killed.spentUsd >= storedCost(before) - 1e-12,
                 qPrintable(u"spent %1, results %2"_s.arg(killed.spentUsd).arg(storedCost(before))));

        const CliFixture::Result resumed
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--resume"_s, runId }, slowSandbox);
        QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 3, qPrintable(resumed.err));
        const RunInfo run = fixture.runs().value(0);
        const QList<ResultRecord> all = fixture.results(runId);
        QVERIFY2(run.spentUsd >= storedCost(all) - 1e-12,
                 qPrintable(u"spent %1, results %2"_s.arg(run.spentUsd).arg(storedCost(all))));
        const double allowed = budget.toDouble() + providers * dearestCall(all);
        QVERIFY(storedCost(all) <= allowed);
        QVERIFY2(run.spentUsd <= allowed,
                 qPrintable(u"spent %1 against a budget of %2 (at most %3 with the calls in flight)"_s.arg(run.spentUsd)
                                .arg(budget)
                                .arg(allowed)));

        // Resumed again, it has nothing left to spend: no call is made.
        const CliFixture::Result again
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--resume"_s, runId });
        if (all.size() < totalJobs) {
            QCOMPARE(again.exitCode, 3);
            QCOMPARE(fixture.results(runId).size(), all.size());
            QCOMPARE(fixture.runs().value(0).spentUsd, run.spentUsd);
        }
        qInfo("budget $%s: killed at $%.6f with %d results; after --resume $%.6f with %d results (allowed $%.6f)",
              qPrintable(budget), killed.spentUsd, int(before.size()), run.spentUsd, int(all.size()), allowed);
    }
};

QTEST_GUILESS_MAIN(TestCliBudgetResume)
#include "tst_clibudgetresume.moc"
