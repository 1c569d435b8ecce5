// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparisonmodel.h"

#include "common/costformat.h"
#include "common/displayformat.h"

#include <cmath>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace {
QString accuracyText(double rate)
{
    return QLocale().toString(100.0 * rate, 'f', 1) + u'%';
}

QString pointsText(double change)
{
    const double points = std::round(1000.0 * change) / 10.0;
    const QString number = QLocale().toString(std::abs(points), 'f', 1);
    const QString sign = points > 0.0 ? QStringLiteral("+") : points < 0.0 ? QStringLiteral("\u2212") : QString();
    return RunComparisonModel::tr("%1 pp").arg(sign + number);
}

QString costChangeText(double usd)
{
    if (std::abs(usd) < 5e-7)
        return costText(0.0);
    return (usd > 0.0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + costText(std::abs(usd));
}

QString pValueText(double p)
{
    return p < 0.001 ? QStringLiteral("< ") + QLocale().toString(0.001, 'f', 3) : QLocale().toString(p, 'f', 3);
}

QString flagText(int flag)
{
    if (flag < 0)
        return RunComparisonModel::tr("regression");
    return flag > 0 ? RunComparisonModel::tr("improvement") : QString();
}

QString accuracyTip(const CellStats& cell)
{
    return RunComparisonModel::tr("%1 of %2 trials passed; 95% interval %3 to %4")
        .arg(cell.passes)
        .arg(cell.trials)
        .arg(accuracyText(cell.passInterval.lower), accuracyText(cell.passInterval.upper));
}

QString pValueTip(const PairedCounts& shared)
{
    if (shared.pairs() == 0)
        return RunComparisonModel::tr("The runs share no trials of this cell: no paired test");
    return RunComparisonModel::tr("Exact McNemar test on the %1 trials both runs answered: %2 passed before and "
                                  "fail now, %3 failed before and pass now")
        .arg(shared.pairs())
        .arg(shared.onlyFirst)
        .arg(shared.onlySecond);
}

bool isNumeric(int column)
{
    return column != RunComparisonModel::CategoryColumn && column != RunComparisonModel::ModelColumn
        && column != RunComparisonModel::FlagColumn;
}
} // namespace

int flagOf(const CellChange& change)
{
    return change.regression ? -1 : change.improvement ? 1 : 0;
}

RunComparisonModel::RunComparisonModel(QObject* parent)
    : TableModel(ColumnCount, parent)
{
}

QColor RunComparisonModel::regressionColour()
{
    return QColor(0xd6, 0x45, 0x41); // the results table's fail colour: reads on light and dark
}

QColor RunComparisonModel::improvementColour()
{
    return QColor(0x2e, 0x9d, 0x4f);
}

void RunComparisonModel::setComparison(const RunComparison& comparison)
{
    resetRows([&] {
        m_comparison = comparison;
        return comparison.changes;
    });
}

void RunComparisonModel::clear()
{
    setComparison({});
}

QVariant RunComparisonModel::cell(const CellChange& change, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(change, column);
    case SortRole:
        return sortValue(change, column);
    case FlagRole:
        return flagOf(change);
    case Qt::ToolTipRole:
        return toolTip(change, column);
    case Qt::ForegroundRole:
        return foreground(change, column);
    case Qt::FontRole:
        if (column == FlagColumn && flagOf(change) != 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant RunComparisonModel::display(const CellChange& change, int column) const
{
    switch (column) {
    case CategoryColumn:
        return change.current.category;
    case ModelColumn:
        return change.current.modelId;
    case BaselineColumn:
        return accuracyText(change.baseline.passRate());
    case CurrentColumn:
        return accuracyText(change.current.passRate());
    case ChangeColumn:
        return pointsText(change.accuracyChange);
    case CostChangeColumn:
        return costChangeText(change.costPer1kChange);
    case PValueColumn:
        return pValueText(change.pValue());
    case FlagColumn:
        return flagText(flagOf(change));
    default:
        return {};
    }
}

QVariant RunComparisonModel::sortValue(const CellChange& change, int column) const
{
    switch (column) {
    case CategoryColumn:
    case ModelColumn:
        return DisplayFormat::naturalSortKey(display(change, column).toString());
    case BaselineColumn:
        return change.baseline.passRate();
    case CurrentColumn:
        return change.current.passRate();
    case ChangeColumn:
        return change.accuracyChange;
    case CostChangeColumn:
        return change.costPer1kChange;
    case PValueColumn:
        return change.pValue();
    case FlagColumn:
        return flagOf(change);
    default:
        return {};
    }
}

QVariant RunComparisonModel::toolTip(const CellChange& change, int column) const
{
    switch (column) {
    case BaselineColumn:
        return accuracyTip(change.baseline);
    case CurrentColumn:
        return accuracyTip(change.current);
    case CostChangeColumn:
        return tr("Model cost of 1,000 requests: %1 before, %2 now")
            .arg(costText(change.baseline.costPer1kRequests()), costText(change.current.costPer1kRequests()));
    case PValueColumn:
        return pValueTip(change.shared);
    case FlagColumn:
    case ChangeColumn:
        if (flagOf(change) != 0)
            return tr("Beyond chance: the 95% intervals part, or the paired test gives p < 0.05");
        return tr("Within chance: the intervals overlap and the paired test gives p of 0.05 or more");
    default:
        return {};
    }
}

QVariant RunComparisonModel::foreground(const CellChange& change, int column) const
{
    if (column != ChangeColumn && column != FlagColumn)
        return {};
    const int flag = flagOf(change);
    if (flag != 0)
        return flag < 0 ? regressionColour() : improvementColour();
    // No change at all recedes, so that the eye finds the rows that moved.
    const bool unchanged = std::round(1000.0 * change.accuracyChange) == 0.0;
    return column == ChangeColumn && unchanged ? QVariant(QPalette().color(QPalette::PlaceholderText)) : QVariant();
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case ModelColumn:
        return tr("Model");
    case BaselineColumn:
        return tr("Baseline accuracy");
    case CurrentColumn:
        return tr("Current accuracy");
    case ChangeColumn:
        return tr("Change");
    case CostChangeColumn:
        return tr("Cost change / 1k req.");
    case PValueColumn:
        return tr("p-value");
    case FlagColumn:
        return tr("Verdict");
    default:
        return {};
    }
}
