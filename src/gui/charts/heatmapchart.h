// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotwidget.h"

class QCPColorMap;
class QCPColorScale;
class QCPItemText;

// A grid of coloured cells with a colour scale beside it, rows top to bottom, each filled cell
// labelled in a colour that reads on its fill: what the accuracy heatmap and the confusion matrix share.
class HeatmapChart : public PlotWidget
{
    Q_OBJECT
public:
    QCPColorMap* colorMap() const { return m_map; }

protected:
    HeatmapChart(const QString& title, const QString& scaleLabel, QWidget* parent);

    QCPColorScale* colorScale() const { return m_scale; }
    void applyPalette() override;
    // Empties the grid for rows × columns (empty cells are transparent) and fits the axes to it.
    void resetCells(int rows, int columns);
    // Colours a cell by value (on the scale's range) and labels it; the label is kept until the next rebuild.
    QCPItemText* fillCell(int row, int column, double value, const QString& text);

private:
    QCPColorMap* m_map;
    QCPColorScale* m_scale;
};
