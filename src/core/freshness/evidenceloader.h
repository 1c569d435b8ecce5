// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latestevidence.h"
#include "results/resultsstore.h"

// Every run of a results database with its results, newest first, for latestEvidence(). Shadow
// runs are left out. nullopt when a read fails; the store's errorString() says why.
std::optional<QList<RunResults>> loadRunResults(ResultsStore& store);

// The latest evidence per cell in a results database, or nullopt when a read fails.
std::optional<LatestEvidence> loadLatestEvidence(ResultsStore& store, const Workspace& workspace);

// The workspace's (category, model) cells without current evidence in the results database beside
// it (all of them when there is none yet), or the error that stopped reading it. Opens its own
// connection, so it may run on any thread.
struct MissingCells {
    QList<std::pair<QString, QString>> cells;
    QString error; // translated; empty on success
};
MissingCells missingCellsIn(const QString& databasePath, const Workspace& workspace);
