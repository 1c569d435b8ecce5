// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"
#include "results/runinfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

// Values and checks shared by the results tests.
namespace ResultsFixtures {

inline RunInfo sampleRun(const QString& id, RunStatus status = RunStatus::Completed)
{
    RunInfo run;
    run.id = id;
    run.startedAt = QDateTime::fromString(QStringLiteral("2026-11-23T09:14:03.250Z"), Qt::ISODateWithMs);
    run.status = status;
    if (status != RunStatus::Running)
        run.finishedAt = run.startedAt.addSecs(95);
    run.categories = { QStringLiteral("sentiment"), QStringLiteral("extract") };
    run.modelIds = { QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-haiku") };
    run.repeats = 2;
    run.settings.temperature = 0.2;
    run.settings.maxTokens = 512;
    run.settings.cacheEnabled = false;
    run.settings.concurrency = 8;
    run.settings.budgetUsd = 1.5;
    run.workspaceHash = QStringLiteral("9f86d081884c7d65");
    run.simulated = true;
    run.spentUsd = 0.0125;
    return run;
}

// Every job of sampleRun(): 2 categories x 3 cases x 2 models x 2 repeats.
inline QList<JobKey> sampleJobs(const RunInfo& run)
{
    QList<JobKey> jobs;
    for (const QString& category : run.categories) {
        for (int c = 1; c <= 3; ++c) {
            for (const QString& model : run.modelIds) {
                for (int repeat = 0; repeat < run.repeats; ++repeat)
                    jobs.append({ category, QStringLiteral("case-%1").arg(c), model, repeat });
            }
        }
    }
    return jobs;
}

// The n-th job of a long run, as the crash writer writes them.
inline JobKey numberedJob(int n)
{
    return { QStringLiteral("category-%1").arg(n % 3), QStringLiteral("case-%1").arg(n), QStringLiteral("model"), 0 };
}

inline ResultRecord sampleResult(const QString& runId, const JobKey& job, int serial = 0)
{
    ResultRecord result;
    result.runId = runId;
    result.category = job.category;
    result.caseId = job.caseId;
    result.modelId = job.modelId;
    result.repeat = job.repeat;
    result.output = QStringLiteral("answer %1 for %2 — «ünïcode»").arg(serial).arg(job.caseId);
    result.inputTokens = 120 + serial;
    result.outputTokens = 8;
    result.usageEstimated = serial % 3 == 0;
    result.costUsd = 0.000021 * (serial + 1);
    result.judgeCostUsd = serial % 2 ? 0.0004 : 0.0;
    result.latencyMs = 300 + serial;
    result.score = serial % 4 == 0 ? 0.5 : 1.0;
    result.pass = serial % 4 != 0;
    result.attempts = 1 + serial % 2;
    result.httpStatus = 200;
    result.finishedAt
        = QDateTime::fromString(QStringLiteral("2026-11-23T09:15:00.125Z"), Qt::ISODateWithMs).addMSecs(serial);
    result.cached = serial % 5 == 0;
    result.cachedInputTokens = serial % 2 ? 64 : 0;
    return result;
}

inline ResultRecord failedResult(const QString& runId, const JobKey& job)
{
    ResultRecord result = sampleResult(runId, job);
    result.output.clear();
    result.score.reset();
    result.pass = false;
    result.errorKind = QStringLiteral("fatal");
    result.errorMessage = QStringLiteral("HTTP 401: invalid key reference");
    result.httpStatus = 401;
    return result;
}

// The first column of the first row of sql, run on a connection of its own to the file.
inline QString querySingle(const QString& databasePath, const QString& sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst-raw-%1").arg(++counter);
    QString value;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace ResultsFixtures
