// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a run's results row by row, counting them in SQLite, and the done jobs a resume leaves out:
// each must give what the whole list gave.
#include "results/resultsstore.h"
#include "resultsfixtures.h"
#include "statistics/runtally.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace ResultsFixtures;

namespace {
// The sample run's results in an order of their own, some in error, some refused, some unscored.
QList<ResultRecord> mixedResults(const RunInfo& run)
{
    QList<ResultRecord> results;
    const QList<JobKey> jobs = sampleJobs(run);
    for (int i = int(jobs.size()) - 1; i >= 0; --i) {
        ResultRecord result = sampleResult(run.id, jobs.at(i), i);
        if (i % 7 == 3) {
            result.errorKind = QStringLiteral("retryable");
            result.errorMessage = QStringLiteral("HTTP 503 at %1").arg(i);
            result.score.reset();
            result.pass = false;
        } else if (i % 11 == 5) {
            result.errorKind = QStringLiteral("scorer");
        } else if (i % 13 == 2) {
            result.score.reset();
        }
        results.append(result);
    }
    return results;
}
} // namespace

class TestResultsStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("s%1.signalbox.db").arg(++m_serial)); }

    // A database holding the sample run with the given results and another run beside it.
    void fill(ResultsStore& store, const RunInfo& run, const QList<ResultRecord>& results)
    {
        QVERIFY2(store.open(newPath()), qPrintable(store.errorString()));
        QVERIFY(store.createRun(run));
        QVERIFY(store.insertResults(results));
        const RunInfo other = sampleRun(QStringLiteral("other"));
        QVERIFY(store.createRun(other));
        QVERIFY(store.insertResults({ sampleResult(other.id, sampleJobs(other).first(), 99) }));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void visitsWhatResultsLists_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("all") << 24;
    }

    void visitsWhatResultsLists()
    {
        QFETCH(int, count);
        const RunInfo run = sampleRun(QStringLiteral("r1"));
        ResultsStore store;
        fill(store, run, mixedResults(run).mid(0, count));
        const QList<ResultRecord> listed = store.results(run.id).value_or(QList<ResultRecord>());
        QCOMPARE(listed.size(), count);
        QList<ResultRecord> visited;
        QVERIFY(store.forEachResult(run.id, [&visited](const ResultRecord& result) { visited.append(result); }));
        QVERIFY(store.errorString().isEmpty());
        QCOMPARE(visited, listed); // the same rows in the same order
    }

    void talliesEqualTheListsSums()
    {
        const RunInfo run = sampleRun(QStringLiteral("r1"));
        const QList<ResultRecord> results = mixedResults(run);
        ResultsStore store;
        fill(store, run, results);

        RunTally fromList;
        for (const ResultRecord& result : store.results(run.id).value_or(QList<ResultRecord>()))
            fromList.add(result);
        RunTally streamed;
        QVERIFY(store.forEachResult(run.id, [&streamed](const ResultRecord& result) { streamed.add(result); }));
        QCOMPARE(streamed.total(), fromList.total());
        QCOMPARE(streamed.cacheUse(), fromList.cacheUse());
        QCOMPARE(streamed.firstError(), fromList.firstError());
        for (const QString& category : run.categories) {
            for (const QString& model : run.modelIds)
                QCOMPARE(streamed.cell(category, model), fromList.cell(category, model));
        }

        const std::optional<ResultsStore::Tally> counted = store.tally(run.id);
        QVERIFY(counted);
        QCOMPARE(counted->results, qint64(results.size()));
        QCOMPARE(counted->errors, qint64(std::count_if(results.cbegin(), results.cend(), [](const ResultRecord& r) {
                     return r.isError();
                 })));
        QCOMPARE(counted->passed, qint64(std::count_if(results.cbegin(), results.cend(), [](const ResultRecord& r) {
                     return r.pass;
                 })));
        QCOMPARE(counted->errors, qint64(fromList.total().errors));
        QCOMPARE(counted->passed, qint64(fromList.total().passed));
        QCOMPARE(store.tally(QStringLiteral("nobody"))->results, 0);
    }

    void doneJobsAreTheStoredOnes_data()
    {
        QTest::addColumn<bool>("failedToo");
        QTest::newRow("missing") << false;
        QTest::newRow("missing and failed") << true;
    }

    void doneJobsAreTheStoredOnes()
    {
        QFETCH(bool, failedToo);
        const RunInfo run = sampleRun(QStringLiteral("r1"));
        const QList<ResultRecord> results = mixedResults(run).mid(0, 17);
        ResultsStore store;
        fill(store, run, results);
        QSet<JobKey> expected;
        for (const ResultRecord& result : results) {
            if (!failedToo || !result.isError())
                expected.insert(result.job());
        }
        const auto redo = failedToo ? ResultsStore::Redo::MissingAndFailed : ResultsStore::Redo::Missing;
        const std::optional<QSet<JobKey>> done = store.doneJobs(run.id, redo);
        QVERIFY(done);
        QCOMPARE(*done, expected);
        // missingJobs, which resumes ran on before, is the complement of the same set.
        const QList<JobKey> all = sampleJobs(run);
        const QList<JobKey> missing = store.missingJobs(run.id, all, redo).value_or(QList<JobKey>());
        QCOMPARE(missing.size() + done->size(), all.size());
        for (const JobKey& job : missing)
            QVERIFY(!done->contains(job));
    }

    void failuresAreReported()
    {
        ResultsStore closed;
        QVERIFY(!closed.forEachResult(QStringLiteral("r1"), [](const ResultRecord&) { QFAIL("visited a closed store"); }));
        QVERIFY(!closed.errorString().isEmpty());
        QVERIFY(!closed.tally(QStringLiteral("r1")));
        QVERIFY(!closed.doneJobs(QStringLiteral("r1")));

        // A database whose results table is gone (damaged, or written by something else).
        const RunInfo run = sampleRun(QStringLiteral("r1"));
        ResultsStore store;
        fill(store, run, mixedResults(run));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(store.databasePath());
            QVERIFY(raw.open());
            QSqlQuery drop(raw);
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE results")), qPrintable(drop.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(!store.forEachResult(run.id, [](const ResultRecord&) {}));
        QVERIFY2(store.errorString().contains(QStringLiteral("Cannot read the results of run r1")),
                 qPrintable(store.errorString()));
        QVERIFY(!store.tally(run.id));
        QVERIFY(!store.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResultsStream)
#include "tst_resultsstream.moc"
