// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsfixtures.h"

#include "results/resultsschema.h"
#include "results/resultsstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A results database written before refusals and prompt-cached input tokens were recorded opens,
// keeps every result, and takes both from then on.
class TestResultsMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionOneDatabaseIsUpgraded();
    void versionFiveBatchAnswersLoseTheirLatency();

private:
    bool writeVersionOne(const QString& path);
    bool writeOld(const QString& path, const QList<const char*>& statements);

    QTemporaryDir m_dir;
};

namespace {
// A database of the first format is today's with the columns it lacked dropped (SQLite 3.35 and later).
const char* const downgrade[] = {
    "DROP TABLE batch_jobs",
    "DROP TABLE batches",
    "ALTER TABLE results DROP COLUMN from_batch",
    "ALTER TABLE results DROP COLUMN cached_input_tokens",
    "ALTER TABLE response_cache DROP COLUMN cached_input_tokens",
    "ALTER TABLE results DROP COLUMN cached_at",
    "ALTER TABLE results DROP COLUMN refusal_reason",
    "ALTER TABLE results DROP COLUMN refusal",
    "UPDATE schema_version SET version = 1",
    "INSERT INTO runs (id, started_at, status) VALUES ('run-old', 1795000000000, 'completed')",
    "INSERT INTO results (run_id, category, case_id, model_id, repeat_index, output, score, pass)"
    " VALUES ('run-old', 'tickets', 't1', 'mini', 0, 'billing', 1.0, 1)",
};
} // namespace

bool TestResultsMigration::writeVersionOne(const QString& path)
{
    return writeOld(path, QList<const char*>(std::begin(downgrade), std::end(downgrade)));
}

bool TestResultsMigration::writeOld(const QString& path, const QList<const char*>& statements)
{
    {
        ResultsStore current;
        if (!current.open(path))
            return false;
    }
    const QString connection = u"version-one"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const char* statement : statements) {
            if (ok && !query.exec(QString::fromLatin1(statement))) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void TestResultsMigration::versionOneDatabaseIsUpgraded()
{
    const QString path = m_dir.filePath(u"old.signalbox.db"_s);
    QVERIFY(writeVersionOne(path));
    ResultsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const QList<ResultRecord> old = store.results(u"run-old"_s).value_or(QList<ResultRecord>());
    QCOMPARE(old.size(), 1);
    QCOMPARE(old.first().output, u"billing"_s);
    QVERIFY(old.first().pass);
    QVERIFY(!old.first().isRefusal());
    QVERIFY(old.first().refusalReason.isEmpty());
    QVERIFY(!old.first().fromBatch);
    QCOMPARE(old.first().cachedInputTokens, 0);

    ResultRecord refused = ResultsFixtures::sampleResult(u"run-old"_s, { u"tickets"_s, u"t2"_s, u"mini"_s, 0 });
    refused.output.clear();
    refused.score = 0.0;
    refused.pass = false;
    refused.refusal = u"content-filter"_s;
    refused.refusalReason = u"The answer was blocked (SAFETY)"_s;
    refused.fromBatch = true;
    refused.cachedInputTokens = 96;
    QVERIFY2(store.insertResult(refused), qPrintable(store.errorString()));
    const QList<ResultRecord> now = store.results(u"run-old"_s).value_or(QList<ResultRecord>());
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(1), refused);
    QCOMPARE(ResultsSchema::latestVersion(), 7);
}

// Version 5 stored 0 ms for answers collected from a batch; the upgrade marks them unmeasured and
// leaves every measured latency (and a real 0 of an interactive answer) alone.
void TestResultsMigration::versionFiveBatchAnswersLoseTheirLatency()
{
    const QString path = m_dir.filePath(u"five.signalbox.db"_s);
    QVERIFY(writeOld(path,
                     { "ALTER TABLE batches DROP COLUMN tag", "UPDATE schema_version SET version = 5",
                       "INSERT INTO runs (id, started_at, status) VALUES ('run-five', 1795000000000, 'completed')",
                       "INSERT INTO results (run_id, category, case_id, model_id, repeat_index, latency_ms, from_batch)"
                       " VALUES ('run-five', 'tickets', 't1', 'mini', 0, 0, 1)",
                       "INSERT INTO results (run_id, category, case_id, model_id, repeat_index, latency_ms, from_batch)"
                       " VALUES ('run-five', 'tickets', 't2', 'mini', 0, 250, 0)",
                       "INSERT INTO results (run_id, category, case_id, model_id, repeat_index, latency_ms, from_batch)"
                       " VALUES ('run-five', 'tickets', 't3', 'mini', 0, 0, 0)" }));
    ResultsStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const QList<ResultRecord> results = store.results(u"run-five"_s).value_or(QList<ResultRecord>());
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).fromBatch);
    QVERIFY(!results.at(0).hasLatency());
    QCOMPARE(results.at(0).latencyMs, ResultRecord::unmeasuredLatency);
    QCOMPARE(results.at(1).latencyMs, 250);
    QCOMPARE(results.at(2).latencyMs, 0);
    QVERIFY(results.at(2).hasLatency());
}

QTEST_GUILESS_MAIN(TestResultsMigration)
#include "tst_resultsmigration.moc"
