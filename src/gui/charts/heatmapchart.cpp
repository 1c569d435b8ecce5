// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapchart.h"

#include "chartinteraction.h"
#include "chartpalette.h"

#include <cmath>
#include <qcustomplot.h>

namespace {
constexpr double cellHalf = 0.5;
} // namespace

HeatmapChart::HeatmapChart(const QString& title, const QString& scaleLabel, QWidget* parent)
    : PlotWidget(parent)
    , m_map(new QCPColorMap(plot()->xAxis, plot()->yAxis))
    , m_scale(new QCPColorScale(plot()))
{
    ChartPalette::setUpHeatmap(m_map, m_scale, title, scaleLabel);
    installInteraction();
}

void HeatmapChart::applyPalette()
{
    ChartPalette::applyToPlot(plot(), palette());
    ChartPalette::applyToColorScale(m_scale, palette());
}

void HeatmapChart::resetCells(int rows, int columns)
{
    // QCPColorMap sizes its cells by the spacing of neighbours: a single row or column would get no
    // width, so the map keeps at least two, the spare one empty (transparent) and out of view.
    const int mapColumns = qMax(columns, 2);
    const int mapRows = qMax(rows, 2);
    m_map->data()->setSize(mapColumns, mapRows);
    m_map->data()->setRange(QCPRange(0, mapColumns - 1), QCPRange(0, mapRows - 1));
    m_map->data()->fill(std::nan(""));
    plot()->xAxis->setRange(-cellHalf, qMax(columns, 1) - cellHalf);
    plot()->yAxis->setRange(-cellHalf, qMax(rows, 1) - cellHalf);
}

QCPItemText* HeatmapChart::fillCell(int row, int column, double value, const QString& text)
{
    m_map->data()->setCell(column, row, value);
    auto* label = keepItem(new QCPItemText(plot()));
    label->position->setCoords(column, row);
    label->setColor(ChartPalette::textOn(m_scale->gradient().color(value, m_scale->dataRange())));
    label->setClipToAxisRect(true);
    label->setText(text);
    return label;
}
