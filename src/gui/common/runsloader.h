// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/latestevidence.h"
#include "results/resultrecord.h"
#include "runhistorymodel.h"

#include <functional>
#include <QFuture>
#include <QObject>

// Reads the results database off the GUI thread: the list of runs, and one run's results. Each
// load opens a ResultsStore of its own on a pool thread. A newer load of the same kind supersedes
// an older one: a result that arrives after it was superseded is dropped (generation counters).
class RunsLoader : public QObject
{
    Q_OBJECT
public:
    explicit RunsLoader(QObject* parent = nullptr);
    ~RunsLoader() override; // waits for the loads still reading

    void loadRuns(const QString& databasePath);
    void loadResults(const QString& databasePath, const QString& runId);
    // Every run but shadow runs with its results, for latestEvidence(): the area judges them against
    // the workspace as it is when it analyses, so that an edit that changes a category marks its
    // cells stale without reading again. Supersedes a results load and is superseded by one: both
    // fill what an area shows.
    void loadAllResults(const QString& databasePath);
    void dropResults(); // forget the results load under way, if any
    bool isLoadingRuns() const { return m_runsPending; }
    bool isLoadingResults() const { return m_resultsPending; }

Q_SIGNALS:
    // A database that does not exist yet has no runs: runsLoaded({}) with no error.
    void runsLoaded(const QList<RunSummary>& runs);
    void resultsLoaded(const QString& runId, const QList<ResultRecord>& results);
    void allResultsLoaded(const QList<RunResults>& runs);
    void failed(const QString& message);

private:
    void track(const QFuture<void>& future);
    void finishResultsLoad(quint64 generation, const QString& error, const std::function<void()>& deliver);

    quint64 m_runsGeneration = 0;
    quint64 m_resultsGeneration = 0;
    bool m_runsPending = false;
    bool m_resultsPending = false;
    QList<QFuture<void>> m_reading;
};
