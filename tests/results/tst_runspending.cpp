// SPDX-License-Identifier: GPL-3.0-or-later
// What a run has spent, saved with its results: the figure a resumed run starts its budget from.
#include "results/resultsstore.h"
#include "resultsfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ResultsFixtures;

class TestRunSpending : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("spending-%1.signalbox.db").arg(++m_serial))));
        m_run = sampleRun(QStringLiteral("r1"), RunStatus::Running);
        m_run.spentUsd = 0.0;
        QVERIFY(m_store.createRun(m_run));
    }

    void cleanup() { m_store.close(); }

    void spentIsSavedWithTheResults()
    {
        const QList<JobKey> jobs = sampleJobs(m_run);
        QVERIFY(m_store.insertResults({ sampleResult(m_run.id, jobs.at(0)) }, m_run.id, 0.25));
        QCOMPARE(m_store.run(m_run.id)->spentUsd, 0.25);
        QVERIFY(m_store.setRunSpent(m_run.id, 0.5));
        QCOMPARE(m_store.run(m_run.id)->spentUsd, 0.5);
    }

    // One transaction: a result that cannot be saved leaves the spending as it was too.
    void aFailedBatchSavesNoSpending()
    {
        const QList<JobKey> jobs = sampleJobs(m_run);
        const QList<ResultRecord> batch { sampleResult(m_run.id, jobs.at(0)),
                                          sampleResult(QStringLiteral("ghost"), jobs.at(1)) };
        QVERIFY(!m_store.insertResults(batch, m_run.id, 0.75));
        QCOMPARE(m_store.run(m_run.id)->spentUsd, 0.0);
        QCOMPARE(m_store.resultCount(m_run.id), std::optional<qint64>(0));
    }

    // Answers from the response cache cost nothing; their judge calls do.
    void storedResultsCostLeavesOutCachedAnswers()
    {
        const QList<JobKey> jobs = sampleJobs(m_run);
        QList<ResultRecord> results;
        double expected = 0.0;
        for (int serial = 0; serial < 10; ++serial) {
            const ResultRecord result = sampleResult(m_run.id, jobs.at(serial), serial);
            expected += (result.cached ? 0.0 : result.costUsd) + result.judgeCostUsd;
            results.append(result);
        }
        QVERIFY(results.at(0).cached && results.at(5).judgeCostUsd > 0.0 && results.at(5).cached);
        QVERIFY(m_store.insertResults(results));
        QCOMPARE(m_store.storedResultsCost(m_run.id).value_or(-1.0), expected);
        QCOMPARE(m_store.storedResultsCost(QStringLiteral("none")).value_or(-1.0), 0.0);
    }

private:
    QTemporaryDir m_dir;
    ResultsStore m_store;
    RunInfo m_run;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestRunSpending)
#include "tst_runspending.moc"
