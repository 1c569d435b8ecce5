// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/latestevidence.h"
#include "freshness/runsnapshot.h"

// Runs for the latest-evidence tests: models a, b and new at provider p, categories with a system
// prompt whose change makes earlier runs of them stale; a run passes one case per cell.
namespace evidencefixture {

inline Workspace workspace(const QStringList& categories = { QStringLiteral("tickets") })
{
    Workspace ws;
    ws.providers = { Provider { QStringLiteral("p") } };
    for (const QString& id : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("new") }) {
        ModelSpec model;
        model.id = id;
        model.provider = QStringLiteral("p");
        ws.models.append(model);
    }
    for (const QString& name : categories) {
        Category category;
        category.name = name;
        category.systemPrompt = QStringLiteral("One word.");
        ws.categories.append(category);
    }
    return ws;
}

// A run of the models on the categories as workspace as had them, on the given day of November 2026.
inline RunResults run(const QString& id, int day, const QStringList& categories, const QStringList& models,
                      const Workspace& as, bool simulated = true)
{
    RunResults entry;
    entry.run.id = id;
    entry.run.startedAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC);
    entry.run.simulated = simulated;
    entry.run.settings.snapshot = takeRunSnapshot(as, categories, models).toJson();
    for (const QString& category : categories) {
        for (const QString& model : models) {
            ResultRecord result;
            result.runId = id;
            result.category = category;
            result.caseId = QStringLiteral("t1");
            result.modelId = model;
            result.pass = true;
            entry.results.append(result);
        }
    }
    return entry;
}
} // namespace evidencefixture
