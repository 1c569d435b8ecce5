// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencecellsmodel.h"

#include "evidencechoice.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyle>

EvidenceCellsModel::EvidenceCellsModel(QObject* parent)
    : TableModel(ColumnCount, parent)
{
}

void EvidenceCellsModel::setEvidence(const Workspace& workspace, const LatestEvidence& evidence)
{
    resetRows([&] {
        QList<EvidenceCell> cells = evidence.cells;
        for (const auto& [category, modelId] : evidence.missingCells(workspace)) {
            if (!evidence.cell(category, modelId))
                cells.append({ category, modelId, {}, {}, false });
        }
        return cells;
    });
}

QVariant EvidenceCellsModel::cell(const EvidenceCell& evidence, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(evidence, column);
    case SortRole:
        return column == DateColumn ? QVariant(evidence.runDate) : display(evidence, column);
    case StaleRole:
        return evidence.stale;
    case Qt::ToolTipRole:
        return evidence.runId.isEmpty()
            ? tr("No run has answered %1 with %2 yet").arg(evidence.category, evidence.modelId)
            : EvidenceText::cell(evidence);
    case Qt::DecorationRole:
        if (column == StateColumn && evidence.stale)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (evidence.runId.isEmpty())
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    return {};
}

QVariant EvidenceCellsModel::display(const EvidenceCell& evidence, int column) const
{
    switch (column) {
    case CategoryColumn:
        return evidence.category;
    case ModelColumn:
        return evidence.modelId;
    case RunColumn:
        return evidence.runId;
    case DateColumn:
        return evidence.runDate.isValid() ? QLocale().toString(evidence.runDate.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
    case StateColumn:
        return stateText(evidence);
    }
    return {};
}

QString EvidenceCellsModel::stateText(const EvidenceCell& evidence) const
{
    if (evidence.runId.isEmpty())
        return tr("missing");
    return evidence.stale ? tr("stale: category changed since") : tr("current");
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
