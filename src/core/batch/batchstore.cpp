// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchstore.h"

#include "results/sqltransaction.h"

#include <atomic>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return u"signalbox-batches-%1"_s.arg(++counter);
}

// SQLite takes a null QString for NULL, which the NOT NULL text columns refuse.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

const QString batchColumns
    = u"id, run_id, provider, remote_id, input_ref, phase, submitted_at, item_count, done_count, failed_count, message, tag"_s;

BatchRecord readBatch(const QSqlQuery& query)
{
    BatchRecord batch;
    batch.id = query.value(0).toLongLong();
    batch.runId = query.value(1).toString();
    batch.providerName = query.value(2).toString();
    batch.remoteId = query.value(3).toString();
    batch.inputRef = query.value(4).toString();
    batch.phase = batchPhaseFromKey(query.value(5).toString()).value_or(BatchPhase::Failed);
    if (!query.value(6).isNull())
        batch.submittedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    batch.itemCount = query.value(7).toInt();
    batch.doneCount = query.value(8).toInt();
    batch.failedCount = query.value(9).toInt();
    batch.message = query.value(10).toString();
    batch.tag = query.value(11).toString();
    return batch;
}
} // namespace

BatchStore::BatchStore() = default;

BatchStore::~BatchStore()
{
    close();
}

bool BatchStore::open(const QString& databasePath)
{
    close();
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(databasePath);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open())
        return fail(tr("Cannot open the results database %1").arg(databasePath), m_db.lastError().text());
    QSqlQuery query(m_db);
    return run(query, u"PRAGMA foreign_keys = ON"_s, {}, tr("Cannot configure the results database"))
        && run(query, u"PRAGMA synchronous = NORMAL"_s, {}, tr("Cannot configure the results database"));
}

void BatchStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

std::optional<qint64> BatchStore::addBatch(const BatchRecord& batch, const QStringList& customIds)
{
    const QString what = tr("Cannot record a batch of run %1").arg(batch.runId);
    SqlTransaction transaction(m_db);
    if (!transaction.begin()) {
        fail(what, transaction.lastError().text());
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    if (!run(
            query,
            u"INSERT INTO batches (run_id, provider, phase, submitted_at, item_count, tag) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { batch.runId, batch.providerName, batchPhaseKey(BatchPhase::Submitting), timeValue(batch.submittedAt),
              int(customIds.size()), text(batch.tag) },
            what))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!query.prepare(u"INSERT INTO batch_jobs (batch_id, custom_id) VALUES (?, ?)"_s)) {
        fail(what, query.lastError().text());
        return std::nullopt;
    }
    for (const QString& customId : customIds) {
        query.bindValue(0, id);
        query.bindValue(1, customId);
        if (!query.exec()) {
            fail(what, query.lastError().text());
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        fail(what, transaction.lastError().text());
        return std::nullopt;
    }
    return id;
}

bool BatchStore::setSubmitted(qint64 batchId, const QString& remoteId, const QString& inputRef, const QDateTime& at)
{
    QSqlQuery query(m_db);
    return run(query, u"UPDATE batches SET remote_id = ?, input_ref = ?, submitted_at = ?, phase = ? WHERE id = ?"_s,
               { text(remoteId), text(inputRef), timeValue(at), batchPhaseKey(BatchPhase::InProgress), batchId },
               tr("Cannot record batch %1").arg(remoteId));
}

bool BatchStore::setCounts(qint64 batchId, int done, int failed)
{
    QSqlQuery query(m_db);
    return run(query, u"UPDATE batches SET done_count = ?, failed_count = ? WHERE id = ?"_s, { done, failed, batchId },
               tr("Cannot record the progress of a batch"));
}

bool BatchStore::setPhase(qint64 batchId, BatchPhase phase, const QString& message)
{
    QSqlQuery query(m_db);
    const QString what = tr("Cannot record the state of a batch");
    const bool ok = run(query, u"UPDATE batches SET phase = ?, message = ? WHERE id = ?"_s,
                        { batchPhaseKey(phase), text(message), batchId }, what);
    if (!ok || phase != BatchPhase::Collected)
        return ok;
    return run(query, u"UPDATE batch_jobs SET state = 'collected' WHERE batch_id = ?"_s, { batchId }, what);
}

bool BatchStore::setSending(qint64 batchId, const QDateTime& at, int itemCount)
{
    QSqlQuery query(m_db);
    return run(query, u"UPDATE batches SET submitted_at = ?, item_count = ? WHERE id = ?"_s,
               { timeValue(at), itemCount, batchId }, tr("Cannot record the sending of batch %1").arg(batchId));
}

std::optional<QSet<QString>> BatchStore::remoteIds(const QString& providerName)
{
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT remote_id FROM batches WHERE provider = ? AND remote_id != ''"_s, { providerName },
             tr("Cannot read the batches at %1").arg(providerName)))
        return std::nullopt;
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

bool BatchStore::forget(qint64 batchId)
{
    QSqlQuery query(m_db);
    return run(query, u"DELETE FROM batches WHERE id = ?"_s, { batchId }, tr("Cannot forget an unsent batch"));
}

std::optional<QList<BatchRecord>> BatchStore::batches(const QString& runId)
{
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT "_s + batchColumns + u" FROM batches WHERE run_id = ? ORDER BY id"_s, { runId },
             tr("Cannot read the batches of run %1").arg(runId)))
        return std::nullopt;
    QList<BatchRecord> list;
    while (query.next())
        list.append(readBatch(query));
    return list;
}

std::optional<QList<BatchRecord>> BatchStore::openBatches()
{
    QSqlQuery query(m_db);
    const QString sql = u"SELECT "_s + batchColumns
        + u" FROM batches WHERE phase IN (?, ?) AND remote_id <> '' ORDER BY id"_s;
    if (!run(query, sql, { batchPhaseKey(BatchPhase::InProgress), batchPhaseKey(BatchPhase::Ended) },
             tr("Cannot read the open batches")))
        return std::nullopt;
    QList<BatchRecord> list;
    while (query.next())
        list.append(readBatch(query));
    return list;
}

std::optional<QStringList> BatchStore::customIds(qint64 batchId)
{
    QSqlQuery query(m_db);
    if (!run(query, u"SELECT custom_id FROM batch_jobs WHERE batch_id = ?"_s, { batchId },
             tr("Cannot read the jobs of a batch")))
        return std::nullopt;
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

bool BatchStore::run(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what)
{
    m_error.clear();
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(what, query.lastError().text());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(what, query.lastError().text());
    return true;
}

bool BatchStore::fail(const QString& what, const QString& detail)
{
    m_error = tr("%1 (%2): %3").arg(what, m_db.databaseName(), detail);
    return false;
}
