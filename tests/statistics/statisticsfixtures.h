// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

#include <QList>

// Small builders for hand-made results: each test spells out only what its arithmetic uses.
namespace fixtures {

inline ResultRecord result(const QString& category, const QString& caseId, const QString& modelId, bool pass,
                           int repeat = 0)
{
    ResultRecord record;
    record.runId = QStringLiteral("run-1");
    record.category = category;
    record.caseId = caseId;
    record.modelId = modelId;
    record.repeat = repeat;
    record.pass = pass;
    record.score = pass ? 1.0 : 0.0;
    return record;
}

inline ResultRecord failedWithError(const QString& category, const QString& caseId, const QString& modelId,
                                    const QString& kind, int repeat = 0)
{
    ResultRecord record = result(category, caseId, modelId, false, repeat);
    record.score.reset();
    record.errorKind = kind;
    return record;
}

// k passes then n - k failures of one model on one category, cases c0..c(n-1), one repeat.
inline QList<ResultRecord> passesOf(const QString& category, const QString& modelId, int k, int n,
                                    double costUsdEach = 0.0)
{
    QList<ResultRecord> records;
    for (int i = 0; i < n; ++i) {
        records.append(result(category, QStringLiteral("c%1").arg(i), modelId, i < k));
        records.last().costUsd = costUsdEach;
    }
    return records;
}

inline Category category(const QString& name, double threshold, double trafficShare)
{
    Category category;
    category.name = name;
    category.threshold = threshold;
    category.trafficShare = trafficShare;
    return category;
}

inline ModelSpec model(const QString& id)
{
    return ModelSpec { id, QStringLiteral("sandbox"), id };
}

} // namespace fixtures
