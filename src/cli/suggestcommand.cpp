// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestcommand.h"

#include "consoletext.h"
#include "evidencecellstext.h"
#include "freshness/evidenceloader.h"
#include "freshnesstext.h"
#include "routing/evidencestatus.h"
#include "runselection.h"
#include "suggestionjson.h"
#include "suggestiontext.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <algorithm>

namespace {
// The cascades of the suggested and of the current map, simulated on the run, for their costs.
QList<CascadeCell> bothMapsCascades(const Workspace& workspace, const RoutingMap& suggested,
                                    const QList<ResultRecord>& results)
{
    return mapCascades(workspace, suggested, results) + mapCascades(workspace, workspace.routing, results);
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)
};

const QString command = QStringLiteral("suggest");

bool hasCompletedRun(const QList<RunInfo>& runs)
{
    return std::any_of(runs.cbegin(), runs.cend(),
                       [](const RunInfo& run) { return run.status == RunStatus::Completed; });
}

// The newest completed run, else the newest with a note.
RunInfo newestCompleted(const QList<RunInfo>& runs, QTextStream& err)
{
    const auto completed = std::find_if(runs.cbegin(), runs.cend(),
                                        [](const RunInfo& run) { return run.status == RunStatus::Completed; });
    if (completed != runs.cend())
        return *completed;
    err << Text::tr("suggest: no run has completed; using the newest, %1 (%2)")
               .arg(runs.constFirst().id, runStatusDisplayName(runs.constFirst().status).toLower())
        << Qt::endl;
    return runs.constFirst();
}

// The model everything would go to without a map: the most accurate across the mix, the cheaper on a tie.
QString baselineModel(const RunAnalysis& analysis)
{
    const auto best = std::min_element(analysis.models.cbegin(), analysis.models.cend(),
                                       [](const ModelAggregate& a, const ModelAggregate& b) {
                                           if (a.accuracy != b.accuracy)
                                               return a.accuracy > b.accuracy;
                                           return a.costPer1kRequests < b.costPer1kRequests;
                                       });
    return best == analysis.models.cend() ? QString() : best->modelId;
}

int apply(Workspace workspace, const QString& path, const SuggestionReport& report, QTextStream& out, QTextStream& err)
{
    const RoutingMap before = workspace.routing;
    workspace.routing = applySuggestions(before, report.suggestions, report.defaultChain);
    QString error;
    if (!writeWorkspaceFile(workspace, path, &error)) {
        err << Text::tr("suggest: %1; the workspace file was left as it was").arg(error) << Qt::endl;
        return ExitFailure;
    }
    QStringList kept;
    for (const Route& route : before.routes) {
        if (route.rule == manualRule)
            kept.append(route.category);
    }
    QStringList written;
    for (const RouteSuggestion& suggestion : report.suggestions) {
        if (!suggestion.chain.isEmpty() && !kept.contains(suggestion.category))
            written.append(suggestion.category);
    }
    const QString none = Text::tr("none");
    out << u'\n'
        << Text::tr("Wrote the suggested routes to %1: %2")
               .arg(path, written.isEmpty() ? none : written.join(QStringLiteral(", ")))
        << Qt::endl;
    if (!kept.isEmpty())
        out << Text::tr("Kept the manual routes: %1").arg(kept.join(QStringLiteral(", "))) << Qt::endl;
    if (!before.defaultChain.isEmpty() && before.defaultChain != report.defaultChain)
        out << Text::tr("Kept the current default chain: %1").arg(before.defaultChain.join(QStringLiteral(" -> ")))
            << Qt::endl;
    return ExitSuccess;
}

// The suggestions of the latest evidence per category and model across runs.
int suggestLatest(const QString& path, bool write, bool json, QTextStream& out, QTextStream& err)
{
    const WorkspaceLoad load = readWorkspaceFile(path);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    ResultsStore store;
    const std::optional<QList<RunInfo>> runs = load.ok() ? openRuns(store, path, command, err) : std::nullopt;
    const std::optional<LatestEvidence> evidence
        = runs ? loadLatestEvidence(store, load.workspace) : std::nullopt;
    if (!evidence) {
        if (runs)
            err << Text::tr("suggest: %1").arg(store.errorString()) << Qt::endl;
        return ExitUsage;
    }
    const Workspace& workspace = load.workspace;
    const RunAnalysis analysis = analyseRun(workspace, evidence->results);
    SuggestionReport report { Text::tr("the latest evidence per category and model (runs %1)")
                                  .arg(evidence->runIds.join(QStringLiteral(", "))),
                              suggestFromLatest(workspace, *evidence), suggestDefaultChain(workspace, analysis) };
    const RoutingMap suggested = applySuggestions(workspace.routing, report.suggestions, report.defaultChain);
    report.projection = projectSavings(workspace, analysis, suggested, workspace.routing, baselineModel(analysis),
                                       TrafficMix::fromWorkspace(workspace),
                                       bothMapsCascades(workspace, suggested, evidence->results));
    report.pricingShifts = repriceLatest(workspace, *evidence).shifts;
    if (json) {
        out << suggestionJson(report);
    } else {
        out << suggestionText(report) << u'\n' << evidenceCellsText(*evidence);
        if (const QString shifts = pricingShiftsText(report.pricingShifts); !shifts.isEmpty())
            out << u'\n' << shifts;
    }
    // JSON keeps standard output one document: what --apply wrote is told on the error stream.
    return write ? apply(workspace, path, report, json ? err : out, err) : int(ExitSuccess);
}

int suggest(const QString& path, const QString& runId, bool write, bool json, QTextStream& out, QTextStream& err)
{
    const WorkspaceLoad load = readWorkspaceFile(path);
    if (!load.errors.isEmpty())
        err << formatErrors(load.errors) << Qt::endl; // a screenful at most
    ResultsStore store;
    const std::optional<QList<RunInfo>> runs = load.ok() ? openRuns(store, path, command, err) : std::nullopt;
    if (!runs)
        return ExitUsage;
    if (write && runId.isEmpty() && !hasCompletedRun(*runs)) {
        err << Text::tr("suggest: no run has completed, so no routes are written: a run still going or stopped "
                        "early holds part of the evidence. Finish one with 'signalbox-cli run %1 --resume', or "
                        "name a run with --run.")
                   .arg(shellQuoted(path))
            << Qt::endl;
        return ExitFailure;
    }
    const RunInfo newest = runId.isEmpty() ? newestCompleted(*runs, err) : RunInfo {};
    const std::optional<RunInfo> run = chooseRun(*runs, runId, newest, QStringLiteral("--run"), command, err);
    const std::optional<QList<ResultRecord>> results = run ? resultsOf(store, run->id, command, err) : std::nullopt;
    if (!results)
        return ExitUsage;
    warnWhenMostlyCached(command, run->id, *results, err);
    const Workspace& workspace = load.workspace;
    const RunAnalysis analysis = analyseRun(workspace, *results);
    SuggestionReport report { run->id, suggestRoutes(workspace, analysis, *results),
                              suggestDefaultChain(workspace, analysis) };
    const RoutingMap suggested = applySuggestions(workspace.routing, report.suggestions, report.defaultChain);
    report.projection = projectSavings(workspace, analysis, suggested, workspace.routing, baselineModel(analysis),
                                       TrafficMix::fromWorkspace(workspace), bothMapsCascades(workspace, suggested, *results));
    report.pricingShifts = repriceRun(workspace, *run, *results).shifts;
    if (json) {
        out << suggestionJson(report);
    } else {
        out << suggestionText(report);
        if (const QString shifts = pricingShiftsText(report.pricingShifts); !shifts.isEmpty())
            out << u'\n' << shifts;
    }
    // JSON keeps standard output one document: what --apply wrote is told on the error stream.
    return write ? apply(workspace, path, report, json ? err : out, err) : int(ExitSuccess);
}
} // namespace

QString SuggestCommand::name() const
{
    return command;
}

QString SuggestCommand::summary() const
{
    return tr("Suggest each category's route from a run, and optionally write it into the workspace");
}

int SuggestCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption runOption(
        QStringLiteral("run"), tr("The run to suggest from (default: the newest completed)."), QStringLiteral("id"));
    const QCommandLineOption applyOption(QStringLiteral("apply"),
                                         tr("Write the suggested routes into the workspace file, keeping manual "
                                            "routes; fill the default chain when it is empty."));
    const QCommandLineOption latestOption(
        QStringLiteral("latest"),
        tr("Suggest from the latest evidence per category and model across runs, leaving out cells whose "
           "category changed since their run."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    commandLine.addOptions({ runOption, applyOption, latestOption, formatOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const QString format = commandLine.value(formatOption);
    if (format != u"text" && format != u"json")
        return commandLine.usageError(tr("suggest: unknown format '%1'; expected text or json").arg(format));
    if (commandLine.isSet(latestOption) && commandLine.isSet(runOption))
        return commandLine.usageError(tr("suggest: --latest combines runs; it cannot be combined with --run"));
    const bool json = format == u"json";
    if (commandLine.isSet(latestOption))
        return suggestLatest(commandLine.workspace(), commandLine.isSet(applyOption), json, out, err);
    return suggest(commandLine.workspace(), commandLine.value(runOption), commandLine.isSet(applyOption), json, out,
                   err);
}
