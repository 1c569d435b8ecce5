// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

#include <QList>

// Two small runs whose figures the report tests work out by hand.
//
// The baseline "base": tickets/mini and tickets/big pass all ten cases t0..t9; summaries/big passes
// its four cases. The run "now": tickets/mini passes t0..t3 only (6 lost, none gained: McNemar
// p = 2 / 2^6 = 0.03125, a regression) at $0.0012 a request instead of $0.001; tickets/big is
// unchanged at $0.02; summaries/mini (new) passes s0..s2, is filtered on s3 (a refusal: a failure
// with a score of 0) and errors on s4.
// Latencies are 100 ms x (case number + 1) on tickets and 50 ms x (case number + 1) on summaries.
namespace reportfixtures {

inline Workspace workspace()
{
    Workspace ws;
    for (const auto& [name, bar] :
         { std::pair { QStringLiteral("tickets"), 0.8 }, std::pair { QStringLiteral("summaries"), 0.5 } }) {
        Category category;
        category.name = name;
        category.threshold = bar;
        ws.categories.append(category);
    }
    for (const QString& id : { QStringLiteral("mini"), QStringLiteral("big") })
        ws.models.append(ModelSpec { id, QStringLiteral("sandbox"), id });
    return ws;
}

inline ResultRecord result(const QString& runId, const QString& category, const QString& modelId, int index, bool pass,
                           double costUsd)
{
    ResultRecord record;
    record.runId = runId;
    record.category = category;
    record.caseId = category.left(1) + QString::number(index);
    record.modelId = modelId;
    record.pass = pass;
    record.score = pass ? 1.0 : 0.0;
    record.costUsd = costUsd;
    record.latencyMs = (category == QLatin1String("tickets") ? 100 : 50) * (index + 1);
    record.finishedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    return record;
}

// count cases of one cell, the first passes of them passing.
inline QList<ResultRecord> cell(const QString& runId, const QString& category, const QString& modelId, int passes,
                                int count, double costUsd)
{
    QList<ResultRecord> records;
    for (int i = 0; i < count; ++i)
        records.append(result(runId, category, modelId, i, i < passes, costUsd));
    return records;
}

inline QList<ResultRecord> baselineRun()
{
    const QString id = QStringLiteral("base");
    return cell(id, QStringLiteral("tickets"), QStringLiteral("mini"), 10, 10, 0.001)
        + cell(id, QStringLiteral("tickets"), QStringLiteral("big"), 10, 10, 0.02)
        + cell(id, QStringLiteral("summaries"), QStringLiteral("big"), 4, 4, 0.01);
}

inline QList<ResultRecord> currentRun()
{
    const QString id = QStringLiteral("now");
    QList<ResultRecord> records = cell(id, QStringLiteral("tickets"), QStringLiteral("mini"), 4, 10, 0.0012)
        + cell(id, QStringLiteral("tickets"), QStringLiteral("big"), 10, 10, 0.02)
        + cell(id, QStringLiteral("summaries"), QStringLiteral("mini"), 3, 5, 0.00002);
    ResultRecord& refused = records[records.size() - 2];
    refused.refusal = QStringLiteral("content-filter");
    refused.refusalReason = QStringLiteral("The answer was blocked (SAFETY)");
    ResultRecord& failed = records.last();
    failed.errorKind = QStringLiteral("fatal");
    failed.score.reset();
    failed.latencyMs = 0;
    return records;
}

} // namespace reportfixtures
