// SPDX-License-Identifier: GPL-3.0-or-later
// Writes results into a run until it is killed, printing "committed <n>" after each commit:
// tst_resultsconcurrency kills it with SIGKILL and checks that every reported result survived.
#include "results/resultsstore.h"
#include "resultsfixtures.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

int fail(const ResultsStore& store)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(store.errorString()));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: results-crash-writer <database> <run id>\n");
        return 2;
    }
    ResultsStore store;
    const QString runId = QString::fromLocal8Bit(argv[2]);
    if (!store.open(QString::fromLocal8Bit(argv[1]))
        || !store.createRun(ResultsFixtures::sampleRun(runId, RunStatus::Running)))
        return fail(store);

    // Single results and batches alternate, as the runner will write them. The bound keeps an
    // orphaned child from filling the disk should its parent die first.
    QElapsedTimer timer;
    timer.start();
    int committed = 0;
    while (timer.elapsed() < 60'000) {
        QList<ResultRecord> batch;
        const int size = committed % 2 ? 7 : 1;
        for (int i = 0; i < size; ++i)
            batch.append(
                ResultsFixtures::sampleResult(runId, ResultsFixtures::numberedJob(committed + i), committed + i));
        if (!(size == 1 ? store.insertResult(batch.first()) : store.insertResults(batch)))
            return fail(store);
        committed += size;
        std::printf("committed %d\n", committed);
        std::fflush(stdout);
    }
    return 0;
}
