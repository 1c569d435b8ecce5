// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

#include <QList>

// Hand-made workspaces and results for the routing suggestions: each test spells out the counts its
// arithmetic uses. Costs are per request, so a model's cost per 1,000 requests is 1000 times it.
namespace routing {

inline ModelSpec model(const QString& id, const QString& provider)
{
    return ModelSpec { id, provider, id };
}

inline Category category(const QString& name, double threshold, double trafficShare = 0.0,
                         OptimisationTarget target = OptimisationTarget::CheapestPassing)
{
    Category category;
    category.name = name;
    category.threshold = threshold;
    category.trafficShare = trafficShare;
    category.target = target;
    return category;
}

struct Answers {
    QString modelId;
    QList<int> passesPerRepeat; // repeat r passes cases c0..c(k-1) of the cases
    double costUsd = 0.0; // each request
    qint64 latencyMs = 100;
};

// Every model answers cases c0..c(cases-1) once per repeat.
inline QList<ResultRecord> answers(const QString& category, int cases, const QList<Answers>& models,
                                   const QString& runId = QStringLiteral("2026-11-20T10-00-00"))
{
    QList<ResultRecord> records;
    for (const Answers& answer : models) {
        for (int repeat = 0; repeat < answer.passesPerRepeat.size(); ++repeat) {
            for (int i = 0; i < cases; ++i) {
                ResultRecord record;
                record.runId = runId;
                record.category = category;
                record.caseId = QStringLiteral("c%1").arg(i);
                record.modelId = answer.modelId;
                record.repeat = repeat;
                record.pass = i < answer.passesPerRepeat.at(repeat);
                record.score = record.pass ? 1.0 : 0.0;
                record.costUsd = answer.costUsd;
                record.latencyMs = answer.latencyMs;
                records.append(record);
            }
        }
    }
    return records;
}

} // namespace routing
