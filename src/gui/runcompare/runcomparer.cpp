// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparer.h"

#include "common/background.h"
#include "common/whenfinished.h"
#include "results/resultsstore.h"

namespace {
struct Outcome {
    RunComparison comparison;
    QString error;
};

Outcome compareInStore(const Workspace& workspace, const QString& databasePath, const QString& baselineRunId,
                       const QString& currentRunId)
{
    ResultsStore store;
    if (!store.open(databasePath))
        return { {}, store.errorString() };
    const std::optional<QList<ResultRecord>> baseline = store.results(baselineRunId);
    if (!baseline)
        return { {}, store.errorString() };
    const std::optional<QList<ResultRecord>> current = store.results(currentRunId);
    if (!current)
        return { {}, store.errorString() };
    RunComparison comparison = compareRuns(workspace, *baseline, *current);
    // A run without results has no id in its analysis; the comparison still belongs to these two.
    comparison.baselineRunId = baselineRunId;
    comparison.currentRunId = currentRunId;
    return { comparison, {} };
}
} // namespace

RunComparer::RunComparer(QObject* parent)
    : QObject(parent)
{
    registerStatisticsMetaTypes();
}

RunComparer::~RunComparer()
{
    ++m_generation;
    for (QFuture<void>& future : m_working)
        Background::waitFor(future);
}

void RunComparer::compare(const Workspace& workspace, const QString& databasePath, const QString& baselineRunId,
                          const QString& currentRunId)
{
    const quint64 generation = ++m_generation;
    m_pending = true;
    QFuture<Outcome> working = Background::run(compareInStore, workspace, databasePath, baselineRunId, currentRunId);
    m_working.removeIf([](const QFuture<void>& future) { return future.isFinished(); });
    m_working.append(QFuture<void>(working));
    whenFinished(this, working, [this, generation](const Outcome& outcome) {
        if (generation != m_generation)
            return;
        m_pending = false;
        if (!outcome.error.isEmpty())
            Q_EMIT failed(outcome.error);
        else
            Q_EMIT compared(outcome.comparison);
    });
}

void RunComparer::cancel()
{
    ++m_generation;
    m_pending = false;
}
