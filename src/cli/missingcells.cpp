// SPDX-License-Identifier: GPL-3.0-or-later
#include "missingcells.h"

#include "command.h"
#include "freshness/evidenceloader.h"


namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};
} // namespace

std::optional<int> restrictToMissingCells(RunRequest& request, QTextStream& err)
{
    RunPlan& plan = request.plan;
    const MissingCells found = missingCellsIn(request.databasePath, request.workspace);
    if (!found.error.isEmpty()) {
        err << Text::tr("run: %1").arg(found.error) << Qt::endl;
        return ExitFailure;
    }
    const QStringList categories = plan.effectiveCategories(request.workspace);
    const QStringList models = plan.effectiveModels(request.workspace);
    QList<std::pair<QString, QString>> missing = found.cells;
    missing.removeIf([&](const auto& cell) { return !categories.contains(cell.first) || !models.contains(cell.second); });
    if (missing.isEmpty()) {
        err << Text::tr("run: every category has current evidence for every model; nothing is missing") << Qt::endl;
        return ExitSuccess;
    }
    restrictPlanToCells(plan, missing);
    QStringList names;
    for (const auto& [category, model] : std::as_const(missing))
        names.append(category + u'/' + model);
    err << Text::tr("run: only the cells without current evidence: %1").arg(names.join(QStringLiteral(", ")))
        << Qt::endl;
    return std::nullopt;
}
