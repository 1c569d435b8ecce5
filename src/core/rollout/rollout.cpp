// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollout.h"

#include <QCoreApplication>

namespace {
class Rollout
{
    Q_DECLARE_TR_FUNCTIONS(Rollout)
};

RolloutEdit failed(const QString& error)
{
    return { std::nullopt, error };
}

RolloutEdit edited(Route route)
{
    return { std::move(route), QString() };
}

QString noPlan(const Route& route)
{
    return Rollout::tr("the route of %1 has no rollout plan").arg(route.category);
}
} // namespace

QList<int> defaultRolloutStages()
{
    return { 5, 25, 50, 100 };
}

QString rolloutStagesProblem(const QList<int>& stages)
{
    if (stages.isEmpty())
        return Rollout::tr("a rollout needs at least one stage");
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i) < 1 || stages.at(i) > 100)
            return Rollout::tr("stage %1% is not a share of traffic from 1 to 100%").arg(stages.at(i));
        if (i > 0 && stages.at(i) <= stages.at(i - 1))
            return Rollout::tr("stages must grow: %1% follows %2%").arg(stages.at(i)).arg(stages.at(i - 1));
    }
    return {};
}

std::optional<QList<int>> parseRolloutStages(const QString& text, QString* error)
{
    QList<int> stages;
    for (QString item : text.split(u',')) {
        item = item.trimmed();
        if (item.endsWith(u'%'))
            item.chop(1);
        bool ok = false;
        const int percent = item.toInt(&ok);
        if (!ok) {
            *error = Rollout::tr("'%1' is not a whole percentage; expected stages such as 5,25,50,100").arg(item);
            return std::nullopt;
        }
        stages.append(percent);
    }
    *error = rolloutStagesProblem(stages);
    return error->isEmpty() ? std::optional(stages) : std::nullopt;
}

QString rolloutStagesText(const QList<int>& stages)
{
    QStringList items;
    for (int stage : stages)
        items.append(QString::number(stage));
    return items.join(QStringLiteral(", ")) + u'%';
}

RolloutEdit startRollout(const Workspace& workspace, const Route& route, const QString& to, const QList<int>& stages,
                         std::optional<int> stage)
{
    if (route.chain.isEmpty())
        return failed(Rollout::tr("the route of %1 has no primary model to roll out from").arg(route.category));
    if (route.cascadeCheck)
        return failed(Rollout::tr("the route of %1 is a cascade; change its chain instead").arg(route.category));
    if (!workspace.model(to))
        return failed(Rollout::tr("model '%1' is not defined in this workspace").arg(to));
    if (to == route.primary())
        return failed(Rollout::tr("%1 is already the primary of %2").arg(to, route.category));
    if (const QString problem = rolloutStagesProblem(stages); !problem.isEmpty())
        return failed(problem);
    if (stage && !stages.contains(*stage))
        return failed(Rollout::tr("%1% is not one of the stages %2").arg(*stage).arg(rolloutStagesText(stages)));
    Route result = route;
    result.rollout = RolloutPlan { route.primary(), to, stages, stage.value_or(stages.constFirst()) };
    return edited(result);
}

RolloutEdit setRolloutStage(const Route& route, int percent)
{
    if (!route.rollout)
        return failed(noPlan(route));
    if (!route.rollout->stages.contains(percent))
        return failed(Rollout::tr("%1% is not one of the stages %2")
                          .arg(percent)
                          .arg(rolloutStagesText(route.rollout->stages)));
    Route result = route;
    result.rollout->stage = percent;
    return edited(result);
}

RolloutEdit advanceRollout(const Route& route)
{
    if (!route.rollout)
        return failed(noPlan(route));
    const qsizetype next = route.rollout->stageIndex() + 1;
    if (next >= route.rollout->stages.size())
        return failed(Rollout::tr("the rollout of %1 is at its last stage (%2%); finish it to make %3 the primary")
                          .arg(route.category)
                          .arg(route.rollout->stage)
                          .arg(route.rollout->to));
    return setRolloutStage(route, route.rollout->stages.at(next));
}

RolloutEdit finishRollout(const Route& route)
{
    if (!route.rollout)
        return failed(noPlan(route));
    Route result = route;
    QStringList fallbacks = route.fallbacks();
    fallbacks.removeAll(route.rollout->to);
    result.chain = QStringList { route.rollout->to } + fallbacks;
    result.rule = QStringLiteral("manual");
    result.evidence.reset();
    result.rollout.reset();
    return edited(result);
}

RolloutEdit abandonRollout(const Route& route)
{
    if (!route.rollout)
        return failed(noPlan(route));
    Route result = route;
    result.rollout.reset();
    return edited(result);
}

QList<WeightedChain> trafficSplit(const Route& route)
{
    if (!route.rollout || route.chain.isEmpty())
        return { WeightedChain { route.chain, 100 } };
    QStringList fallbacks = route.fallbacks();
    fallbacks.removeAll(route.rollout->to);
    QList<WeightedChain> split { { route.chain, 100 - route.rollout->stage },
                                 { QStringList { route.rollout->to } + fallbacks, route.rollout->stage } };
    split.removeIf([](const WeightedChain& chain) { return chain.percent <= 0; });
    return split;
}
