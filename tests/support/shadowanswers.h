// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "scoredresult.h"

// Building blocks of the shadow comparison fixtures: a workspace of one category answered by
// models of the sandbox provider, and a model's answer to one of its cases.
namespace shadowanswers {

inline Workspace oneCategory(const QString& name, const Category& category, const QStringList& models,
                             const Route& route)
{
    Workspace workspace;
    workspace.name = name;
    workspace.traffic.monthlyRequests = 100000;
    workspace.categories = { category };
    for (const QString& id : models)
        workspace.models.append(ModelSpec { id, QStringLiteral("sandbox"), id });
    workspace.routing.routes = { route };
    return workspace;
}

inline ResultRecord answer(const QString& runId, const QString& category, const QString& caseId, const QString& modelId,
                           const QString& output, bool right)
{
    ResultRecord result = scoredResult(runId, category, caseId, modelId, right);
    result.output = output;
    return result;
}

} // namespace shadowanswers
