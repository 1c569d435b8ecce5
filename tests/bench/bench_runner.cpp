// SPDX-License-Identifier: GPL-3.0-or-later
// The run engine under load: N calls against the sandbox at a fixed latency with concurrency C,
// while the main thread (standing in for the GUI) measures how long its event loop ever stalls.
// Prints wall time, the ideal time (calls x latency / concurrency), their ratio, the processor time,
// peak resident memory (VmHWM) and the longest stall. Run it once per size, each in a fresh process, to see
// whether memory grows with the run:
//   for n in 5000 20000 100000; do bench_runner $n 100 256; done
// usage: bench_runner [calls=5000] [latency-ms=100] [concurrency=256]
#include "benchsupport.h"
#include "runmeasure.h"

#include <cstdio>
#include <ctime>
#include <QCoreApplication>
#include <QTemporaryDir>

namespace {
Workspace benchWorkspace(int cases, int concurrency)
{
    Workspace ws;
    ws.name = QStringLiteral("bench");
    Provider provider { QStringLiteral("local"), ProviderKind::OpenAiCompatible };
    provider.concurrency = concurrency;
    ws.providers = { provider };
    ModelSpec model { QStringLiteral("bench-model"), QStringLiteral("local"), QStringLiteral("bench-model") };
    model.price = { 0.15, 0.60 };
    model.simulation = SimulationProfile { 0.8, 0 };
    ws.models = { model };
    ws.categories = { bench::labelsCategory(cases) };
    return ws;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int calls = bench::argument(args, 1, 5000);
    const int latencyMs = bench::argument(args, 2, 100);
    const int concurrency = bench::argument(args, 3, 256);
    const int repeats = 10;

    QTemporaryDir dir;
    RunController controller;
    controller.setSandboxTimeScale(0.0); // the fixed latency below is the only delay
    controller.sandbox().setExtraLatency(latencyMs);
    RunRequest request { benchWorkspace(calls / repeats, concurrency) };
    request.plan.simulated = true;
    request.plan.repeats = repeats;
    request.plan.settings.cacheEnabled = false;
    request.plan.settings.concurrency = concurrency;
    request.databasePath = dir.filePath(QStringLiteral("bench.signalbox.db"));

    bench::RunMeasure measure(app, controller);
    int received = 0;
    QObject::connect(&controller, &RunController::resultsAvailable,
                     [&](const QList<ResultRecord>& results) { received += int(results.size()); });
    QObject::connect(&controller, &RunController::finished, [&](const RunInfo&, const RunProgress& progress) {
        const double seconds = measure.elapsedMs() / 1000.0;
        const double ideal = double(calls) * latencyMs / concurrency / 1000.0;
        std::printf("calls           %d (%d errors, %d results delivered)\n", progress.done, progress.errors, received);
        std::printf("latency         %d ms, concurrency %d\n", latencyMs, concurrency);
        std::printf("wall time       %.2f s\n", seconds);
        std::printf("ideal time      %.2f s\n", ideal);
        std::printf("ratio           %.3f\n", seconds / ideal);
        // On a loaded machine the wall clock counts the wait for a processor; this does not.
        const double cpuSeconds = double(std::clock()) / CLOCKS_PER_SEC;
        std::printf("processor time  %.2f s (all threads), %.3f ms a call\n", cpuSeconds, cpuSeconds * 1000.0 / calls);
        std::printf("peak memory     %.1f MiB (VmHWM)\n", bench::peakResidentMiB());
        std::printf("longest stall   %lld ms (main thread event loop)\n",
                    static_cast<long long>(measure.longestStallMs()));
        app.quit();
    });
    measure.start(request);
    return app.exec();
}
