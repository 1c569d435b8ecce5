// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultsschema.h"
#include "results/resultsstore.h"
#include "resultsfixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ResultsFixtures;

class TestResultsStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    // A fresh database path per test, so that no test sees another's rows.
    QString newPath() { return m_dir.filePath(QStringLiteral("ws%1.signalbox.db").arg(++m_serial)); }

    static void writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void databasePathFor_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("database");
        QTest::newRow("workspace file") << QStringLiteral("/w/support.signalbox.yaml")
                                        << QStringLiteral("/w/support.signalbox.db");
        QTest::newRow("short yml") << QStringLiteral("/w/support.signalbox.yml")
                                   << QStringLiteral("/w/support.signalbox.db");
        QTest::newRow("plain yaml") << QStringLiteral("/w/other.yaml") << QStringLiteral("/w/other.signalbox.db");
        QTest::newRow("relative, upper case")
            << QStringLiteral("rel/X.SIGNALBOX.YAML") << QStringLiteral("rel/X.signalbox.db");
        QTest::newRow("no suffix") << QStringLiteral("/w/bench") << QStringLiteral("/w/bench.signalbox.db");
    }

    void databasePathFor()
    {
        QFETCH(QString, workspace);
        QFETCH(QString, database);
        QCOMPARE(ResultsStore::databasePathFor(workspace), database);
    }

    void createsSchemaInWalMode()
    {
        const QString path = newPath();
        ResultsStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.isOpen());
        QVERIFY(store.errorString().isEmpty());
        QVERIFY(QFile::exists(path));
        QCOMPARE(querySingle(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(querySingle(path, QStringLiteral("SELECT version FROM schema_version")),
                 QString::number(ResultsSchema::latestVersion()));
        QCOMPARE(querySingle(path,
                             QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                            "('runs', 'results', 'response_cache', 'verdicts')")),
                 QStringLiteral("4"));
        QCOMPARE(querySingle(path,
                             QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                            "('results_by_model', 'runs_by_start', 'verdicts_by_pair')")),
                 QStringLiteral("3"));
    }

    void reopenKeepsRunsAndResults()
    {
        const QString path = newPath();
        const RunInfo run = sampleRun(QStringLiteral("2026-11-23T09-14-03"));
        const auto jobs = sampleJobs(run);
        QList<ResultRecord> written;
        {
            ResultsStore store;
            QVERIFY(store.open(path));
            QVERIFY2(store.createRun(run), qPrintable(store.errorString()));
            for (int i = 0; i < jobs.size(); ++i)
                written.append(i == 3 ? failedResult(run.id, jobs.at(i)) : sampleResult(run.id, jobs.at(i), i));
            QVERIFY2(store.insertResults(written), qPrintable(store.errorString()));
        }
        ResultsStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.run(run.id), std::optional(run));
        QCOMPARE(store.runs(), std::optional(QList<RunInfo> { run }));
        auto read = store.results(run.id);
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), written.size());
        for (const auto& result : std::as_const(written))
            QVERIFY2(read->contains(result), qPrintable(result.caseId));
        QVERIFY(!read->at(read->indexOf(failedResult(run.id, jobs.at(3)))).score.has_value());
    }

    void runsNewestFirstAndUniqueIds()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        RunInfo first = sampleRun(QStringLiteral("unused"));
        first.id = store.uniqueRunId(first.startedAt);
        QCOMPARE(first.id, QStringLiteral("2026-11-23T09-14-03"));
        QVERIFY(store.createRun(first));
        RunInfo second = first;
        second.id = store.uniqueRunId(first.startedAt);
        QCOMPARE(second.id, QStringLiteral("2026-11-23T09-14-03-2"));
        second.startedAt = first.startedAt.addSecs(1);
        QVERIFY(store.createRun(second));
        QVERIFY(!store.createRun(first));
        QVERIFY(store.errorString().contains(first.id));

        const auto runs = store.runs();
        QVERIFY(runs.has_value());
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).id, second.id);
        QVERIFY(!store.run(QStringLiteral("nope")).has_value());
        QVERIFY(store.errorString().isEmpty());
    }

    void updateRun()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        RunInfo run = sampleRun(QStringLiteral("r1"), RunStatus::Running);
        QVERIFY(store.createRun(run));
        run.status = RunStatus::Completed;
        run.finishedAt = run.startedAt.addSecs(60);
        run.spentUsd = 0.42;
        QVERIFY2(store.updateRun(run), qPrintable(store.errorString()));
        QCOMPARE(store.run(run.id), std::optional(run));

        run.id = QStringLiteral("missing");
        QVERIFY(!store.updateRun(run));
        QVERIFY(store.errorString().contains(QLatin1String("missing")));
        run.id.clear();
        QVERIFY(!store.createRun(run));
        QVERIFY(!store.errorString().isEmpty());
    }

    void sameJobTwiceKeepsOneRow()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        const RunInfo run = sampleRun(QStringLiteral("r1"));
        QVERIFY(store.createRun(run));
        const JobKey job = sampleJobs(run).first();
        QVERIFY(store.insertResult(failedResult(run.id, job)));
        ResultRecord retried = sampleResult(run.id, job, 7);
        retried.attempts = 3;
        QVERIFY(store.insertResult(retried));
        QVERIFY(store.insertResults({ retried, retried }));
        QCOMPARE(store.resultCount(run.id), std::optional<qint64>(1));
        QCOMPARE(store.results(run.id), std::optional(QList<ResultRecord> { retried }));
        QCOMPARE(querySingle(store.databasePath(), QStringLiteral("SELECT COUNT(*) FROM results")),
                 QStringLiteral("1"));
    }

    void resultsFilteredByCategoryAndModel()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        const RunInfo run = sampleRun(QStringLiteral("r1"));
        QVERIFY(store.createRun(run));
        QList<ResultRecord> all;
        for (const auto& job : sampleJobs(run))
            all.append(sampleResult(run.id, job, int(all.size())));
        QVERIFY(store.insertResults(all));

        QCOMPARE(store.results(run.id)->size(), 24);
        const auto sentiment = store.results(run.id, QStringLiteral("sentiment"));
        QCOMPARE(sentiment->size(), 12);
        for (const auto& result : *sentiment)
            QCOMPARE(result.category, QStringLiteral("sentiment"));
        const auto haiku = store.results(run.id, {}, QStringLiteral("claude-haiku"));
        QCOMPARE(haiku->size(), 12);
        const auto both = store.results(run.id, QStringLiteral("extract"), QStringLiteral("claude-haiku"));
        QCOMPARE(both->size(), 6);
        for (const auto& result : *both)
            QVERIFY(result.category == QLatin1String("extract") && result.modelId == QLatin1String("claude-haiku"));
        QCOMPARE(store.results(QStringLiteral("other run"))->size(), 0);
    }

    void missingJobs()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        const RunInfo run = sampleRun(QStringLiteral("r1"), RunStatus::Interrupted);
        QVERIFY(store.createRun(run));
        const auto jobs = sampleJobs(run);
        QCOMPARE(store.missingJobs(run.id, jobs), std::optional(jobs));

        QList<JobKey> expectedMissing;
        QList<JobKey> expectedRedo;
        for (int i = 0; i < jobs.size(); ++i) {
            if (i % 3 == 0) {
                expectedMissing.append(jobs.at(i));
                expectedRedo.append(jobs.at(i));
            } else if (i % 5 == 0) {
                QVERIFY(store.insertResult(failedResult(run.id, jobs.at(i))));
                expectedRedo.append(jobs.at(i));
            } else {
                QVERIFY(store.insertResult(sampleResult(run.id, jobs.at(i), i)));
            }
        }
        QCOMPARE(store.missingJobs(run.id, jobs), std::optional(expectedMissing));
        QCOMPARE(store.missingJobs(run.id, jobs, ResultsStore::Redo::MissingAndFailed), std::optional(expectedRedo));
        QCOMPARE(store.missingJobs(QStringLiteral("other"), jobs), std::optional(jobs));
    }

    void deleteRunTakesItsResults()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        const RunInfo keep = sampleRun(QStringLiteral("keep"));
        const RunInfo drop = sampleRun(QStringLiteral("drop"));
        QVERIFY(store.createRun(keep));
        QVERIFY(store.createRun(drop));
        for (const auto& job : sampleJobs(keep)) {
            QVERIFY(store.insertResult(sampleResult(keep.id, job)));
            QVERIFY(store.insertResult(sampleResult(drop.id, job)));
        }
        QVERIFY2(store.deleteRun(drop.id), qPrintable(store.errorString()));
        QVERIFY(!store.run(drop.id));
        QCOMPARE(store.resultCount(drop.id), std::optional<qint64>(0));
        QCOMPARE(store.resultCount(keep.id), std::optional<qint64>(24));
        QVERIFY(!store.deleteRun(drop.id));
        QVERIFY(store.errorString().contains(drop.id));
    }

    void resultOfUnknownRunIsRefused()
    {
        ResultsStore store;
        const QString path = newPath();
        QVERIFY(store.open(path));
        const JobKey job { QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("m"), 0 };
        QVERIFY(!store.insertResults({ sampleResult(QStringLiteral("ghost"), job) }));
        QVERIFY(store.errorString().contains(path));
        QVERIFY2(store.errorString().contains(QLatin1String("FOREIGN KEY")), qPrintable(store.errorString()));
        QCOMPARE(store.resultCount(QStringLiteral("ghost")), std::optional<qint64>(0));
        QVERIFY(store.errorString().isEmpty());
    }

    void batchIsAllOrNothing()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        const RunInfo run = sampleRun(QStringLiteral("r1"));
        QVERIFY(store.createRun(run));
        const auto jobs = sampleJobs(run);
        const QList<ResultRecord> batch { sampleResult(run.id, jobs.at(0)), sampleResult(run.id, jobs.at(1)),
                                          sampleResult(QStringLiteral("ghost"), jobs.at(2)) };
        QVERIFY(!store.insertResults(batch));
        QVERIFY(store.errorString().contains(jobs.at(2).caseId));
        QCOMPARE(store.resultCount(run.id), std::optional<qint64>(0));
        QVERIFY(store.insertResults(batch.mid(0, 2)));
        QCOMPARE(store.resultCount(run.id), std::optional<qint64>(2));
    }

    void responseCacheRoundTrip()
    {
        const QString path = newPath();
        const QString key = responseCacheKey({ QStringLiteral("anthropic"),
                                               QStringLiteral("https://api.anthropic.com"),
                                               QStringLiteral("claude-haiku"),
                                               {},
                                               QStringLiteral("Hello") });
        const CachedResponse response { QStringLiteral("Hi — how can I help?"), 12, 7, 431, {}, 9 };
        {
            ResultsStore store;
            QVERIFY(store.open(path));
            QVERIFY(!store.cachedResponse(key).has_value());
            QVERIFY(store.errorString().isEmpty());
            QVERIFY(store.putCachedResponse(key, { QStringLiteral("old"), 1, 1, 1 }));
            QVERIFY(store.putCachedResponse(key, response));
        }
        ResultsStore store;
        QVERIFY(store.open(path));
        const std::optional<CachedResponse> read = store.cachedResponse(key);
        QVERIFY(read && read->storedAt.isValid());
        QVERIFY(read->storedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        CachedResponse expected = response;
        expected.storedAt = read->storedAt;
        QCOMPARE(read, std::optional(expected));
        QCOMPARE(querySingle(path, QStringLiteral("SELECT COUNT(*) FROM response_cache")), QStringLiteral("1"));
        QVERIFY(store.clearResponseCache());
        QVERIFY(!store.cachedResponse(key).has_value());
    }

    void responseCacheEntriesExpire()
    {
        const QString path = newPath();
        const CachedResponse response { QStringLiteral("billing"), 12, 1, 300 };
        ResultsStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.putCachedResponse(QStringLiteral("k"), response));
        const QDateTime stored = store.cachedResponse(QStringLiteral("k"))->storedAt;
        QVERIFY(store.cachedResponse(QStringLiteral("k"), stored).has_value());
        QVERIFY(!store.cachedResponse(QStringLiteral("k"), stored.addMSecs(1)).has_value());
        QVERIFY(store.errorString().isEmpty());
        // Asking the provider again refreshes the entry.
        QVERIFY(store.putCachedResponse(QStringLiteral("k"), response));
        QVERIFY(store.cachedResponse(QStringLiteral("k"), stored).has_value());
    }

    void cachedAtRoundTripsAndOldDatabasesUpgrade()
    {
        const QString path = newPath();
        RunInfo run;
        run.id = QStringLiteral("r");
        run.startedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        ResultRecord result;
        result.runId = run.id;
        result.category = QStringLiteral("c");
        result.caseId = QStringLiteral("1");
        result.modelId = QStringLiteral("m");
        result.cached = true;
        result.cachedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
        {
            ResultsStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.createRun(run) && store.insertResult(result));
            QCOMPARE(store.results(run.id)->constFirst().cachedAt, result.cachedAt);
        }
        // A database of format 1 had no cached_at column (nor the refusal columns of format 3); opening it
        // adds them, keeping the results.
        querySingle(path, QStringLiteral("DROP TABLE batch_jobs"));
        querySingle(path, QStringLiteral("DROP TABLE batches"));
        querySingle(path, QStringLiteral("ALTER TABLE results DROP COLUMN from_batch"));
        querySingle(path, QStringLiteral("ALTER TABLE results DROP COLUMN cached_input_tokens"));
        querySingle(path, QStringLiteral("ALTER TABLE response_cache DROP COLUMN cached_input_tokens"));
        querySingle(path, QStringLiteral("ALTER TABLE results DROP COLUMN cached_at"));
        querySingle(path, QStringLiteral("ALTER TABLE results DROP COLUMN refusal_reason"));
        querySingle(path, QStringLiteral("ALTER TABLE results DROP COLUMN refusal"));
        querySingle(path, QStringLiteral("UPDATE schema_version SET version = 1"));
        ResultsStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(querySingle(path, QStringLiteral("SELECT version FROM schema_version")),
                 QString::number(ResultsSchema::latestVersion()));
        const QList<ResultRecord> upgraded = *store.results(run.id);
        QCOMPARE(upgraded.size(), 1);
        QVERIFY(upgraded.constFirst().cached);
        QVERIFY(!upgraded.constFirst().cachedAt.isValid());
        QCOMPARE(upgraded.constFirst().cachedInputTokens, 0);
    }

    void verdicts()
    {
        const QString path = newPath();
        const QString mini = QStringLiteral("gpt-4o-mini");
        const QString haiku = QStringLiteral("claude-haiku");
        const QString flash = QStringLiteral("gemini-flash");
        ShadowVerdict verdict { QStringLiteral("sentiment"),         QStringLiteral("s1"), mini, haiku, Verdict::Better,
                                QStringLiteral("names the product"), QStringLiteral("r1") };
        {
            ResultsStore store;
            QVERIFY(store.open(path));
            QVERIFY(!store.verdict(verdict.category, verdict.caseId, mini, haiku).has_value());
            QVERIFY(store.setVerdict({ verdict.category, verdict.caseId, mini, haiku, Verdict::Worse }));
            QVERIFY(store.setVerdict(verdict));
            QVERIFY(store.setVerdict({ verdict.category, QStringLiteral("s2"), mini, haiku, Verdict::Same }));
            QVERIFY(store.setVerdict({ verdict.category, verdict.caseId, mini, flash, Verdict::Worse }));
        }
        ResultsStore store;
        QVERIFY(store.open(path));
        const auto read = store.verdict(verdict.category, verdict.caseId, mini, haiku);
        QVERIFY(read.has_value());
        QVERIFY(read->updatedAt.isValid());
        QVERIFY(qAbs(read->updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        verdict.updatedAt = read->updatedAt;
        QCOMPARE(*read, verdict);

        QCOMPARE(store.verdicts()->size(), 3);
        const auto pair = store.verdicts(mini, haiku);
        QCOMPARE(pair->size(), 2);
        QCOMPARE(pair->at(0).caseId, QStringLiteral("s1"));
        QCOMPARE(pair->at(1).verdict, Verdict::Same);
        QCOMPARE(store.verdicts({}, flash)->size(), 1);

        QVERIFY(store.removeVerdict(verdict.category, verdict.caseId, mini, haiku));
        QVERIFY(!store.verdict(verdict.category, verdict.caseId, mini, haiku).has_value());
        QCOMPARE(store.verdicts(mini, haiku)->size(), 1);
        QVERIFY(!store.setVerdict({ verdict.category, {}, mini, haiku }));
        QVERIFY(!store.errorString().isEmpty());
    }

    void unusableFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("version: 1\nname: not a database\n")
                                   << QStringLiteral("not an SQLite file");
        QByteArray garbled(8192, '\x5a');
        garbled.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        QTest::newRow("damaged SQLite file") << garbled << QStringLiteral("not a database");
    }

    void unusableFilesGiveClearErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = newPath();
        writeFile(path, content);
        ResultsStore store;
        QVERIFY(!store.open(path));
        QVERIFY(!store.isOpen());
        qInfo() << "error shown:" << store.errorString();
        QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(expected), qPrintable(store.errorString()));
        QVERIFY(!store.createRun(sampleRun(QStringLiteral("r1"))));
        QVERIFY(!store.errorString().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // left as it was
    }

    void foreignSqliteDatabaseIsRefused()
    {
        const QString path = newPath();
        querySingle(path, QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
        ResultsStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QLatin1String("invoices")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(path));
    }

    void newerSchemaIsRefused()
    {
        const QString path = newPath();
        {
            ResultsStore store;
            QVERIFY(store.open(path));
        }
        querySingle(path, QStringLiteral("UPDATE schema_version SET version = 99"));
        ResultsStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QLatin1String("newer")), qPrintable(store.errorString()));
    }

    void missingFolderGivesClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/ws.signalbox.db"));
        ResultsStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    }

    void closedStoreRefusesCalls()
    {
        ResultsStore store;
        QVERIFY(!store.isOpen());
        QVERIFY(!store.runs().has_value());
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(!store.insertResult({}));
        QVERIFY(!store.cachedResponse(QStringLiteral("k")).has_value());
        QVERIFY(!store.errorString().isEmpty());
    }

    void twentyThousandResultsInBatches()
    {
        ResultsStore store;
        QVERIFY(store.open(newPath()));
        RunInfo run = sampleRun(QStringLiteral("big"));
        QVERIFY(store.createRun(run));
        constexpr int total = 20'000;
        constexpr int batchSize = 250;
        QElapsedTimer timer;
        timer.start();
        QList<ResultRecord> batch;
        for (int i = 0; i < total; ++i) {
            const JobKey job { QStringLiteral("cat-%1").arg(i % 4),
                               QStringLiteral("case-%1").arg(i / 8, 5, 10, QLatin1Char('0')),
                               QStringLiteral("model-%1").arg(i / 4 % 2), 0 };
            batch.append(sampleResult(run.id, job, i));
            if (batch.size() == batchSize) {
                QVERIFY2(store.insertResults(batch), qPrintable(store.errorString()));
                batch.clear();
            }
        }
        const qint64 writeMs = timer.restart();
        const auto all = store.results(run.id);
        const qint64 readMs = timer.elapsed();
        qInfo("%d results written in %lld ms (batches of %d), read back in %lld ms", total, writeMs, batchSize, readMs);
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), total);
        QCOMPARE(store.resultCount(run.id), std::optional<qint64>(total));
        QVERIFY(std::is_sorted(all->cbegin(), all->cend(), [](const ResultRecord& a, const ResultRecord& b) {
            return std::tie(a.category, a.caseId, a.modelId) < std::tie(b.category, b.caseId, b.modelId);
        }));
        QCOMPARE(store.results(run.id, QStringLiteral("cat-1"))->size(), total / 4);
    }
};

QTEST_GUILESS_MAIN(TestResultsStore)
#include "tst_resultsstore.moc"
