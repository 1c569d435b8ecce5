// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachedresponse.h"
#include "resultrecord.h"
#include "runinfo.h"
#include "shadowverdict.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QLockFile;
class QSqlQuery;
class SqlTransaction;

// The results database beside a workspace (`<name>.signalbox.db`): runs, their results, the
// response cache and the verdicts of shadow comparisons. SQLite in WAL mode, so that readers see
// every committed result while a writer goes on writing.
//
// Threads: an instance owns its own named connection and must be used only from the thread that
// opened it (Qt SQL connections belong to one thread). Any number of instances, in any threads or
// processes, may have the same database open; the runner keeps one on its writer thread.
//
// Errors: a call that fails returns false or nullopt, and errorString() then says what failed,
// on which file, in SQLite's own words; after a call that succeeds it is empty. A lookup that
// finds nothing returns nullopt with an empty errorString().
//
// Live runs: a store that records a run as Running holds a lock file for it beside the database
// until the run leaves that status or the store closes. open() marks a Running run whose lock no
// one holds as Interrupted: its writer was cut off by a crash. A store that closes with a run still
// Running leaves it to the next open() to be found the same way. While a store runs a run, other
// stores may read it but not update or delete it.
class ResultsStore
{
    Q_DECLARE_TR_FUNCTIONS(ResultsStore)
    Q_DISABLE_COPY_MOVE(ResultsStore)
public:
    // What missingJobs() returns besides the jobs with no result at all.
    enum class Redo { Missing, MissingAndFailed };

    ResultsStore();
    ~ResultsStore();

    // "support.signalbox.yaml" -> "support.signalbox.db", "other.yml" -> "other.signalbox.db".
    static QString databasePathFor(const QString& workspacePath);

    bool open(const QString& databasePath); // creates or upgrades the database as needed
    void close();
    bool isOpen() const;
    QString databasePath() const { return m_path; }
    QString errorString() const { return m_error; }
    QStringList runsInterruptedAtOpen() const { return m_interruptedAtOpen; }

    // Runs
    QString uniqueRunId(const QDateTime& startedAt); // makeRunId(), suffixed "-2", "-3"... when taken
    bool createRun(const RunInfo& run);
    bool updateRun(const RunInfo& run); // every field but the id
    std::optional<RunInfo> run(const QString& runId);
    std::optional<QList<RunInfo>> runs(); // newest first
    bool deleteRun(const QString& runId); // with its results; refused while another store runs it

    // Results. A job has at most one row: saving a result for a job that has one replaces it, so
    // that re-running a job (after an error, say) keeps the latest answer only.
    bool insertResult(const ResultRecord& result); // committed when it returns true
    bool insertResults(const QList<ResultRecord>& results); // one transaction: all or none
    // The results with what their run has spent so far, in one transaction: a run killed at any
    // moment leaves its stored results counted in its spending, so a resumed run keeps to its budget.
    bool insertResults(const QList<ResultRecord>& results, const QString& runId, double runSpentUsd);
    bool setRunSpent(const QString& runId, double spentUsd);
    // What the run's stored results cost: their model calls (answers from the cache are free) and
    // their judge calls. A database written before spending was saved as it grew has only this.
    std::optional<double> storedResultsCost(const QString& runId);
    // A run's results, of one category and/or model when given; ordered by category, case, model
    // and repeat. Read forward-only into a reserved list: analysis loads runs of 200,000 results.
    std::optional<QList<ResultRecord>> results(const QString& runId, const QString& category = {},
                                               const QString& modelId = {});
    std::optional<qint64> resultCount(const QString& runId);
    // Calls visit with each of a run's results, in results()' order, holding one row at a time: what
    // summarises a run of any size in the memory of its aggregates. False (and errorString()) when
    // the reading fails, perhaps after some rows were visited.
    bool forEachResult(const QString& runId, const std::function<void(const ResultRecord&)>& visit);
    // How many results a run has stored, how many are errors and how many passed, counted by SQLite.
    struct Tally {
        qint64 results = 0;
        qint64 errors = 0;
        qint64 passed = 0;
    };
    std::optional<Tally> tally(const QString& runId);
    // The jobs of a run that have a result (one without an error, with Redo::MissingAndFailed): what
    // a resumed run leaves out. Their names are shared between keys, so a key costs tens of bytes.
    std::optional<QSet<JobKey>> doneJobs(const QString& runId, Redo redo = Redo::Missing);
    // The jobs of allJobs that a resumed run still has to do, in allJobs' order.
    std::optional<QList<JobKey>> missingJobs(const QString& runId, const QList<JobKey>& allJobs,
                                             Redo redo = Redo::Missing);

    // Response cache, keyed by responseCacheKey(). An entry stored before storedSince (when given)
    // counts as absent: an old answer would hide a model that changed since.
    std::optional<CachedResponse> cachedResponse(const QString& key, const QDateTime& storedSince = {});
    bool putCachedResponse(const QString& key, const CachedResponse& response);
    bool clearResponseCache();

    // Verdicts of shadow comparisons; setting one for a case and pair that has one replaces it.
    bool setVerdict(const ShadowVerdict& verdict); // stamps updatedAt
    std::optional<ShadowVerdict> verdict(const QString& category, const QString& caseId, const QString& baselineModelId,
                                         const QString& candidateModelId);
    // Empty model ids match any.
    std::optional<QList<ShadowVerdict>> verdicts(const QString& baselineModelId = {},
                                                 const QString& candidateModelId = {});
    bool removeVerdict(const QString& category, const QString& caseId, const QString& baselineModelId,
                       const QString& candidateModelId);

private:
    bool checkFileHeader();
    bool openConnection();
    bool setPragmas();
    bool markInterruptedRuns();
    bool writeRun(const RunInfo& run, bool create);
    bool insertQueryReady();
    bool holdRunLock(const QString& runId);
    bool isHeldElsewhere(const QString& runId);
    std::unique_ptr<QLockFile> makeRunLock(const QString& runId) const;
    bool execute(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what);
    bool begin(SqlTransaction& transaction, const QString& what);
    bool commit(SqlTransaction& transaction, const QString& what);
    bool start(); // clears the error; false when the store is not open
    bool fail(const QString& message);
    bool failSql(const QString& what, const QSqlError& error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QStringList m_interruptedAtOpen;
    std::unique_ptr<QSqlQuery> m_insertResult; // prepared once: a run saves thousands
    std::map<QString, std::unique_ptr<QLockFile>> m_runLocks; // of the runs this store runs
};
