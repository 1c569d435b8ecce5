// SPDX-License-Identifier: GPL-3.0-or-later
// A route's rollout plan, in a workspace file and in an exported routing file alike.
#include "rollout/rollout.h"
#include "textcheck.h"
#include "workspaceparser.h"

namespace {
const QStringList rolloutKeys
    = { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("stages"), QStringLiteral("stage") };
} // namespace

std::optional<RolloutPlan> WorkspaceParser::readRollout(const YAML::Node& node, YamlErrors& errors,
                                                        const Workspace& workspace, const QString& primary)
{
    const YamlMap map(node, errors, rolloutKeys, tr("a rollout plan"));
    if (!map.isValid())
        return std::nullopt;
    RolloutPlan plan;
    const std::optional<QString> from = map.requiredText("from");
    const std::optional<QString> to = map.requiredText("to");
    if (!from || !to)
        return std::nullopt;
    plan.from = *from;
    plan.to = *to;
    if (plan.from != primary)
        map.invalid("from", tr("from: a rollout moves traffic away from the route's primary '%1', not %2")
                                .arg(primary, quoted(plan.from)));
    if (!workspace.model(plan.to))
        map.invalid("to", tr("to: model %1 is not defined in this workspace").arg(quoted(plan.to)));
    else if (plan.to == plan.from)
        map.invalid("to", tr("to: the new model must differ from the primary '%1'").arg(plan.from));
    if (map.contains("stages")) {
        QString problem;
        if (const auto stages = parseRolloutStages(map.textList("stages").join(u','), &problem))
            plan.stages = *stages;
        else
            map.invalid("stages",
                        tr("stages: %1; expected ascending percentages such as [5, 25, 50, 100]").arg(problem));
    }
    plan.stage = int(map.integer("stage", 1, 100).value_or(plan.stages.constFirst()));
    if (!plan.stages.contains(plan.stage))
        map.invalid("stage",
                    tr("stage: %1% is not one of the stages %2").arg(plan.stage).arg(rolloutStagesText(plan.stages)));
    return plan;
}
