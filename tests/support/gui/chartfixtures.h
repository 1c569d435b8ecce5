// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultsstore.h"
#include "scoredresult.h"
#include "statistics/runanalysis.h"

#include <QImage>
#include <QPalette>
#include <QRandomGenerator>
#include <QTest>
#include <QWidget>

// A realistic run for the overview charts: 6 models x 5 categories, 20 cases, seeded so that every
// test sees the same figures. The last model did not run on "code review"; two cells have errors.
namespace chartfixtures {

inline const QStringList categories { QStringLiteral("classification"), QStringLiteral("extraction"),
                                      QStringLiteral("summaries"), QStringLiteral("code review"),
                                      QStringLiteral("support replies") };
inline const QStringList models {
    QStringLiteral("openai/gpt-4o-mini"),      QStringLiteral("anthropic/claude-3-5-haiku"),
    QStringLiteral("meta/llama-3.1-70b"),      QStringLiteral("mistral/mistral-large"),
    QStringLiteral("google/gemini-1.5-flash"), QStringLiteral("qwen/qwen2.5-72b")
};

inline Workspace workspace()
{
    Workspace ws;
    ws.traffic.monthlyRequests = 250000;
    const double shares[] = { 0.35, 0.2, 0.2, 0.1, 0.15 };
    for (int i = 0; i < categories.size(); ++i) {
        Category category;
        category.name = categories.at(i);
        category.threshold = 0.8;
        category.trafficShare = shares[i];
        ws.categories.append(category);
    }
    for (const QString& id : models)
        ws.models.append(ModelSpec { id, QStringLiteral("sandbox"), id });
    return ws;
}

inline QList<ResultRecord> results(int repeats, int cases = 20)
{
    const double skill[] = { 0.82, 0.9, 0.74, 0.86, 0.78, 0.7 };
    const double difficulty[] = { 0.08, 0.0, -0.05, -0.2, 0.03 };
    const double costPerRequest[] = { 0.0004, 0.0012, 0.0009, 0.003, 0.0003, 0.0006 };
    const qint64 latencyMs[] = { 650, 900, 1400, 1700, 480, 1100 };
    QRandomGenerator random(20261123);
    QList<ResultRecord> all;
    for (int m = 0; m < models.size(); ++m) {
        for (int c = 0; c < categories.size(); ++c) {
            if (m == 5 && c == 3)
                continue; // never run: an empty cell
            for (int k = 0; k < cases; ++k) {
                for (int r = 0; r < repeats; ++r) {
                    ResultRecord record;
                    record.runId = QStringLiteral("run-7");
                    record.category = categories.at(c);
                    record.caseId = QStringLiteral("case-%1").arg(k);
                    record.modelId = models.at(m);
                    record.repeat = r;
                    record.costUsd = costPerRequest[m] * (1.0 + 0.1 * c);
                    record.latencyMs = latencyMs[m] + qint64(random.bounded(latencyMs[m]));
                    // Easy cases pass every repeat; borderline ones flip now and then.
                    const double caseEase = double(k) / cases;
                    record.pass = caseEase < skill[m] + difficulty[c] - 0.1
                        || random.generateDouble() < skill[m] + difficulty[c] - caseEase;
                    record.score = record.pass ? 1.0 : 0.0;
                    const bool error = (m == 3 && c == 1 && k < 2) || (m == 2 && c == 4 && k == 7 && r == 0);
                    if (error) {
                        record.pass = false;
                        record.score.reset();
                        record.errorKind = k == 7 ? QStringLiteral("retryable") : QStringLiteral("malformed");
                    }
                    all.append(record);
                }
            }
        }
    }
    return all;
}

// Writes a completed run of these results, one repeat of casesPerCell cases a cell, into the database.
inline void writeRun(const QString& databasePath, const QString& runId, const QDateTime& started, int casesPerCell)
{
    ResultsStore store;
    QVERIFY(store.open(databasePath));
    RunInfo run;
    run.id = runId;
    run.startedAt = started;
    run.finishedAt = started.addSecs(60);
    run.status = RunStatus::Completed;
    run.categories = categories;
    run.modelIds = models;
    run.simulated = true;
    run.spentUsd = 0.42;
    QVERIFY(store.createRun(run));
    QList<ResultRecord> all = results(1, casesPerCell);
    for (ResultRecord& record : all)
        record.runId = runId;
    QVERIFY(store.insertResults(all));
}

// A hand-made case for the charts' own tests: one category, "alpha", carrying all the traffic, and
// a passing result of its run "run-1" that a test adjusts (latency, repeat, pass).
inline Workspace alphaWorkspace()
{
    Workspace ws;
    Category alpha;
    alpha.name = QStringLiteral("alpha");
    alpha.trafficShare = 1.0;
    ws.categories.append(alpha);
    return ws;
}

inline ResultRecord alphaResult(const QString& caseId, const QString& modelId)
{
    return scoredResult(QStringLiteral("run-1"), QStringLiteral("alpha"), caseId, modelId, true);
}

inline RunAnalysis analysis(int repeats = 3)
{
    return analyseRun(workspace(), results(repeats));
}

inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return dark;
}

// Saves light and dark screenshots at 1000x600 when SIGNALBOX_CHART_SHOTS names a folder.
inline void saveScreenshots(QWidget* chart, const QString& name)
{
    const QString folder = qEnvironmentVariable("SIGNALBOX_CHART_SHOTS");
    if (folder.isEmpty())
        return;
    chart->resize(1000, 600);
    chart->setPalette(QPalette());
    chart->grab().save(folder + u'/' + name + QStringLiteral("-light.png"));
    chart->setPalette(darkPalette());
    chart->grab().save(folder + u'/' + name + QStringLiteral("-dark.png"));
}

} // namespace chartfixtures
