// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cascade/cascadecell.h"
#include "common/runhistorymodel.h"
#include "common/whenfinished.h"
#include "freshness/latestevidence.h"

#include <QHash>
#include <QObject>

class RunsLoader;
class WorkspaceDocument;

// The evidence an area analyses, read from its document's results database off the GUI thread: the
// runs newest first, then the chosen run's results, or every run's for the latest evidence per cell
// (EvidenceChoice::latestKey()). A subclass analyses what was read on a pool thread and hands out
// its own result; the map's cascades are simulated again apart from it after an edit of the map.
// A newer choice, analysis or simulation supersedes an older one, whose answer is dropped
// (generation counters).
class EvidenceService : public QObject
{
    Q_OBJECT
public:
    explicit EvidenceService(const WorkspaceDocument* document, QObject* parent = nullptr);
    ~EvidenceService() override;

    void loadRuns(); // runsLoaded follows, newest first
    // The run (or the latest evidence) to show once the run list arrives, e.g. a run that just finished.
    void preferRun(const QString& runId) { m_preferredRun = runId; }
    // What to show of the runs just loaded: the preferred run, else the one shown, else the latest
    // evidence. The preferred run is forgotten.
    QString takeWantedRun(const QString& shown);
    // Reads the evidence of one of the runs listed last (or of every run), then analyses it.
    void choose(const QString& runId);
    void analyse(); // the evidence held, again: against the workspace as it is now
    void simulateCascades(); // the map's cascades on the results analysed last
    void clear(); // forgets the evidence and drops every answer under way

    bool isBusy() const;
    bool isAnalysing() const { return m_analysing; }
    bool hasEvidence() const { return !m_results.isEmpty() || !m_runs.isEmpty(); }
    bool holdsLatest() const { return m_latest; } // the evidence held is every run's
    QString runId() const { return m_runId; } // the one run held; empty across runs

Q_SIGNALS:
    void runsLoaded(const QList<RunSummary>& newestFirst);
    void analysingChanged(bool analysing);
    void cascadesSimulated(const QList<CascadeCell>& cascades);
    void failed(const QString& message);

protected:
    // Starts the analysis of the evidence held; finishAnalysis() hands its answer on unless superseded.
    virtual void startAnalysis(const Workspace& workspace, quint64 generation) = 0;

    template <typename T, typename Deliver>
    void finishAnalysis(const QFuture<T>& analysing, quint64 generation, Deliver deliver)
    {
        whenFinished(this, analysing, [this, generation, deliver = std::move(deliver)](const T& analysed) {
            if (generation != m_generation)
                return;
            setAnalysing(false);
            deliver(analysed);
        });
    }
    void setAnalysing(bool analysing);
    // The results behind what is shown, on which the cascades are simulated.
    void setShownResults(const QList<ResultRecord>& results) { m_shownResults = results; }
    const QList<ResultRecord>& results() const { return m_results; }
    const QList<RunResults>& runs() const { return m_runs; }
    RunInfo run() const { return m_runInfos.value(m_runId); }
    quint64 cascadeGeneration() const { return m_cascadeGeneration; }

private:
    void onRunsLoaded(const QList<RunSummary>& runs);
    void onResultsLoaded(const QString& runId, const QList<ResultRecord>& results);
    void onAllResultsLoaded(const QList<RunResults>& runs);
    void onFailed(const QString& message);

    const WorkspaceDocument* m_document;
    RunsLoader* m_loader;
    QHash<QString, RunInfo> m_runInfos; // the runs listed, by id
    QString m_preferredRun;
    QString m_runId;
    QList<ResultRecord> m_results; // of the one run held
    QList<RunResults> m_runs; // every run's, for the latest evidence
    QList<ResultRecord> m_shownResults;
    quint64 m_generation = 0;
    quint64 m_cascadeGeneration = 0;
    bool m_latest = false;
    bool m_analysing = false;
};
