// SPDX-License-Identifier: GPL-3.0-or-later
#include "missingcells.h"

#include "command.h"
#include "freshness/evidenceloader.h"

#include <QFileInfo>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};
} // namespace

std::optional<int> restrictToMissingCells(RunRequest& request, QTextStream& err)
{
    RunPlan& plan = request.plan;
    LatestEvidence evidence;
    if (QFileInfo::exists(request.databasePath)) {
        ResultsStore store;
        std::optional<LatestEvidence> loaded
            = store.open(request.databasePath) ? loadLatestEvidence(store, request.workspace) : std::nullopt;
        if (!loaded) {
            err << Text::tr("run: %1").arg(store.errorString()) << Qt::endl;
            return ExitFailure;
        }
        evidence = *loaded;
    }
    const QStringList categories = plan.effectiveCategories(request.workspace);
    const QStringList models = plan.effectiveModels(request.workspace);
    QList<std::pair<QString, QString>> missing = evidence.missingCells(request.workspace);
    missing.removeIf([&](const auto& cell) { return !categories.contains(cell.first) || !models.contains(cell.second); });
    if (missing.isEmpty()) {
        err << Text::tr("run: every category has current evidence for every model; nothing is missing") << Qt::endl;
        return ExitSuccess;
    }
    QStringList neededCategories, neededModels;
    for (const auto& [category, model] : std::as_const(missing)) {
        if (!neededCategories.contains(category))
            neededCategories.append(category);
        if (!neededModels.contains(model))
            neededModels.append(model);
    }
    plan.categories = neededCategories;
    plan.models = neededModels;
    plan.settings.cells = missing;
    QStringList names;
    for (const auto& [category, model] : std::as_const(missing))
        names.append(category + u'/' + model);
    err << Text::tr("run: only the cells without current evidence: %1").arg(names.join(QStringLiteral(", ")))
        << Qt::endl;
    return std::nullopt;
}
