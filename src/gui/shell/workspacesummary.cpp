// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesummary.h"

#include "domain/workspace.h"

#include <QCoreApplication>

QString workspaceSummary(const Workspace& workspace)
{
    // Counts go in as plain variables: lupdate 6.4 misreads casts in the arguments of translate().
    const int categories = workspace.categories.size();
    const int cases = workspace.caseCount();
    const int models = workspace.models.size();
    const QString separator = QStringLiteral(" · ");
    return QCoreApplication::translate("WorkspaceSummary", "%Ln categories", nullptr, categories) + separator
        + QCoreApplication::translate("WorkspaceSummary", "%Ln cases", nullptr, cases) + separator
        + QCoreApplication::translate("WorkspaceSummary", "%Ln models", nullptr, models);
}
