// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

// A run as the wide table RouterBench publishes, which Not Diamond's custom-router training and
// RouteLLM's preference data are built from: one row per case (its first repeat) of the
// workspace's categories the run answered, columns
//   sample_id, prompt, eval_name,
//   then per model of the run (workspace order): <model>, <model>|model_response, <model>|total_cost,
//   oracle_model_to_route_to
// with the model's score 0..1 (an error scores 0), its answer, its cost in US dollars, and the
// cheapest model that passed the case (no_model_correct when none did). A model that did not
// answer a case leaves its three fields empty. RFC 4180 CSV with CRLF line ends.
QString routerBenchCsv(const Workspace& workspace, const QList<ResultRecord>& results);

inline const QString noModelCorrect = QStringLiteral("no_model_correct");
