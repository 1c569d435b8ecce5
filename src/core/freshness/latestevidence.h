// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/runinfo.h"
#include "routing/routesuggestion.h"

// The latest evidence per (category, model) across runs, so that a model run on its own competes
// with the last full run instead of needing everything run again.
//
// Each cell takes its results from the newest run that answered it. A run whose digest of the
// category (RunSnapshot) differs from the category today was run on other cases, prompts or
// scorers: its cells are stale and are not mixed in; an older run that still matches stands in, and
// a cell with nothing current is listed as stale. Runs from before digests were kept count as
// current. Shadow runs (unlabelled inputs) never count, and simulated and real runs are never mixed:
// only runs like the newest one count.
struct EvidenceCell {
    QString category;
    QString modelId;
    QString runId;
    QDateTime runDate;
    bool stale = false; // the category changed since its run; its results are left out
    friend bool operator==(const EvidenceCell&, const EvidenceCell&) = default;
};

struct RunResults {
    RunInfo run;
    QList<ResultRecord> results;
};

struct LatestEvidence {
    QList<ResultRecord> results; // of the current cells, each from its run
    QList<EvidenceCell> cells; // in the workspace's category and model order, then others as met
    QStringList runIds; // the runs results come from, newest first
    QList<RunInfo> runs; // those runs, in the same order: their dates and the prices they were run at

    const EvidenceCell* cell(const QString& category, const QString& modelId) const;
    int staleCount() const;
    const RunInfo* run(const QString& runId) const;
    // The workspace's (category, model) cells without current evidence, in its order.
    QList<std::pair<QString, QString>> missingCells(const Workspace& workspace) const;
};

LatestEvidence latestEvidence(const Workspace& workspace, const QList<RunResults>& runs);

// The suggestions of the combined evidence, each primary's evidence labelled with the run and date
// of its own cell.
QList<RouteSuggestion> suggestFromLatest(const Workspace& workspace, const LatestEvidence& evidence);
// Suggestions made from the combined evidence, with each primary's evidence given its cell's run and date.
QList<RouteSuggestion> labelledWithCells(QList<RouteSuggestion> suggestions, const LatestEvidence& evidence);
