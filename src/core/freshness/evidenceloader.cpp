// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceloader.h"

#include <QFileInfo>

std::optional<QList<RunResults>> loadRunResults(ResultsStore& store)
{
    const std::optional<QList<RunInfo>> runs = store.runs();
    if (!runs)
        return std::nullopt;
    QList<RunResults> loaded;
    for (const RunInfo& run : *runs) {
        if (!run.settings.shadow.isEmpty())
            continue;
        std::optional<QList<ResultRecord>> results = store.results(run.id);
        if (!results)
            return std::nullopt;
        loaded.append({ run, std::move(*results) });
    }
    return loaded;
}

std::optional<LatestEvidence> loadLatestEvidence(ResultsStore& store, const Workspace& workspace)
{
    const std::optional<QList<RunResults>> runs = loadRunResults(store);
    return runs ? std::optional(latestEvidence(workspace, *runs)) : std::nullopt;
}

MissingCells missingCellsIn(const QString& databasePath, const Workspace& workspace)
{
    if (!QFileInfo::exists(databasePath))
        return { LatestEvidence {}.missingCells(workspace), {} };
    ResultsStore store;
    const std::optional<LatestEvidence> evidence
        = store.open(databasePath) ? loadLatestEvidence(store, workspace) : std::nullopt;
    if (!evidence)
        return { {}, store.errorString() };
    return { evidence->missingCells(workspace), {} };
}
