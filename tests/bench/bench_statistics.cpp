// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics of a large run: 50 models x 20 categories x 200 cases = 200,000 results with
// deterministic pseudo-random passes, costs and latencies. Prints the time of the whole analysis
// (median of 5), of a comparison of two such runs, and peak memory.
// usage: bench_statistics [models=50] [categories=20] [cases=200]
#include "benchsupport.h"
#include "statistics/runcomparison.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace bench;

namespace {
// Each model has a skill and a price; the seed makes two runs of the same shape differ a little.
QList<ResultRecord> benchResults(const Workspace& ws, int cases, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<ResultRecord> results;
    results.reserve(qsizetype(ws.categories.size()) * ws.models.size() * cases);
    const QString runId = QStringLiteral("bench-%1").arg(seed);
    for (qsizetype m = 0; m < ws.models.size(); ++m) {
        const double skill = 0.55 + 0.4 * double(m) / double(ws.models.size());
        const double price = 0.0001 * double(m + 1);
        for (const Category& category : ws.categories) {
            for (int i = 0; i < cases; ++i) {
                ResultRecord record;
                record.runId = runId;
                record.category = category.name;
                record.caseId = QStringLiteral("case-%1").arg(i);
                record.modelId = ws.models.at(m).id;
                record.pass = random.generateDouble() < skill;
                record.score = record.pass ? 1.0 : random.generateDouble() * 0.5;
                record.costUsd = price * (0.5 + random.generateDouble());
                record.judgeCostUsd = 0.00005;
                record.latencyMs = 200 + random.bounded(1800);
                record.inputTokens = 300 + random.bounded(200);
                record.outputTokens = 20 + random.bounded(100);
                if (random.bounded(100) == 0) {
                    record.errorKind = QStringLiteral("retryable");
                    record.score.reset();
                    record.pass = false;
                }
                results.append(record);
            }
        }
    }
    return results;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const Shape shape { argument(args, 1, 50), argument(args, 2, 20), argument(args, 3, 200) };
    const Workspace ws = workspace(shape);

    QElapsedTimer timer;
    timer.start();
    const QList<ResultRecord> baseline = benchResults(ws, shape.cases, 1);
    const QList<ResultRecord> current = benchResults(ws, shape.cases, 2);
    const double generatedMs = timer.nsecsElapsed() / 1e6;
    const double memoryBefore = peakResidentMiB();

    RunAnalysis analysis;
    const double analyseMs = medianMs(5, [&] { analysis = analyseRun(ws, current); });
    RunComparison comparison;
    const double compareMs = medianMs(5, [&] { comparison = compareRuns(ws, baseline, current); });

    std::printf("results         %lld a run (%d models x %d categories x %d cases)\n",
                static_cast<long long>(current.size()), shape.models, shape.categories, shape.cases);
    std::printf("generated       2 runs in %.0f ms\n", generatedMs);
    std::printf("analyseRun      %.1f ms (median of 5): %lld cells, %lld frontiers, %lld models\n", analyseMs,
                static_cast<long long>(analysis.cells.size()), static_cast<long long>(analysis.frontiers.size()),
                static_cast<long long>(analysis.models.size()));
    std::printf("compareRuns     %.1f ms (median of 5, both runs analysed and paired): %d regressions\n", compareMs,
                comparison.regressionCount());
    std::printf("peak memory     %.1f MiB (%.1f MiB with the two runs' results before any analysis)\n",
                peakResidentMiB(), memoryBefore);
    return analysis.cells.size() == qsizetype(shape.models) * shape.categories ? 0 : 1;
}
