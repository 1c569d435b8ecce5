// SPDX-License-Identifier: GPL-3.0-or-later
#include "cascadecommand.h"

#include "cascade/cascadecheck.h"
#include "cascade/cascadesimulation.h"
#include "runselection.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString command = QStringLiteral("cascade");

struct Request {
    QString category;
    QStringList chain;
    ScorerSpec check;
    QString runId;
    bool json = false;
    bool apply = false;
};

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + u'%';
}

// Null when not measured (answers collected through a provider's batch API), never 0.
QJsonValue optionalMs(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString tableText(const CascadeFigures& figures, const QString& runId)
{
    QString text = CascadeCommand::tr("Cascade for %1 on run %2: %3, escalating when the answer fails %4\n")
                       .arg(figures.category, runId, figures.chain.join(QStringLiteral(" -> ")),
                            cascadeCheckText(figures.check));
    text += CascadeCommand::tr("  requests         %1\n").arg(figures.requests);
    text += CascadeCommand::tr("  pass rate        %1 (%2 of %3)\n")
                .arg(percent(figures.passRate()))
                .arg(figures.passes)
                .arg(figures.requests);
    text += CascadeCommand::tr("  cost per 1,000   $%1\n").arg(QString::number(figures.costPer1kUsd, 'f', 4));
    if (figures.latencyP50Ms && figures.latencyP95Ms)
        text += CascadeCommand::tr("  latency p50/p95  %1 ms / %2 ms\n").arg(*figures.latencyP50Ms).arg(*figures.latencyP95Ms);
    else
        text += CascadeCommand::tr("  latency p50/p95  not measured (batch)\n");
    text += CascadeCommand::tr("  escalation rate  %1\n").arg(percent(figures.escalationRate()));
    for (qsizetype step = 0; step < figures.chain.size(); ++step)
        text += CascadeCommand::tr("  reached %1  %2\n").arg(figures.chain.at(step), -8).arg(percent(figures.reachedShare(step)));
    return text;
}

QByteArray jsonText(const CascadeFigures& figures, const QString& runId)
{
    QJsonArray reached;
    for (qsizetype step = 0; step < figures.chain.size(); ++step)
        reached.append(QJsonObject { { QStringLiteral("model"), figures.chain.at(step) },
                                     { QStringLiteral("requests"), figures.reached.at(step) },
                                     { QStringLiteral("share"), figures.reachedShare(step) } });
    const QJsonObject object { { QStringLiteral("category"), figures.category },
                               { QStringLiteral("run"), runId },
                               { QStringLiteral("chain"), QJsonArray::fromStringList(figures.chain) },
                               { QStringLiteral("check"), cascadeCheckText(figures.check) },
                               { QStringLiteral("requests"), figures.requests },
                               { QStringLiteral("pass_rate"), figures.passRate() },
                               { QStringLiteral("cost_per_1k_usd"), figures.costPer1kUsd },
                               { QStringLiteral("escalation_rate"), figures.escalationRate() },
                               { QStringLiteral("latency_p50_ms"), optionalMs(figures.latencyP50Ms) },
                               { QStringLiteral("latency_p95_ms"), optionalMs(figures.latencyP95Ms) },
                               { QStringLiteral("reached"), reached } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The named run, else the newest in which the cascade can be simulated; exitCode says why not.
std::optional<std::pair<QString, CascadeFigures>> simulate(const QString& path, const Request& request, QTextStream& err,
                                                           int& exitCode)
{
    exitCode = ExitUsage;
    ResultsStore store;
    const std::optional<QList<RunInfo>> runs = openRuns(store, path, command, err);
    if (!runs)
        return std::nullopt;
    QList<RunInfo> candidates = *runs;
    if (!request.runId.isEmpty()) {
        const std::optional<RunInfo> named
            = chooseRun(*runs, request.runId, RunInfo {}, QStringLiteral("--run"), command, err);
        if (!named)
            return std::nullopt;
        candidates = { *named };
    }
    exitCode = ExitFailure;
    QString firstError;
    for (const RunInfo& run : std::as_const(candidates)) {
        const std::optional<QList<ResultRecord>> results = resultsOf(store, run.id, command, err);
        if (!results)
            return std::nullopt;
        const CascadeSimulation simulation = simulateCascade(*results, request.category, request.chain, request.check);
        if (simulation.figures)
            return std::pair { run.id, *simulation.figures };
        if (firstError.isEmpty())
            firstError = QStringLiteral("%1: %2").arg(run.id, simulation.error);
    }
    err << CascadeCommand::tr("cascade: no run can simulate it; %1").arg(firstError) << Qt::endl;
    return std::nullopt;
}
// The category's route made the cascade, written into the workspace file.
int applyCascade(Workspace workspace, const QString& path, const Request& request, QTextStream& out, QTextStream& err)
{
    Route route { request.category, request.chain, QStringLiteral("manual"), std::nullopt };
    route.cascadeCheck = request.check;
    const auto existing = std::find_if(workspace.routing.routes.begin(), workspace.routing.routes.end(),
                                       [&](const Route& r) { return r.category == request.category; });
    if (existing != workspace.routing.routes.end())
        *existing = route;
    else
        workspace.routing.routes.append(route);
    QString error;
    if (!writeWorkspaceFile(workspace, path, &error)) {
        err << CascadeCommand::tr("cascade: could not write %1: %2").arg(path, error) << Qt::endl;
        return ExitFailure;
    }
    out << CascadeCommand::tr("Made the route of %1 this cascade in %2.").arg(request.category, path) << Qt::endl;
    return ExitSuccess;
}
} // namespace

QString CascadeCommand::name() const
{
    return command;
}

QString CascadeCommand::summary() const
{
    return tr("Simulate a cascade (cheap model first, escalate when a check fails) on a run's answers");
}

int CascadeCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption categoryOption(QStringLiteral("category"), tr("The category."), QStringLiteral("name"));
    const QCommandLineOption chainOption(QStringLiteral("chain"), tr("Two or three model ids, cheapest first."),
                                         QStringLiteral("m1,m2[,m3]"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"), tr("The check on each answer, as JSON or YAML: {type: regex, value: \"...\"}."),
        QStringLiteral("spec"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       tr("The run (default: the newest in which every model answered every case)."),
                                       QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("table (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption applyOption(QStringLiteral("apply"), tr("Make the category's route this cascade."));
    commandLine.addOptions({ categoryOption, chainOption, checkOption, runOption, formatOption, applyOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    for (const QCommandLineOption& required : { categoryOption, chainOption, checkOption }) {
        if (!commandLine.isSet(required))
            return commandLine.usageError(tr("cascade: --%1 is required").arg(required.names().constFirst()));
    }
    const QString format = commandLine.value(formatOption);
    if (format != u"table" && format != u"json")
        return commandLine.usageError(tr("cascade: unknown format '%1'; expected table or json").arg(format));
    QString problem;
    const std::optional<ScorerSpec> check = parseCascadeCheck(commandLine.value(checkOption), &problem);
    if (!check)
        return commandLine.usageError(tr("cascade: --check: %1").arg(problem));
    const Request request { commandLine.value(categoryOption),
                            commandLine.value(chainOption).split(u',', Qt::SkipEmptyParts),
                            *check,
                            commandLine.value(runOption),
                            format == u"json",
                            commandLine.isSet(applyOption) };
    if (request.chain.size() < 2 || request.chain.size() > 3)
        return commandLine.usageError(tr("cascade: --chain names two or three models"));

    const QString path = commandLine.workspace();
    WorkspaceLoad load = readWorkspaceFile(path);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    if (!load.ok())
        return ExitUsage;
    if (!load.workspace.category(request.category))
        return commandLine.usageError(tr("cascade: the workspace has no category '%1'").arg(request.category));
    for (const QString& model : request.chain) {
        if (!load.workspace.model(model))
            return commandLine.usageError(tr("cascade: the workspace has no model '%1'").arg(model));
    }
    int exitCode = ExitSuccess;
    const auto simulated = simulate(path, request, err, exitCode);
    if (!simulated)
        return exitCode;
    if (request.json)
        out << QString::fromUtf8(jsonText(simulated->second, simulated->first));
    else
        out << tableText(simulated->second, simulated->first);
    return request.apply ? applyCascade(load.workspace, path, request, out, err) : int(ExitSuccess);
}
