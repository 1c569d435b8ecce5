// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsschema.h"

#include "sqltransaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <vector>

namespace {

using Step = std::vector<const char*>;

// Times are milliseconds since the epoch (UTC); lists and settings are JSON text.
const Step version1 = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE runs ("
    " id TEXT PRIMARY KEY NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER,"
    " status TEXT NOT NULL, categories TEXT NOT NULL DEFAULT '[]', model_ids TEXT NOT NULL DEFAULT '[]',"
    " repeats INTEGER NOT NULL DEFAULT 1, settings TEXT NOT NULL DEFAULT '{}',"
    " workspace_hash TEXT NOT NULL DEFAULT '', simulated INTEGER NOT NULL DEFAULT 0,"
    " spent_usd REAL NOT NULL DEFAULT 0)",
    "CREATE INDEX runs_by_start ON runs (started_at)",
    "CREATE INDEX runs_by_status ON runs (status)",
    "CREATE TABLE results ("
    " id INTEGER PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " category TEXT NOT NULL, case_id TEXT NOT NULL, model_id TEXT NOT NULL, repeat_index INTEGER NOT NULL,"
    " output TEXT NOT NULL DEFAULT '', input_tokens INTEGER NOT NULL DEFAULT 0,"
    " output_tokens INTEGER NOT NULL DEFAULT 0, usage_estimated INTEGER NOT NULL DEFAULT 0,"
    " cost_usd REAL NOT NULL DEFAULT 0, judge_cost_usd REAL NOT NULL DEFAULT 0,"
    " latency_ms INTEGER NOT NULL DEFAULT 0, score REAL, pass INTEGER NOT NULL DEFAULT 0,"
    " error_kind TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 1, http_status INTEGER NOT NULL DEFAULT 0, finished_at INTEGER,"
    " cached INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (run_id, category, case_id, model_id, repeat_index))",
    // The UNIQUE index serves a run's results and those of one category; this one a model's.
    "CREATE INDEX results_by_model ON results (run_id, model_id)",
    "CREATE TABLE response_cache ("
    " key TEXT PRIMARY KEY NOT NULL, output TEXT NOT NULL, input_tokens INTEGER NOT NULL,"
    " output_tokens INTEGER NOT NULL, latency_ms INTEGER NOT NULL, stored_at INTEGER NOT NULL)",
    "CREATE TABLE verdicts ("
    " category TEXT NOT NULL, case_id TEXT NOT NULL, baseline TEXT NOT NULL, candidate TEXT NOT NULL,"
    " verdict TEXT NOT NULL CHECK (verdict IN ('better', 'same', 'worse')), note TEXT NOT NULL DEFAULT '',"
    " run_id TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL,"
    " PRIMARY KEY (category, case_id, baseline, candidate))",
    "CREATE INDEX verdicts_by_pair ON verdicts (baseline, candidate)",
};

// When each cached answer was first given, so that a run can say how old its evidence is.
const Step version2 = {
    "ALTER TABLE results ADD COLUMN cached_at INTEGER",
};

// Answers that are none (a refusal, a content filter, an empty answer), and the provider's reason.
const Step version3 = {
    "ALTER TABLE results ADD COLUMN refusal TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE results ADD COLUMN refusal_reason TEXT NOT NULL DEFAULT ''",
};

// The input tokens a provider's prompt cache served, so that repricing can give them the
// cached-input price; in the response cache too, so that an answer reused keeps them.
const Step cachedInputTokensStep = {
    "ALTER TABLE results ADD COLUMN cached_input_tokens INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE response_cache ADD COLUMN cached_input_tokens INTEGER NOT NULL DEFAULT 0",
};

// Runs sent through the providers' batch APIs: each batch as soon as it exists, the jobs it carries
// (so that a reopened run polls it instead of sending them again), and which results came from one.
const Step batchesStep = {
    "ALTER TABLE results ADD COLUMN from_batch INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE batches ("
    " id INTEGER PRIMARY KEY, run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " provider TEXT NOT NULL, remote_id TEXT NOT NULL DEFAULT '', input_ref TEXT NOT NULL DEFAULT '',"
    " phase TEXT NOT NULL, submitted_at INTEGER, item_count INTEGER NOT NULL DEFAULT 0,"
    " done_count INTEGER NOT NULL DEFAULT 0, failed_count INTEGER NOT NULL DEFAULT 0,"
    " message TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX batches_by_run ON batches (run_id, phase)",
    "CREATE TABLE batch_jobs ("
    " batch_id INTEGER NOT NULL REFERENCES batches (id) ON DELETE CASCADE, custom_id TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'submitted', PRIMARY KEY (batch_id, custom_id))",
};

// An answer collected from a provider's batch has no latency of its own (it came within a day), yet
// version 5 stored 0 for it, which every statistic read as the fastest possible answer. It is
// unmeasured (ResultRecord::unmeasuredLatency). A response cache entry does not say where its answer
// came from, so one written from a batch answer before this step keeps its 0.
const Step unmeasuredBatchLatencyStep = {
    "UPDATE results SET latency_ms = -1 WHERE from_batch = 1",
};

// What each batch was created with (BatchRecord::tag), so that one whose creation went unconfirmed
// is found again at the provider rather than sent twice. Batches recorded before it have none.
const Step batchTagStep = {
    "ALTER TABLE batches ADD COLUMN tag TEXT NOT NULL DEFAULT ''",
};

const std::vector<Step>& steps()
{
    static const std::vector<Step> all = {
        version1, version2, version3, cachedInputTokensStep, batchesStep, unmeasuredBatchLatencyStep, batchTagStep
    };
    return all;
}

QString fileOf(const QSqlDatabase& db)
{
    return db.databaseName();
}

bool failed(QString* error, const QString& message)
{
    *error = message;
    return false;
}

bool applyStep(const QSqlDatabase& db, int version, QString* error)
{
    QSqlQuery query(db);
    for (const char* statement : steps().at(version - 1)) {
        if (!query.exec(QString::fromLatin1(statement))) {
            return failed(error,
                          ResultsSchema::tr("Cannot upgrade the results database %1 to version %2: %3")
                              .arg(fileOf(db), QString::number(version), sqliteErrorText(query.lastError())));
        }
    }
    const bool recorded = query.exec(QStringLiteral("DELETE FROM schema_version"))
        && query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    query.addBindValue(version);
    if (!recorded || !query.exec()) {
        return failed(error,
                      ResultsSchema::tr("Cannot record the version of the results database %1: %2")
                          .arg(fileOf(db), sqliteErrorText(query.lastError())));
    }
    return true;
}

std::optional<int> checkedVersion(const QSqlDatabase& db, QString* error)
{
    const int version = ResultsSchema::storedVersion(db, error);
    if (version < 0)
        return std::nullopt;
    if (version > ResultsSchema::latestVersion()) {
        failed(error,
               ResultsSchema::tr("The results database %1 was written by a newer Signalbox (format %2; this one "
                                 "reads up to %3).")
                   .arg(fileOf(db), QString::number(version), QString::number(ResultsSchema::latestVersion())));
        return std::nullopt;
    }
    return version;
}

} // namespace

int ResultsSchema::latestVersion()
{
    return int(steps().size());
}

int ResultsSchema::storedVersion(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        failed(error,
               tr("Cannot read the results database %1: %2").arg(fileOf(db), sqliteErrorText(query.lastError())));
        return -1;
    }
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QLatin1String("schema_version"))) {
        failed(error,
               tr("%1 is not a Signalbox results database: it is an SQLite database with other tables (%2).")
                   .arg(fileOf(db), tables.join(QLatin1String(", "))));
        return -1;
    }
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        failed(error,
               tr("Cannot read the version of the results database %1: %2")
                   .arg(fileOf(db), sqliteErrorText(query.lastError())));
        return -1;
    }
    return query.value(0).toInt();
}

bool ResultsSchema::migrate(const QSqlDatabase& db, QString* error)
{
    const auto version = checkedVersion(db, error);
    if (!version)
        return false;
    if (*version == latestVersion())
        return true;
    SqlTransaction transaction(db);
    if (!transaction.begin()) {
        return failed(
            error,
            tr("Cannot upgrade the results database %1: %2").arg(fileOf(db), sqliteErrorText(transaction.lastError())));
    }
    // Another connection may have upgraded it while this one waited for the write lock.
    const auto current = checkedVersion(db, error);
    if (!current)
        return false;
    for (int step = *current + 1; step <= latestVersion(); ++step) {
        if (!applyStep(db, step, error))
            return false;
    }
    if (!transaction.commit()) {
        return failed(
            error,
            tr("Cannot upgrade the results database %1: %2").arg(fileOf(db), sqliteErrorText(transaction.lastError())));
    }
    return true;
}
