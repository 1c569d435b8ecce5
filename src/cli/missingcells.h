// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runrequest.h"

#include <optional>
#include <QTextStream>

// "run --missing": narrows a new run's plan to the (category, model) cells of its categories and
// models that no earlier run of the results database has current evidence for. An exit code when
// the command is done (nothing is missing, or the database cannot be read); nullopt to go on.
std::optional<int> restrictToMissingCells(RunRequest& request, QTextStream& err);
