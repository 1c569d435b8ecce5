// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistorymodel.h"

#include "common/displayformat.h"
#include "costformat.h"

#include <QLocale>

namespace {
// Compact, since the history is narrow: the year only when it is not this one.
QString startedText(const QDateTime& startedAt)
{
    const bool thisYear = startedAt.date().year() == QDate::currentDate().year();
    return QLocale().toString(startedAt, thisYear ? QStringLiteral("d MMM HH:mm") : QStringLiteral("d MMM yyyy HH:mm"));
}

QString listToolTip(const QStringList& names)
{
    return names.join(u'\n');
}
} // namespace

bool isResumable(const RunInfo& run)
{
    const RunStatus status = run.status;
    return run.settings.shadow.isEmpty()
        && (status == RunStatus::Interrupted || status == RunStatus::Cancelled || status == RunStatus::Paused
            || status == RunStatus::Failed);
}

RunHistoryModel::RunHistoryModel(QObject* parent)
    : TableModel(ColumnCount, parent)
{
}

void RunHistoryModel::setRuns(const QList<RunSummary>& runs)
{
    setRows(runs);
}

bool RunHistoryModel::updateRun(const RunSummary& summary)
{
    const int row = rowOf(summary.run.id);
    if (row < 0)
        return false;
    replaceRow(row, summary);
    return true;
}

int RunHistoryModel::rowOf(const QString& runId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).run.id == runId)
            return row;
    }
    return -1;
}

QVariant RunHistoryModel::cell(const RunSummary& summary, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(summary, column);
    case SortRole:
        return sortValue(summary, column);
    case Qt::ToolTipRole:
        return toolTip(summary, column);
    case RunIdRole:
        return summary.run.id;
    case Qt::TextAlignmentRole:
        return column == SpentColumn || column == ResultsColumn || column == ModelsColumn || column == CategoriesColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return {};
    }
}

QVariant RunHistoryModel::display(const RunSummary& summary, int column) const
{
    const RunInfo& run = summary.run;
    switch (column) {
    case StartedColumn:
        return startedText(run.startedAt.toLocalTime());
    case StatusColumn:
        return runStatusDisplayName(run.status);
    case ModelsColumn:
        return run.modelIds.size();
    case CategoriesColumn:
        return run.categories.size();
    case ResultsColumn:
        return DisplayFormat::count(summary.resultCount);
    case SpentColumn:
        // Nothing was paid for a sandbox run: its figure is what real providers would have charged.
        return run.simulated ? tr("simulated %1").arg(simulatedCostText(run.spentUsd)) : costText(run.spentUsd);
    case ModeColumn:
        return run.simulated ? tr("Sandbox") : tr("Real");
    default:
        return {};
    }
}

QVariant RunHistoryModel::sortValue(const RunSummary& summary, int column) const
{
    const RunInfo& run = summary.run;
    switch (column) {
    case StartedColumn:
        return run.startedAt;
    case StatusColumn:
        return runStatusDisplayName(run.status);
    case ModelsColumn:
        return run.modelIds.size();
    case CategoriesColumn:
        return run.categories.size();
    case ResultsColumn:
        return summary.resultCount;
    case SpentColumn:
        return run.spentUsd;
    case ModeColumn:
        return run.simulated;
    default:
        return {};
    }
}

QVariant RunHistoryModel::toolTip(const RunSummary& summary, int column) const
{
    const RunInfo& run = summary.run;
    switch (column) {
    case StartedColumn:
        return tr("Run %1, started %2")
            .arg(run.id, QLocale().toString(run.startedAt.toLocalTime(), QLocale::LongFormat));
    case ModelsColumn:
        return listToolTip(run.modelIds);
    case CategoriesColumn:
        return listToolTip(run.categories);
    case SpentColumn:
        return run.simulated ? tr("Simulated by the sandbox: nothing was paid")
                             : tr("Paid to the providers, judge calls included");
    case ModeColumn:
        return run.simulated ? tr("Simulated by the sandbox: answers came from simulated models")
                             : tr("Real provider calls");
    case StatusColumn:
        return isResumable(run)
            ? tr("%1 results; stopped before its end: it can be resumed").arg(DisplayFormat::count(summary.resultCount))
            : tr("%1 results").arg(DisplayFormat::count(summary.resultCount));
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case ModelsColumn:
        return tr("Models");
    case CategoriesColumn:
        return tr("Categories");
    case ResultsColumn:
        return tr("Results");
    case SpentColumn:
        return tr("Spent");
    case ModeColumn:
        return tr("Mode");
    default:
        return {};
    }
}
