// SPDX-License-Identifier: GPL-3.0-or-later
#include "confusionheatmap.h"

#include "charts/chartpalette.h"

#include <limits>
#include <qcustomplot.h>

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : HeatmapChart(tr("Where each category's requests went"), tr("Share of the row (%)"), parent)
{
    setMinimumSize(280, 200);
    plot()->xAxis->setLabel(tr("Sent to"));
    plot()->yAxis->setLabel(tr("Its category"));
    HeatmapChart::applyPalette(); // named: no virtual call while constructing
}

ConfusionHeatmap::~ConfusionHeatmap() = default;

void ConfusionHeatmap::setFigures(const DispatchFigures& figures)
{
    m_figures = figures;
    rebuild();
}

QString ConfusionHeatmap::cellText(int row, int column) const
{
    const int count = m_figures.count(m_rows.value(row), m_columns.value(column));
    return count > 0 ? QString::number(count) : QString();
}

void ConfusionHeatmap::rebuild()
{
    clearItems();
    m_columns = m_figures.labels;
    m_rows.clear();
    for (const QString& label : std::as_const(m_figures.labels)) {
        if (m_figures.confusion.contains(label))
            m_rows.append(label);
    }
    const int rows = int(m_rows.size());
    const int columns = int(m_columns.size());
    resetCells(rows, columns);
    for (int row = 0; row < rows; ++row) {
        const int total = m_figures.requestsOf(m_rows.at(row));
        for (int column = 0; column < columns; ++column)
            addCell(row, column, m_figures.count(m_rows.at(row), m_columns.at(column)), total);
    }
    ChartPalette::setCategoryTicks(plot()->xAxis, m_columns, qMax(100, width() - 220));
    ChartPalette::setCategoryTicks(plot()->yAxis, m_rows, std::numeric_limits<int>::max());
    showRebuilt();
}

void ConfusionHeatmap::addCell(int row, int column, int count, int rowTotal)
{
    if (count == 0 || rowTotal == 0)
        return;
    QCPItemText* label = fillCell(row, column, 100.0 * count / rowTotal, QString::number(count));
    QFont font = label->font();
    font.setBold(m_rows.at(row) == m_columns.at(column));
    label->setFont(font);
}
