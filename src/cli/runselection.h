// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultsstore.h"

#include <optional>
#include <QTextStream>

// Choosing a run of the results database beside a workspace, for the commands that read runs. Each
// says on err why it found nothing, starting with the command's name ("report: ...").

// The runs, newest first; never creates a database.
std::optional<QList<RunInfo>> openRuns(ResultsStore& store, const QString& workspacePath, const QString& command,
                                       QTextStream& err);

// The run an option names, or fallback when it names none; an unknown id lists the runs.
std::optional<RunInfo> chooseRun(const QList<RunInfo>& runs, const QString& id, const RunInfo& fallback,
                                 const QString& option, const QString& command, QTextStream& err);

std::optional<QList<ResultRecord>> resultsOf(ResultsStore& store, const QString& runId, const QString& command,
                                             QTextStream& err);
