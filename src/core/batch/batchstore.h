// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchtypes.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

// The batches of runs and the jobs each carries, in the results database (tables `batches` and
// `batch_jobs`, see ResultsSchema). A batch is written before it is sent, and its provider id the
// moment the provider gives one, so that a run cut off at any point can be resumed without
// sending a job twice. Its own connection, on the thread that opens it; open the database with a
// ResultsStore first, which creates or upgrades it.
class BatchStore
{
    Q_DECLARE_TR_FUNCTIONS(BatchStore)
    Q_DISABLE_COPY_MOVE(BatchStore)
public:
    BatchStore();
    ~BatchStore();

    bool open(const QString& databasePath);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }

    // A new batch in phase Submitting with its jobs, in one transaction; its local id.
    std::optional<qint64> addBatch(const BatchRecord& batch, const QStringList& customIds);
    bool setSubmitted(qint64 batchId, const QString& remoteId, const QString& inputRef, const QDateTime& at);
    bool setCounts(qint64 batchId, int done, int failed);
    bool setPhase(qint64 batchId, BatchPhase phase, const QString& message = {});
    bool forget(qint64 batchId); // a batch the provider never got
    // A batch about to be sent (again): when, and with how many requests (what finding it relies on).
    bool setSending(qint64 batchId, const QDateTime& at, int itemCount);
    std::optional<QSet<QString>> remoteIds(const QString& providerName); // of every run
    std::optional<QList<BatchRecord>> batches(const QString& runId);
    // The batches of every run that the providers accepted and that are not collected yet.
    std::optional<QList<BatchRecord>> openBatches();
    std::optional<QStringList> customIds(qint64 batchId);

private:
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what);
    bool fail(const QString& what, const QString& detail);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_error;
};
