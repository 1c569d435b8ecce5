// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runevidence/evidenceservice.h"
#include "statistics/runanalysis.h"

// What the Results area shows, analysed on a pool thread: the figures, the results behind them,
// where each cell comes from, and whether they mostly came from the cache.
struct ShownEvidence {
    RunAnalysis analysis;
    QList<ResultRecord> results;
    LatestEvidence evidence;
    QString cacheWarning;
};

// The Results area's evidence: the run chosen (or the latest evidence across runs) read and
// analysed off the GUI thread. A run without results is not analysed: runWithoutResults says so.
class ResultsAnalyser : public EvidenceService
{
    Q_OBJECT
public:
    using EvidenceService::EvidenceService;

Q_SIGNALS:
    void analysed(const ShownEvidence& shown);
    void runWithoutResults(const QString& runId);

private:
    void startAnalysis(const Workspace& workspace, quint64 generation) override;
};
