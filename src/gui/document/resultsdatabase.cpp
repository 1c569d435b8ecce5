// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsdatabase.h"

#include "results/resultsstore.h"
#include "workspacedocument.h"

QString resultsDatabasePath(const WorkspaceDocument* document)
{
    const QString path = document->filePath();
    return path.isEmpty() ? QString() : ResultsStore::databasePathFor(path);
}
