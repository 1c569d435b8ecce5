// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/latestevidence.h"

#include <QAbstractTableModel>

// Where each (category, model) cell's evidence comes from: a row per cell with its run and date,
// stale cells (the category changed since their run) marked with a warning, then the workspace's
// cells no run has answered.
class EvidenceCellsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, ModelColumn, RunColumn, DateColumn, StateColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StaleRole };

    explicit EvidenceCellsModel(QObject* parent = nullptr);

    void setEvidence(const Workspace& workspace, const LatestEvidence& evidence);
    const QList<EvidenceCell>& cells() const { return m_cells; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const EvidenceCell& cell, int column) const;
    QString stateText(const EvidenceCell& cell) const;

    QList<EvidenceCell> m_cells; // a missing cell has no run id
};
