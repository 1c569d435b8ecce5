// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolloutcommand.h"

#include "rollout/rollout.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

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
    const int actions = int(commandLine.isSet(toOption)) + int(commandLine.isSet(advanceOption))
        + int(commandLine.isSet(finishOption)) + int(commandLine.isSet(abandonOption))
        + int(commandLine.isSet(stageOption) && !commandLine.isSet(toOption));
    if (actions > 1)
        return commandLine.usageError(tr("rollout: give one of --to, --stage, --advance, --finish and --abandon"));
    if (commandLine.isSet(stagesOption) && !commandLine.isSet(toOption))
        return commandLine.usageError(tr("rollout: --stages belongs to a new rollout, started with --to"));
    if (!commandLine.isSet(categoryOption))
        return commandLine.usageError(tr("rollout: --category is required"));
    std::optional<int> stage;
    if (commandLine.isSet(stageOption)) {
        bool ok = false;
        stage = commandLine.value(stageOption).remove(u'%').toInt(&ok);
        if (!ok)
            return commandLine.usageError(
                tr("rollout: --stage expects a whole percentage, found '%1'").arg(commandLine.value(stageOption)));
    }
    QList<int> stages = defaultRolloutStages();
    if (commandLine.isSet(stagesOption)) {
        QString problem;
        const std::optional<QList<int>> parsed = parseRolloutStages(commandLine.value(stagesOption), &problem);
        if (!parsed)
            return commandLine.usageError(tr("rollout: --stages: %1").arg(problem));
        stages = *parsed;
    }

    const QString path = commandLine.workspace();
    WorkspaceLoad load = readWorkspaceFile(path);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    if (!load.ok())
        return ExitUsage;
    Workspace& workspace = load.workspace;
    const QString category = commandLine.value(categoryOption);
    if (!workspace.category(category))
        return commandLine.usageError(tr("rollout: the workspace has no category '%1'").arg(category));
    Route* route = nullptr;
    for (Route& candidate : workspace.routing.routes) {
        if (candidate.category == category)
            route = &candidate;
    }
    if (!route) {
        err << tr("rollout: %1 has no route of its own yet; give it one in the Routing area or with suggest --apply")
                   .arg(category)
            << Qt::endl;
        return ExitFailure;
    }
    if (actions == 0) {
        out << planText(*route) << Qt::endl;
        return ExitSuccess;
    }
    RolloutEdit edit;
    if (commandLine.isSet(toOption))
        edit = startRollout(workspace, *route, commandLine.value(toOption), stages, stage);
    else if (commandLine.isSet(advanceOption))
        edit = advanceRollout(*route);
    else if (commandLine.isSet(finishOption))
        edit = finishRollout(*route);
    else if (commandLine.isSet(abandonOption))
        edit = abandonRollout(*route);
    else
        edit = setRolloutStage(*route, *stage);
    if (!edit.ok()) {
        err << tr("rollout: %1").arg(edit.error) << Qt::endl;
        return ExitFailure;
    }
    *route = *edit.route;
    QString error;
    if (!writeWorkspaceFile(workspace, path, &error)) {
        err << tr("rollout: could not write %1: %2").arg(path, error) << Qt::endl;
        return ExitFailure;
    }
    out << planText(*route) << Qt::endl << tr("Wrote %1.").arg(path) << Qt::endl;
    return ExitSuccess;
}
