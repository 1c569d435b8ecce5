// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsstore.h"

#include "resultsrows.h"
#include "resultsschema.h"
#include "sqltransaction.h"

#include <atomic>
#include <QCryptographicHash>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>

using namespace ResultsRows;

namespace {

const QString driverName = QStringLiteral("QSQLITE");

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("signalbox-results-%1").arg(++counter);
}

// Workspace suffixes, longest first, that the database's name replaces.
const QLatin1String workspaceSuffixes[] = {
    QLatin1String(".signalbox.yaml"),
    QLatin1String(".signalbox.yml"),
    QLatin1String(".yaml"),
    QLatin1String(".yml"),
};

} // namespace

ResultsStore::ResultsStore() = default;

ResultsStore::~ResultsStore()
{
    close();
}

QString ResultsStore::databasePathFor(const QString& workspacePath)
{
    for (const auto suffix : workspaceSuffixes) {
        if (workspacePath.endsWith(suffix, Qt::CaseInsensitive))
            return workspacePath.chopped(suffix.size()) + QLatin1String(".signalbox.db");
    }
    return workspacePath + QLatin1String(".signalbox.db");
}

bool ResultsStore::open(const QString& databasePath)
{
    close();
    m_error.clear();
    m_interruptedAtOpen.clear();
    m_path = databasePath;
    if (checkFileHeader() && openConnection() && setPragmas() && ResultsSchema::migrate(m_db, &m_error)
        && markInterruptedRuns()) {
        return true;
    }
    const QString error = m_error;
    close();
    m_error = error;
    return false;
}

void ResultsStore::close()
{
    m_runLocks.clear();
    m_insertResult.reset();
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool ResultsStore::isOpen() const
{
    return m_db.isOpen();
}

bool ResultsStore::checkFileHeader()
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return true; // SQLite makes a new database of it
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open the results database %1: %2").arg(m_path, file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic) {
        return fail(tr("%1 is not a results database: it is not an SQLite file. Move it away and Signalbox "
                       "will create a new one.")
                        .arg(m_path));
    }
    return true;
}

bool ResultsStore::openConnection()
{
    if (!QSqlDatabase::isDriverAvailable(driverName))
        return fail(tr("Cannot open %1: the Qt SQLite driver (QSQLITE) is not installed.").arg(m_path));
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(driverName, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return failSql(tr("Cannot open the results database"), m_db.lastError());
    return true;
}

bool ResultsStore::setPragmas()
{
    QSqlQuery query(m_db);
    if (!execute(query, QStringLiteral("PRAGMA journal_mode = WAL"), {}, tr("Cannot open the results database")))
        return false;
    const QString mode = query.next() ? query.value(0).toString() : QString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(tr("Cannot open the results database %1 in write-ahead-log mode (journal mode: %2). Is it on "
                       "a network file system?")
                        .arg(m_path, mode));
    }
    // NORMAL loses no committed transaction when the application crashes, only on a power cut.
    return execute(query, QStringLiteral("PRAGMA synchronous = NORMAL"), {},
                   tr("Cannot configure the results database"))
        && execute(query, QStringLiteral("PRAGMA foreign_keys = ON"), {}, tr("Cannot configure the results database"));
}

bool ResultsStore::markInterruptedRuns()
{
    QSqlQuery query(m_db);
    if (!execute(query, QStringLiteral("SELECT id FROM runs WHERE status = ?"), { runStatusKey(RunStatus::Running) },
                 tr("Cannot look for interrupted runs")))
        return false;
    QStringList running;
    while (query.next())
        running.append(query.value(0).toString());
    query.finish();
    for (const QString& runId : running) {
        const auto lock = makeRunLock(runId);
        if (!lock->tryLock(0))
            continue; // a live store is writing it
        if (!execute(query, QStringLiteral("UPDATE runs SET status = ? WHERE id = ? AND status = ?"),
                     { runStatusKey(RunStatus::Interrupted), runId, runStatusKey(RunStatus::Running) },
                     tr("Cannot mark run %1 as interrupted").arg(runId)))
            return false;
        m_interruptedAtOpen.append(runId);
    }
    return true;
}

QString ResultsStore::uniqueRunId(const QDateTime& startedAt)
{
    QString base = makeRunId(startedAt);
    if (!start())
        return base;
    QSqlQuery query(m_db);
    for (int n = 1;; ++n) {
        QString id = n == 1 ? base : base + u'-' + QString::number(n);
        if (!execute(query, QStringLiteral("SELECT 1 FROM runs WHERE id = ?"), { id },
                     tr("Cannot look up run %1").arg(id))
            || !query.next())
            return id;
    }
}

bool ResultsStore::createRun(const RunInfo& run)
{
    return writeRun(run, true);
}

bool ResultsStore::updateRun(const RunInfo& run)
{
    return writeRun(run, false);
}

bool ResultsStore::writeRun(const RunInfo& info, bool create)
{
    if (!start())
        return false;
    if (info.id.isEmpty())
        return fail(tr("Cannot save a run without an id in %1.").arg(m_path));
    if (!create && isHeldElsewhere(info.id))
        return fail(tr("Cannot update run %1: another Signalbox window or process is running it.").arg(info.id));
    const bool heldBefore = m_runLocks.count(info.id) > 0;
    if (info.status == RunStatus::Running && !holdRunLock(info.id))
        return false;
    const QString sql = create
        ? QString(u"INSERT INTO runs (" + runColumns + u") VALUES (" + placeholdersFor(runColumns) + u')')
        : QString(u"UPDATE runs SET (" + runColumns + u") = (" + placeholdersFor(runColumns) + u") WHERE id = ?");
    QVariantList values = runValues(info);
    if (!create)
        values.append(info.id);
    QSqlQuery query(m_db);
    bool ok = execute(query, sql, values,
                      create ? tr("Cannot save run %1").arg(info.id) : tr("Cannot update run %1").arg(info.id));
    if (ok && !create && query.numRowsAffected() < 1)
        ok = fail(tr("Cannot update run %1: there is no such run in %2.").arg(info.id, m_path));
    if ((!ok && !heldBefore) || (ok && info.status != RunStatus::Running))
        m_runLocks.erase(info.id);
    return ok;
}

std::optional<RunInfo> ResultsStore::run(const QString& runId)
{
    if (!start())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execute(query, u"SELECT " + runColumns + u" FROM runs WHERE id = ?", { runId },
                 tr("Cannot read run %1").arg(runId))
        || !query.next())
        return std::nullopt;
    return readRun(query);
}

std::optional<QList<RunInfo>> ResultsStore::runs()
{
    if (!start())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execute(query, u"SELECT " + runColumns + u" FROM runs ORDER BY started_at DESC, id DESC", {},
                 tr("Cannot read the list of runs")))
        return std::nullopt;
    QList<RunInfo> list;
    while (query.next())
        list.append(readRun(query));
    if (query.lastError().isValid()) {
        failSql(tr("Cannot read the list of runs"), query.lastError());
        return std::nullopt;
    }
    return list;
}

bool ResultsStore::deleteRun(const QString& runId)
{
    if (!start())
        return false;
    if (isHeldElsewhere(runId))
        return fail(tr("Cannot delete run %1: another Signalbox window or process is running it.").arg(runId));
    const QString what = tr("Cannot delete run %1").arg(runId);
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!begin(transaction, what)
        || !execute(query, QStringLiteral("DELETE FROM results WHERE run_id = ?"), { runId }, what)
        || !execute(query, QStringLiteral("DELETE FROM runs WHERE id = ?"), { runId }, what))
        return false;
    if (query.numRowsAffected() < 1)
        return fail(tr("Cannot delete run %1: there is no such run in %2.").arg(runId, m_path));
    if (!commit(transaction, what))
        return false;
    m_runLocks.erase(runId);
    return true;
}

// The lock file of a run sits beside the database, as SQLite's own -wal and -shm files do, so
// that every process that opens the database finds it, whatever its temporary folder.
std::unique_ptr<QLockFile> ResultsStore::makeRunLock(const QString& runId) const
{
    const auto hash = QCryptographicHash::hash(runId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    auto lock = std::make_unique<QLockFile>(m_path + QLatin1String("-run-") + QString::fromLatin1(hash)
                                            + QLatin1String(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, however long a run takes
    return lock;
}

bool ResultsStore::holdRunLock(const QString& runId)
{
    if (m_runLocks.count(runId))
        return true;
    auto lock = makeRunLock(runId);
    if (lock->tryLock(0)) {
        m_runLocks.emplace(runId, std::move(lock));
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError)
        return fail(tr("Run %1 is being run by another Signalbox window or process.").arg(runId));
    return fail(tr("Cannot create the lock file of run %1 beside %2.").arg(runId, m_path));
}

bool ResultsStore::isHeldElsewhere(const QString& runId)
{
    if (m_runLocks.count(runId))
        return false;
    const auto lock = makeRunLock(runId);
    return !lock->tryLock(0) && lock->error() == QLockFile::LockFailedError;
}

bool ResultsStore::execute(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failSql(what, query.lastError());
    for (const auto& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failSql(what, query.lastError());
    return true;
}

bool ResultsStore::begin(SqlTransaction& transaction, const QString& what)
{
    return transaction.begin() || failSql(what, transaction.lastError());
}

bool ResultsStore::commit(SqlTransaction& transaction, const QString& what)
{
    return transaction.commit() || failSql(what, transaction.lastError());
}

bool ResultsStore::start()
{
    m_error.clear();
    return isOpen() || fail(tr("The results database is not open."));
}

bool ResultsStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool ResultsStore::failSql(const QString& what, const QSqlError& error)
{
    return fail(tr("%1 (%2): %3").arg(what, m_path, sqliteErrorText(error)));
}
