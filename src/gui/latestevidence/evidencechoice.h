// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/latestevidence.h"

#include <QCoreApplication>

class QComboBox;

// The run combos of the Results and Routing areas offer, before the runs, the latest evidence per
// (category, model) across runs, so that a model run on its own competes with the last full run.
namespace EvidenceChoice {
QString latestKey(); // the entry's data; no run id looks like it
void addLatestItem(QComboBox* combo);
bool isLatest(const QComboBox* combo);
} // namespace EvidenceChoice

class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
public:
    // "run 2026-11-05T09-00-00 of 5 Nov 2026, 09:00"
    static QString runLabel(const QString& runId, const QDateTime& date);
    // Where the cells come from: "Latest evidence per category and model, from 2 runs: ..."
    static QString sources(const LatestEvidence& evidence);
    // "1 cell left out as stale (tickets × mini: the category's cases, prompt or scorers changed
    // since its run): run it again with Run missing in Runs." Empty when none is stale.
    static QString stale(const LatestEvidence& evidence);
    // A cell's label in a tooltip: its run and date, and why it is left out when stale.
    static QString cell(const EvidenceCell& cell);
};
