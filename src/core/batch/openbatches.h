// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchtypes.h"

#include "results/runinfo.h"

// The batches a workspace's runs left open at their providers: what reopening the workspace offers
// to collect. Only batches the providers accepted count, of runs that were interrupted or cancelled.
struct OpenBatches {
    RunInfo run; // the latest run with open batches; an empty id: none
    QList<BatchRecord> batches; // its batches open at their providers, oldest first
    int otherRuns = 0; // earlier runs with open batches too
    QString error; // the database could not be read

    bool isEmpty() const { return run.id.isEmpty(); }
    QStringList providers() const; // in the order of their first batch
    QDateTime firstSubmitted() const;
};

// Reads a results database; one that does not exist has none. Blocking: call it off the GUI thread.
OpenBatches findOpenBatches(const QString& databasePath);

// "Run 2026-12-06T14-13-04 has 2 batches still open at openai and anthropic (submitted 3 h ago)",
// translated.
QString openBatchesText(const OpenBatches& open, const QDateTime& now);
