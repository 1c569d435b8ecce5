// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/shadowcomparison.h"

// A shadow comparison as signalbox-cli prints it: per candidate its summary (agreement, wins, ties
// and losses by score and by the user's verdicts, accuracy, cost, latency, projected saving), then
// the cases where it disagrees with the baseline (or every case with all), answers shortened.
QString shadowSummaryText(const ShadowComparison& comparison, int candidateIndex);
QString shadowCasesText(const ShadowComparison& comparison, int candidateIndex, bool all = false);
// "+12%" / "-85%" for a relative change, "–" when unknown.
QString changeText(std::optional<double> change);
// One line of an answer, at most width characters: "Billing is the team for…".
QString shortAnswer(const QString& text, int width = 40);
