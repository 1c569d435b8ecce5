// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchtypes.h"

#include "runner/runplan.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class BatchClient;
class BatchStore;
struct BatchReply;
class QTimer;

// A job as a lane keeps it while its batch is open, for hours and by the hundred thousand: its key
// and case, from which the job is made again (JobSource::job()) when its answer comes.
struct BatchJob {
    JobKey key;
    qsizetype caseIndex = -1;
    qint64 requestBytes = 0; // its body in a batch; 0: not measured yet
};

// The jobs of one provider sent through its batch API: split into batches within the provider's
// limits, each recorded before it is sent, polled with a growing interval, its results handed out
// as a ProviderLane hands out answers. A job is held as its key only: the requests are made again
// when a batch is sent, and the job when its answer is handed out. A run reopened later finds its
// batches again (restore()) and collects them: a job whose batch is still open is attached to it,
// not sent again, and a batch whose creation was never confirmed is looked for at the provider
// before it is sent again (reclaim(), batchsend.cpp).
class BatchLane : public QObject
{
    Q_OBJECT
public:
    using JobMaker = std::function<RunJob(const JobKey& key, qsizetype caseIndex)>;

    BatchLane(const Provider& provider, const QString& apiKey, const QString& runId, BatchStore* store,
              const BatchPolicy& policy, JobMaker makeJob, QObject* parent = nullptr);
    ~BatchLane() override;

    const Provider& provider() const { return m_provider; }
    bool restore(); // false with errorString() when the database cannot be read
    void enqueue(const RunJob& job); // before submitQueued()
    void submitQueued();
    void setPaused(bool paused); // holds back batches not yet sent; sent ones go on at the provider
    void cancelAll(); // cancels the open batches at the provider; cancelled() when it has answered
    void abortAll(); // stops talking to the provider; open batches stay open, to be resumed
    void dropQueued(); // jobs not yet sent are forgotten
    int queued() const;
    int inFlight() const;
    int finishedJobs() const { return m_finishedJobs; }
    bool isIdle() const;
    QList<BatchRecord> batches() const; // this run's, of this provider, oldest first
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void jobFinished(const RunJob& job, const CompletionResult& result);
    void cancelled();
    void storeFailed(const QString& message);
    // A batch is about to be recorded as collected: the results handed out so far must be saved
    // now (a direct connection), or a crash would leave them unsaved in a batch never read again.
    void aboutToMarkCollected();
    void collected(); // a batch was marked collected, or failed: the lane may be idle now

private:
    struct Active;

    void planChunks();
    void submitNext();
    void sendBatch(Active* batch, int attempt);
    void markSubmitted(Active* batch, const QString& remoteId, const QString& inputRef);
    void reclaim(Active* batch, int sendAttempt, int findAttempt = 0);
    void submitFailed(Active* batch, const BatchReply& reply, int attempt);
    void sendUnfound(Active* batch, int sendAttempt);
    void closeUnsent(Active* batch);
    void reclaimFailed(Active* batch, const BatchReply& reply, int sendAttempt, int findAttempt);
    void giveUp(Active* batch, const QString& message, CompletionError kind);
    BatchSearch searchFor(const BatchRecord& record);
    void failBatch(Active* batch, const QString& message, CompletionError kind);
    void failJobs(qint64 batchId, CompletionError kind, const QString& message);
    void schedulePoll();
    void pollDue();
    void onStatus(Active* batch, const BatchStatus& status);
    void collect(Active* batch, const BatchStatus& status);
    void collectNext();
    void fetched(qint64 batchId, const QString& error);
    void handOut(qint64 batchId, const QList<BatchItemResult>& results);
    void finishCollecting(Active* batch);
    void backOff(Active* batch);
    void cancelOne(Active* batch);
    void cancelAnswered();
    void checkCancelled();
    void storeError();
    void finishJob(const BatchJob& job, CompletionResult result);
    qint64 requestBytes(BatchJob& job) const;
    Active* find(qint64 batchId) const;

    Provider m_provider;
    QString m_runId;
    BatchStore* m_store;
    BatchPolicy m_policy;
    JobMaker m_makeJob;
    std::unique_ptr<BatchClient> m_client;
    QList<BatchJob> m_queue;
    std::deque<QList<BatchJob>> m_chunks;
    std::map<qint64, std::unique_ptr<Active>> m_active; // by local id
    QHash<QString, qint64> m_adopted; // custom id -> open batch found by restore()
    QList<BatchRecord> m_closed;
    std::deque<qint64> m_toCollect; // ended batches waiting for the one being read
    std::deque<qint64> m_unconfirmed; // batches restored without a remote id, to look for (reclaim())
    qint64 m_collecting = 0; // the batch whose results are being read
    QTimer* m_pollTimer;
    QElapsedTimer m_clock;
    QString m_error;
    int m_finishedJobs = 0;
    int m_pendingCancels = 0;
    bool m_submitting = false;
    bool m_paused = false;
    bool m_cancelling = false;
    bool m_dropping = false; // the run stopped early: nothing more is sent
    bool m_cancelNotified = false;
};
