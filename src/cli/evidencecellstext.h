// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/latestevidence.h"

// Where the latest evidence of each (category, model) comes from, for the terminal: a row per cell
// with its run and date, stale cells marked.
QString evidenceCellsText(const LatestEvidence& evidence);
