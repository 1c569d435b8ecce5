// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"
#include "runhistorymodel.h"

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
    void dropResults(); // forget the results load under way, if any
    bool isLoadingRuns() const { return m_runsPending; }
    bool isLoadingResults() const { return m_resultsPending; }

Q_SIGNALS:
    // A database that does not exist yet has no runs: runsLoaded({}) with no error.
    void runsLoaded(const QList<RunSummary>& runs);
    void resultsLoaded(const QString& runId, const QList<ResultRecord>& results);
    void failed(const QString& message);

private:
    void track(const QFuture<void>& future);

    quint64 m_runsGeneration = 0;
    quint64 m_resultsGeneration = 0;
    bool m_runsPending = false;
    bool m_resultsPending = false;
    QList<QFuture<void>> m_reading;
};
