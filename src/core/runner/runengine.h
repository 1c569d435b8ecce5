// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runprogress.h"
#include "runrequest.h"

#include "results/resultsstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>

#include <memory>

class BatchLane;
class BatchStore;
class CaseScoring;
class JobSource;
class KeyStore;
class ProviderLane;
struct JobFeed;
class QTimer;

// Runs one benchmark: every job through its provider's lane, answers scored, results written to
// the results database the moment they arrive. Jobs are made as the lanes have room for them and
// results leave memory once saved and handed out, so a run's memory does not grow with its size. Lives on a worker thread (see RunController) and
// talks to the rest of the application only through its slots and signals, so that nothing here
// ever blocks the GUI. Results are saved a few hundred to a transaction (a transaction per result
// would bound a run at a few thousand a second), and handed out with the progress in batches, at
// most ten times a second, once saved.
class RunEngine : public QObject
{
    Q_OBJECT
public:
    explicit RunEngine(QObject* parent = nullptr);
    ~RunEngine() override;

public Q_SLOTS:
    void start(const RunRequest& request);
    void pause();
    void resume();
    void cancel();
    // Stops for now: batches already sent stay open at the provider (and in the results database)
    // for a later resume to collect; a run without batches is cancelled.
    void close();

Q_SIGNALS:
    void started(const RunInfo& run, int totalJobs, int alreadyDone);
    void resultsAvailable(const QList<ResultRecord>& results);
    void progressChanged(const RunProgress& progress);
    void finished(const RunInfo& run, const RunProgress& progress);
    void failed(const QString& message);

private:
    struct PendingScore;

    bool prepare();
    bool createOrResumeRun();
    bool planJobs();
    bool countResumedResults();
    JobFeed feedFrom(const std::shared_ptr<JobSource>& source);
    void fillBatches(BatchLane* batches, const std::shared_ptr<JobSource>& source);
    void resolveKeys();
    void onKeyResolved(const QString& providerName, const QString& key);
    void launch();
    ProviderLane* laneFor(const QString& providerName);
    bool answerFromCache(const RunJob& job);
    void onJobFinished(const RunJob& job, const CompletionResult& result, bool fromBatch = false);
    bool sendsInBatch(const QString& providerName) const;
    BatchLane* batchLaneFor(const QString& providerName, const std::shared_ptr<JobSource>& source);
    void submitBatches();
    bool batchesIdle() const;
    void cancelBatches();
    void onBatchesCancelled();
    void abortBatches();
    void addBatchProgress(RunProgress& progress) const;
    void onJudgeFinished(const RunJob& judgeJob, const CompletionResult& result);
    void score(ResultRecord record, const RunJob& job);
    void askJudge(const QString& recordKey, PendingScore& pending);
    void complete(ResultRecord record, const CaseScoring& scoring);
    void commit(const ResultRecord& record);
    bool saveResults();
    void persistSpent();
    bool budgetReached() const;
    void checkBudget();
    void forgetScoreOf(const RunJob& droppedJob);
    void stopEarly(const QString& reason);
    void checkFinished();
    void finish(RunStatus status);
    void fail(const QString& message);
    void flush();
    RunProgress progress() const;
    qint64 laneEtaMs(qint64 elapsedMs) const;
    double costOf(const QString& modelId, const CompletionResult& result, bool fromBatch = false) const;
    QString cacheKey(const RunJob& job) const;

    RunRequest m_request;
    RunInfo m_run;
    ResultsStore m_store;
    KeyStore* m_keys;
    QHash<QString, QString> m_apiKeys;
    QStringList m_providersAwaitingKeys;
    QMap<QString, std::shared_ptr<JobSource>> m_sources; // by provider, until the lanes take them
    QHash<QString, ProviderLane*> m_lanes;
    QHash<QString, BatchLane*> m_batchLanes;
    std::unique_ptr<BatchStore> m_batchStore;
    int m_batchCancelsAwaited = 0;
    QHash<QString, std::shared_ptr<PendingScore>> m_pendingScores; // by the scored job's request id
    QList<ResultRecord> m_unsaved; // counted, not yet in the results database
    QList<ResultRecord> m_unsent; // saved, not yet handed out
    QTimer* m_flushTimer;
    QElapsedTimer m_clock;
    RunProgress m_progress;
    int m_doneAtStart = 0;
    int m_cacheMaxAgeDays = RunDefaults::defaultCacheMaxAgeDays;
    bool m_launched = false;
    bool m_stopping = false;
    bool m_finished = false;
};
