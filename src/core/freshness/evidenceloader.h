// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latestevidence.h"
#include "results/resultsstore.h"

// Every run of a results database with its results, newest first, for latestEvidence(). Shadow
// runs are left out. nullopt when a read fails; the store's errorString() says why.
std::optional<QList<RunResults>> loadRunResults(ResultsStore& store);

// The latest evidence per cell in a results database, or nullopt when a read fails.
std::optional<LatestEvidence> loadLatestEvidence(ResultsStore& store, const Workspace& workspace);
