// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tablemodel.h"
#include "freshness/latestevidence.h"

// Where each (category, model) cell's evidence comes from: a row per cell with its run and date,
// stale cells (the category changed since their run) marked with a warning, then the workspace's
// cells no run has answered.
class EvidenceCellsModel : public TableModel<EvidenceCell>
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, ModelColumn, RunColumn, DateColumn, StateColumn, ColumnCount };
    enum Role { StaleRole = FirstOwnRole };

    explicit EvidenceCellsModel(QObject* parent = nullptr);

    void setEvidence(const Workspace& workspace, const LatestEvidence& evidence);
    const QList<EvidenceCell>& cells() const { return rows(); } // a missing cell has no run id

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const EvidenceCell& evidence, int column, int role) const override;

private:
    QVariant display(const EvidenceCell& evidence, int column) const;
    QString stateText(const EvidenceCell& evidence) const;
};
