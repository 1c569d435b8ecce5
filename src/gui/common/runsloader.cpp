// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsloader.h"

#include "common/background.h"
#include "common/whenfinished.h"
#include "freshness/evidenceloader.h"
#include "results/resultsstore.h"

#include <QFileInfo>

namespace {
template <typename T> struct Loaded {
    T value;
    QString error;
};

Loaded<QList<RunSummary>> readRuns(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return {};
    ResultsStore store;
    if (!store.open(databasePath))
        return { {}, store.errorString() };
    const std::optional<QList<RunInfo>> runs = store.runs();
    if (!runs)
        return { {}, store.errorString() };
    QList<RunSummary> summaries;
    summaries.reserve(runs->size());
    for (const RunInfo& run : *runs)
        summaries.append({ run, store.resultCount(run.id).value_or(0) });
    return { summaries, {} };
}

Loaded<QList<ResultRecord>> readResults(const QString& databasePath, const QString& runId)
{
    ResultsStore store;
    if (!store.open(databasePath))
        return { {}, store.errorString() };
    std::optional<QList<ResultRecord>> results = store.results(runId);
    if (!results)
        return { {}, store.errorString() };
    return { *results, {} };
}
Loaded<QList<RunResults>> readAllResults(const QString& databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return {};
    ResultsStore store;
    if (!store.open(databasePath))
        return { {}, store.errorString() };
    std::optional<QList<RunResults>> runs = loadRunResults(store);
    if (!runs)
        return { {}, store.errorString() };
    return { *runs, {} };
}
} // namespace

RunsLoader::RunsLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<RunSummary>();
    registerResultsMetaTypes();
}

RunsLoader::~RunsLoader()
{
    // Waiting may finish a load here and now: its answer must not reach an owner being destroyed.
    ++m_runsGeneration;
    ++m_resultsGeneration;
    for (QFuture<void>& future : m_reading)
        Background::waitFor(future);
}

void RunsLoader::track(const QFuture<void>& future)
{
    m_reading.removeIf([](const QFuture<void>& reading) { return reading.isFinished(); });
    m_reading.append(future);
}

void RunsLoader::loadRuns(const QString& databasePath)
{
    const quint64 generation = ++m_runsGeneration;
    m_runsPending = true;
    QFuture<Loaded<QList<RunSummary>>> reading = Background::run(readRuns, databasePath);
    track(QFuture<void>(reading));
    whenFinished(this, reading, [this, generation](const Loaded<QList<RunSummary>>& loaded) {
        if (generation != m_runsGeneration)
            return;
        m_runsPending = false;
        if (!loaded.error.isEmpty())
            Q_EMIT failed(loaded.error);
        Q_EMIT runsLoaded(loaded.value);
    });
}

void RunsLoader::loadResults(const QString& databasePath, const QString& runId)
{
    const quint64 generation = ++m_resultsGeneration;
    m_resultsPending = true;
    QFuture<Loaded<QList<ResultRecord>>> reading = Background::run(readResults, databasePath, runId);
    track(QFuture<void>(reading));
    whenFinished(this, reading, [this, generation, runId](const Loaded<QList<ResultRecord>>& loaded) {
        finishResultsLoad(generation, loaded.error, [&] { Q_EMIT resultsLoaded(runId, loaded.value); });
    });
}

void RunsLoader::loadAllResults(const QString& databasePath)
{
    const quint64 generation = ++m_resultsGeneration;
    m_resultsPending = true;
    QFuture<Loaded<QList<RunResults>>> reading = Background::run(readAllResults, databasePath);
    track(QFuture<void>(reading));
    whenFinished(this, reading, [this, generation](const Loaded<QList<RunResults>>& loaded) {
        finishResultsLoad(generation, loaded.error, [&] { Q_EMIT allResultsLoaded(loaded.value); });
    });
}

// A results load is delivered unless a newer one superseded it; a failed one says why instead.
void RunsLoader::finishResultsLoad(quint64 generation, const QString& error, const std::function<void()>& deliver)
{
    if (generation != m_resultsGeneration)
        return;
    m_resultsPending = false;
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    deliver();
}

void RunsLoader::dropResults()
{
    ++m_resultsGeneration;
    m_resultsPending = false;
}
