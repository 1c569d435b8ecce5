// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolloutcommand.h"

#include "rollout/rollout.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <algorithm>

namespace {
QString planText(const Route& route)
{
    if (!route.rollout)
        return RolloutCommand::tr("%1: no rollout; %2 serves all of its traffic")
            .arg(route.category, route.primary().isEmpty() ? RolloutCommand::tr("no model") : route.primary());
    const RolloutPlan& plan = *route.rollout;
    return RolloutCommand::tr("%1: rollout from %2 to %3 at %4% (stages %5); %2 serves the other %6%")
        .arg(route.category, plan.from, plan.to)
        .arg(plan.stage)
        .arg(rolloutStagesText(plan.stages))
        .arg(100 - plan.stage);
}
} // namespace

QString RolloutCommand::name() const
{
    return QStringLiteral("rollout");
}

QString RolloutCommand::summary() const
{
    return tr("Move a category to a new model gradually (5% -> 25% -> 50% -> 100%), stage by stage");
}

namespace {
enum class Action { Show, Start, SetStage, Advance, Finish, Abandon };

struct RolloutRequest {
    QString category;
    Action action = Action::Show;
    QString to;
    QList<int> stages = defaultRolloutStages();
    std::optional<int> stage;
};

RolloutEdit edit(const Workspace& workspace, const Route& route, const RolloutRequest& request)
{
    switch (request.action) {
    case Action::Start:
        return startRollout(workspace, route, request.to, request.stages, request.stage);
    case Action::SetStage:
        return setRolloutStage(route, *request.stage);
    case Action::Advance:
        return advanceRollout(route);
    case Action::Finish:
        return finishRollout(route);
    case Action::Abandon:
    case Action::Show:
        break;
    }
    return abandonRollout(route);
}

// The edit written into the workspace file, or the plan printed.
int apply(const QString& path, const RolloutRequest& request, WorkspaceCommandLine& commandLine, QTextStream& out,
          QTextStream& err)
{
    WorkspaceLoad load = readWorkspaceFile(path);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    if (!load.ok())
        return ExitUsage;
    Workspace& workspace = load.workspace;
    if (!workspace.category(request.category))
        return commandLine.usageError(
            RolloutCommand::tr("rollout: the workspace has no category '%1'").arg(request.category));
    const auto route = std::find_if(workspace.routing.routes.begin(), workspace.routing.routes.end(),
                                    [&](const Route& r) { return r.category == request.category; });
    if (route == workspace.routing.routes.end()) {
        err << RolloutCommand::tr("rollout: %1 has no route of its own yet; give it one in the Routing area or with "
                                  "suggest --apply")
                   .arg(request.category)
            << Qt::endl;
        return ExitFailure;
    }
    if (request.action == Action::Show) {
        out << planText(*route) << Qt::endl;
        return ExitSuccess;
    }
    const RolloutEdit result = edit(workspace, *route, request);
    if (!result.ok()) {
        err << RolloutCommand::tr("rollout: %1").arg(result.error) << Qt::endl;
        return ExitFailure;
    }
    *route = *result.route;
    QString error;
    if (!writeWorkspaceFile(workspace, path, &error)) {
        err << RolloutCommand::tr("rollout: could not write %1: %2").arg(path, error) << Qt::endl;
        return ExitFailure;
    }
    out << planText(*route) << Qt::endl << RolloutCommand::tr("Wrote %1.").arg(path) << Qt::endl;
    return ExitSuccess;
}
} // namespace

int RolloutCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption categoryOption(QStringLiteral("category"), tr("The category whose route changes."),
                                            QStringLiteral("name"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Start a rollout to this model."),
                                      QStringLiteral("model"));
    const QCommandLineOption stagesOption(QStringLiteral("stages"),
                                          tr("The stages of a new rollout, percent of traffic (default 5,25,50,100)."),
                                          QStringLiteral("list"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), tr("Move the rollout to this stage."),
                                         QStringLiteral("percent"));
    const QCommandLineOption advanceOption(QStringLiteral("advance"), tr("Move the rollout to its next stage."));
    const QCommandLineOption finishOption(QStringLiteral("finish"),
                                          tr("Make the new model the primary and end the rollout."));
    const QCommandLineOption abandonOption(QStringLiteral("abandon"),
                                           tr("End the rollout; the current primary keeps all the traffic."));
    commandLine.addOptions(
        { categoryOption, toOption, stagesOption, stageOption, advanceOption, finishOption, abandonOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const QList<std::pair<Action, bool>> chosen {
        { Action::Start, commandLine.isSet(toOption) },
        { Action::Advance, commandLine.isSet(advanceOption) },
        { Action::Finish, commandLine.isSet(finishOption) },
        { Action::Abandon, commandLine.isSet(abandonOption) },
        { Action::SetStage, commandLine.isSet(stageOption) && !commandLine.isSet(toOption) },
    };
    RolloutRequest request { commandLine.value(categoryOption) };
    int actions = 0;
    for (const auto& [action, set] : chosen) {
        if (set) {
            request.action = action;
            ++actions;
        }
    }
    if (actions > 1)
        return commandLine.usageError(tr("rollout: give one of --to, --stage, --advance, --finish and --abandon"));
    if (commandLine.isSet(stagesOption) && !commandLine.isSet(toOption))
        return commandLine.usageError(tr("rollout: --stages belongs to a new rollout, started with --to"));
    if (!commandLine.isSet(categoryOption))
        return commandLine.usageError(tr("rollout: --category is required"));
    request.to = commandLine.value(toOption);
    if (commandLine.isSet(stageOption)) {
        bool ok = false;
        request.stage = commandLine.value(stageOption).remove(u'%').toInt(&ok);
        if (!ok)
            return commandLine.usageError(
                tr("rollout: --stage expects a whole percentage, found '%1'").arg(commandLine.value(stageOption)));
    }
    if (commandLine.isSet(stagesOption)) {
        QString problem;
        const std::optional<QList<int>> parsed = parseRolloutStages(commandLine.value(stagesOption), &problem);
        if (!parsed)
            return commandLine.usageError(tr("rollout: --stages: %1").arg(problem));
        request.stages = *parsed;
    }
    return apply(commandLine.workspace(), request, commandLine, out, err);
}
