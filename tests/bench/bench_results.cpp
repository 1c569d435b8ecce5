// SPDX-License-Identifier: GPL-3.0-or-later
// A results database of a large run, read back and analysed: 50 models x 20 categories x 200 cases
// = 200,000 results written with ResultsStore into a temporary folder, in batches so that writing
// holds no more than one batch in memory. Prints the time to write them, to load all of the run's
// results from SQLite (median of 3, each with a store of its own), to analyse them with analyseRun
// (median of 5) and to format the report, and the peak resident memory (VmHWM) after each step.
// usage: bench_results [models=50] [categories=20] [cases=200]
#include "benchsupport.h"
#include "reporting/reportformats.h"
#include "results/resultsstore.h"
#include "statistics/runanalysis.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace bench;

namespace {
constexpr int batchSize = 10000;

// An answer of 20 to 400 characters, as a short label or a paragraph would be.
QString answer(QRandomGenerator& random)
{
    static const QString words = QStringLiteral("billing refund account parcel summary the customer asks for ");
    QString text;
    const int length = 20 + int(random.bounded(380));
    while (text.size() < length)
        text += words.mid(int(random.bounded(words.size() - 8)), 8);
    return text.left(length);
}

ResultRecord benchResult(QRandomGenerator& random, const QString& runId, const Category& category, int caseIndex,
                         const QString& modelId, double skill, double price)
{
    ResultRecord record;
    record.runId = runId;
    record.category = category.name;
    record.caseId = QStringLiteral("case-%1").arg(caseIndex);
    record.modelId = modelId;
    record.output = answer(random);
    record.pass = random.generateDouble() < skill;
    record.score = record.pass ? 1.0 : random.generateDouble() * 0.5;
    record.costUsd = price * (0.5 + random.generateDouble());
    record.latencyMs = 200 + random.bounded(1800);
    record.inputTokens = 300 + random.bounded(200);
    record.outputTokens = 20 + random.bounded(100);
    record.finishedAt = QDateTime::currentDateTimeUtc();
    if (random.bounded(100) == 0) {
        record.errorKind = QStringLiteral("retryable");
        record.errorMessage = QStringLiteral("HTTP 429: rate limited");
        record.score.reset();
        record.pass = false;
    }
    return record;
}

// Writes the run category by category, a batch (one transaction) at a time.
bool writeRun(ResultsStore& store, const Workspace& ws, const Shape& shape, const QString& runId)
{
    QRandomGenerator random(7);
    QList<ResultRecord> batch;
    batch.reserve(batchSize);
    for (const Category& category : ws.categories) {
        for (int i = 0; i < shape.cases; ++i) {
            for (qsizetype m = 0; m < ws.models.size(); ++m) {
                const double skill = 0.55 + 0.4 * double(m) / double(ws.models.size());
                batch.append(
                    benchResult(random, runId, category, i, ws.models.at(m).id, skill, 0.0001 * double(m + 1)));
                if (batch.size() == batchSize && !store.insertResults(std::exchange(batch, {})))
                    return false;
            }
        }
    }
    return batch.isEmpty() || store.insertResults(batch);
}

RunInfo benchRun(const Workspace& ws, const QString& runId)
{
    RunInfo run;
    run.id = runId;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.status = RunStatus::Completed;
    for (const Category& category : ws.categories)
        run.categories.append(category.name);
    for (const ModelSpec& model : ws.models)
        run.modelIds.append(model.id);
    run.simulated = true;
    return run;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "bench_results: %s\n", qPrintable(what));
    return 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const Shape shape { argument(args, 1, 50), argument(args, 2, 20), argument(args, 3, 200) };
    const Workspace ws = workspace(shape);
    const QString runId = QStringLiteral("bench-run");
    QTemporaryDir dir;
    const QString databasePath = dir.filePath(QStringLiteral("bench.signalbox.db"));

    QElapsedTimer timer;
    timer.start();
    {
        ResultsStore store;
        if (!store.open(databasePath) || !store.createRun(benchRun(ws, runId)) || !writeRun(store, ws, shape, runId))
            return fail(store.errorString());
    }
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    const double peakAfterWrite = peakResidentMiB();

    QList<ResultRecord> results;
    QString loadError;
    const double loadMs = medianMs(3, [&] {
        results.clear();
        ResultsStore store;
        const std::optional<QList<ResultRecord>> loaded
            = store.open(databasePath) ? store.results(runId) : std::nullopt;
        results = loaded.value_or(QList<ResultRecord>());
        loadError = store.errorString();
    });
    if (results.size() != shape.results())
        return fail(
            QStringLiteral("loaded %1 of %2 results: %3").arg(results.size()).arg(shape.results()).arg(loadError));
    const double peakAfterLoad = peakResidentMiB();

    RunAnalysis analysis;
    const double analyseMs = medianMs(5, [&] { analysis = analyseRun(ws, results); });
    const double peakAfterAnalysis = peakResidentMiB();
    QString text;
    const double reportMs
        = medianMs(5, [&] { text = reportText(makeReport(analysis)) + reportJson(makeReport(analysis)); });

    std::printf("results         %lld in one run (%d models x %d categories x %d cases), answers of 20-400 chars\n",
                static_cast<long long>(results.size()), shape.models, shape.categories, shape.cases);
    std::printf("database        %.1f MiB, written in %.0f ms (batches of %d, one transaction each)\n",
                double(QFileInfo(databasePath).size()) / 1048576.0, writeMs, batchSize);
    std::printf("load            %.0f ms (median of 3): ResultsStore::results() of the whole run\n", loadMs);
    std::printf("analyseRun      %.1f ms (median of 5): %lld cells, %lld frontiers, %lld models\n", analyseMs,
                static_cast<long long>(analysis.cells.size()), static_cast<long long>(analysis.frontiers.size()),
                static_cast<long long>(analysis.models.size()));
    std::printf("report          %.1f ms (median of 5): text and JSON of %lld rows, %lld characters\n", reportMs,
                static_cast<long long>(analysis.cells.size()), static_cast<long long>(text.size()));
    std::printf("peak RSS        %.1f MiB after writing, %.1f MiB after loading, %.1f MiB after analysing (VmHWM)\n",
                peakAfterWrite, peakAfterLoad, peakAfterAnalysis);
    return analysis.cells.size() == qsizetype(shape.models) * shape.categories ? 0 : 1;
}
