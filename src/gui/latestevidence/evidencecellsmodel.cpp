// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencecellsmodel.h"

#include "evidencechoice.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyle>

EvidenceCellsModel::EvidenceCellsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceCellsModel::setEvidence(const Workspace& workspace, const LatestEvidence& evidence)
{
    beginResetModel();
    m_cells = evidence.cells;
    for (const auto& [category, modelId] : evidence.missingCells(workspace)) {
        if (!evidence.cell(category, modelId))
            m_cells.append({ category, modelId, {}, {}, false });
    }
    endResetModel();
}

int EvidenceCellsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int EvidenceCellsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceCellsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceCell& cell = m_cells.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(cell, index.column());
    case SortRole:
        return index.column() == DateColumn ? QVariant(cell.runDate) : display(cell, index.column());
    case StaleRole:
        return cell.stale;
    case Qt::ToolTipRole:
        return cell.runId.isEmpty() ? tr("No run has answered %1 with %2 yet").arg(cell.category, cell.modelId)
                                    : EvidenceText::cell(cell);
    case Qt::DecorationRole:
        if (index.column() == StateColumn && cell.stale)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (cell.runId.isEmpty())
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    return {};
}

QVariant EvidenceCellsModel::display(const EvidenceCell& cell, int column) const
{
    switch (column) {
    case CategoryColumn:
        return cell.category;
    case ModelColumn:
        return cell.modelId;
    case RunColumn:
        return cell.runId;
    case DateColumn:
        return cell.runDate.isValid() ? QLocale().toString(cell.runDate.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    case StateColumn:
        return stateText(cell);
    }
    return {};
}

QString EvidenceCellsModel::stateText(const EvidenceCell& cell) const
{
    if (cell.runId.isEmpty())
        return tr("missing");
    return cell.stale ? tr("stale: category changed since") : tr("current");
}

QVariant EvidenceCellsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case ModelColumn:
        return tr("Model");
    case RunColumn:
        return tr("Run");
    case DateColumn:
        return tr("Date");
    case StateColumn:
        return tr("Evidence");
    }
    return {};
}
