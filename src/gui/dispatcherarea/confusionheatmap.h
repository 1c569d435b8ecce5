// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/heatmapchart.h"
#include "dispatcher/dispatchfigures.h"

// The confusion matrix: a row per true category, a column per predicted one (default last), each
// cell coloured by its share of the row and labelled with its count. The diagonal is right; the
// rest of a row shows where that category's requests went astray. Empty cells stay blank.
class ConfusionHeatmap : public HeatmapChart
{
    Q_OBJECT
public:
    explicit ConfusionHeatmap(QWidget* parent = nullptr);
    ~ConfusionHeatmap() override;

    void setFigures(const DispatchFigures& figures);
    QStringList rowLabels() const { return m_rows; }
    QStringList columnLabels() const { return m_columns; }
    QString cellText(int row, int column) const; // the count a cell shows; empty when it is zero

private:
    void rebuild() override;
    void addCell(int row, int column, int count, int rowTotal);

    DispatchFigures m_figures;
    QStringList m_rows;
    QStringList m_columns;
};
