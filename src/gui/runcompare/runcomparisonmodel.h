// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tablemodel.h"
#include "statistics/runcomparison.h"

// The cells two runs share, one row per category and model: accuracy before and now, the change in
// percentage points and in the cost of 1,000 requests, the McNemar p-value on the shared trials,
// and whether the change is a regression or an improvement (coloured red or green).
class RunComparisonModel : public TableModel<CellChange>
{
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        ModelColumn,
        BaselineColumn,
        CurrentColumn,
        ChangeColumn,
        CostChangeColumn,
        PValueColumn,
        FlagColumn,
        ColumnCount
    };
    enum Role {
        FlagRole = FirstOwnRole, // int: -1 a regression, 1 an improvement, 0 neither
    };

    explicit RunComparisonModel(QObject* parent = nullptr);

    void setComparison(const RunComparison& comparison);
    void clear();
    const RunComparison& comparison() const { return m_comparison; }
    const CellChange& change(int row) const { return rows().at(row); }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor regressionColour();
    static QColor improvementColour();

private:
    QVariant cell(const CellChange& change, int column, int role) const override;
    QVariant display(const CellChange& change, int column) const;
    QVariant sortValue(const CellChange& change, int column) const;
    QVariant toolTip(const CellChange& change, int column) const;
    QVariant foreground(const CellChange& change, int column) const;

    RunComparison m_comparison;
};

// -1 for a regression, 1 for an improvement, 0 otherwise.
int flagOf(const CellChange& change);
