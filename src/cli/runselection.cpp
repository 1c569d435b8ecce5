// SPDX-License-Identifier: GPL-3.0-or-later
#include "runselection.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
class RunSelection
{
    Q_DECLARE_TR_FUNCTIONS(RunSelection)
};
} // namespace

std::optional<QList<RunInfo>> openRuns(ResultsStore& store, const QString& workspacePath, const QString& command,
                                       QTextStream& err)
{
    const QString path = ResultsStore::databasePathFor(workspacePath);
    if (!QFileInfo::exists(path)) {
        err << RunSelection::tr("%1: no results database beside the workspace (%2): run 'signalbox-cli run' first")
                   .arg(command, path)
            << Qt::endl;
        return std::nullopt;
    }
    std::optional<QList<RunInfo>> runs = store.open(path) ? store.runs() : std::nullopt;
    if (!runs)
        err << command << QLatin1String(": ") << store.errorString() << Qt::endl;
    else if (runs->isEmpty())
        err << RunSelection::tr("%1: %2 holds no runs yet: run 'signalbox-cli run' first").arg(command, path)
            << Qt::endl;
    return runs && !runs->isEmpty() ? runs : std::nullopt;
}

std::optional<RunInfo> chooseRun(const QList<RunInfo>& runs, const QString& id, const RunInfo& fallback,
                                 const QString& option, const QString& command, QTextStream& err)
{
    if (id.isEmpty())
        return fallback;
    QStringList ids;
    for (const RunInfo& run : runs) {
        if (run.id == id)
            return run;
        ids.append(run.id);
    }
    err << RunSelection::tr("%1: %2 names no run '%3'; the runs are, newest first: %4")
               .arg(command, option, id, ids.join(QStringLiteral(", ")))
        << Qt::endl;
    return std::nullopt;
}

std::optional<QList<ResultRecord>> resultsOf(ResultsStore& store, const QString& runId, const QString& command,
                                             QTextStream& err)
{
    std::optional<QList<ResultRecord>> results = store.results(runId);
    if (!results)
        err << command << QLatin1String(": ") << store.errorString() << Qt::endl;
    return results;
}
