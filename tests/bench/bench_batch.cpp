// SPDX-License-Identifier: GPL-3.0-or-later
// A run of N jobs sent as batches to the sandbox's batch APIs (OpenAI, Anthropic, Gemini) and
// collected, while the main thread (standing in for the GUI) measures how long its event loop ever
// stalls. Prints wall time, the results written per second while collecting (from the first result
// to the last: fetching, parsing, scoring and SQLite together), peak memory and the longest stall,
// while collecting and in the whole run (which includes starting the sandbox on the main thread).
// usage: bench_batch [jobs=100000] [items-per-batch=10000]
#include "benchsupport.h"
#include "runmeasure.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <ctime>

namespace {
// Four models on three batch APIs, a quarter of the jobs each.
Workspace benchWorkspace(int cases)
{
    Workspace ws;
    ws.name = QStringLiteral("batch bench");
    ws.providers = { Provider { QStringLiteral("openai"), ProviderKind::OpenAiCompatible },
                     Provider { QStringLiteral("anthropic"), ProviderKind::Anthropic },
                     Provider { QStringLiteral("gemini"), ProviderKind::Gemini } };
    const std::pair<const char*, const char*> models[]
        = { { "gpt-mini", "openai" }, { "gpt-large", "openai" }, { "haiku", "anthropic" }, { "flash", "gemini" } };
    for (const auto& [id, provider] : models) {
        ModelSpec model { QLatin1String(id), QLatin1String(provider), QLatin1String(id) };
        model.price = { 0.15, 0.60 };
        model.simulation = SimulationProfile { 0.8, 0 };
        ws.models.append(model);
    }
    ws.categories = { bench::labelsCategory(cases) };
    return ws;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int jobs = bench::argument(args, 1, 100000);
    const int perBatch = bench::argument(args, 2, 10000);

    QTemporaryDir dir;
    RunController controller;
    controller.setSandboxTimeScale(0.0); // batches end as soon as they are sent
    RunRequest request { benchWorkspace(jobs / 4) };
    request.plan.simulated = true;
    request.plan.settings.batch = true;
    request.plan.settings.cacheEnabled = false;
    request.databasePath = dir.filePath(QStringLiteral("bench.signalbox.db"));
    request.batchPolicy.firstPollMs = 50;
    request.batchPolicy.maxPollMs = 200;
    request.batchPolicy.maxItemsPerBatch = perBatch;

    bench::RunMeasure measure(app, controller);
    qint64 firstResultMs = -1;
    double firstResultCpu = 0.0; // processor seconds: on a loaded machine the wall clock counts the wait
    int received = 0;
    QObject::connect(&controller, &RunController::resultsAvailable, [&](const QList<ResultRecord>& results) {
        if (firstResultMs < 0) {
            firstResultMs = measure.elapsedMs();
            measure.markPhase();
            firstResultCpu = double(std::clock()) / CLOCKS_PER_SEC;
        }
        received += int(results.size());
    });
    QObject::connect(&controller, &RunController::finished, [&](const RunInfo&, const RunProgress& progress) {
        const qint64 totalMs = measure.elapsedMs();
        const double collectingSeconds = std::max<qint64>(1, totalMs - firstResultMs) / 1000.0;
        std::printf("jobs            %d (%d errors, %d results delivered)\n", progress.done, progress.errors,
                    received);
        std::printf("batches         %s\n", qPrintable(progress.batchText));
        std::printf("wall time       %.2f s (first result after %.2f s)\n", totalMs / 1000.0, firstResultMs / 1000.0);
        std::printf("results/s       %.0f rows a second while collecting (%.2f s)\n", progress.done / collectingSeconds,
                    collectingSeconds);
        const double collectingCpu = std::max(1e-3, double(std::clock()) / CLOCKS_PER_SEC - firstResultCpu);
        std::printf("results/cpu-s   %.0f rows a processor second while collecting (%.2f s, all threads)\n",
                    progress.done / collectingCpu, collectingCpu);
        std::printf("peak memory     %.1f MiB (the sandbox server included)\n", bench::peakResidentMiB());
        std::printf("longest stall   %lld ms while collecting, %lld ms in the whole run (main thread event loop)\n",
                    static_cast<long long>(measure.longestStallInPhaseMs()),
                    static_cast<long long>(measure.longestStallMs()));
        std::printf("longest busy    %.1f ms of the main thread's processor time between two probes while collecting\n",
                    measure.longestBusyInPhaseMs());
        app.quit();
    });
    measure.start(request);
    return app.exec();
}
