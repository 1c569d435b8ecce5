// SPDX-License-Identifier: GPL-3.0-or-later
#include "confusionheatmap.h"

#include "charts/chartinteraction.h"
#include "charts/chartpalette.h"

#include <cmath>
#include <qcustomplot.h>
#include <QVBoxLayout>

namespace {
constexpr double cellHalf = 0.5;
} // namespace

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_map(new QCPColorMap(m_plot->xAxis, m_plot->yAxis))
    , m_scale(new QCPColorScale(m_plot))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(280, 200);
    ChartPalette::setUpHeatmap(m_map, m_scale, tr("Where each category's requests went"),
                               tr("Share of the row (%)"));
    m_plot->xAxis->setLabel(tr("Sent to"));
    m_plot->yAxis->setLabel(tr("Its category"));
    ChartInteraction::install(m_plot);
    applyPalette();
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

void ConfusionHeatmap::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        rebuild();
    }
}

void ConfusionHeatmap::applyPalette()
{
    ChartPalette::applyToPlot(m_plot, palette());
    ChartPalette::applyToColorScale(m_scale, palette());
}

void ConfusionHeatmap::rebuild()
{
    for (QCPAbstractItem* item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
    m_columns = m_figures.labels;
    m_rows.clear();
    for (const QString& label : std::as_const(m_figures.labels)) {
        if (m_figures.confusion.contains(label))
            m_rows.append(label);
    }
    const int rows = int(m_rows.size());
    const int columns = int(m_columns.size());
    // A colour map needs two cells a side to size them; the spare one stays transparent.
    m_map->data()->setSize(qMax(columns, 2), qMax(rows, 2));
    m_map->data()->setRange(QCPRange(0, qMax(columns, 2) - 1), QCPRange(0, qMax(rows, 2) - 1));
    m_map->data()->fill(std::nan(""));
    for (int row = 0; row < rows; ++row) {
        int total = 0;
        for (const int count : m_figures.confusion.value(m_rows.at(row)))
            total += count;
        for (int column = 0; column < columns; ++column)
            addCell(row, column, m_figures.count(m_rows.at(row), m_columns.at(column)), total);
    }
    m_plot->xAxis->setRange(-cellHalf, qMax(columns, 1) - cellHalf);
    m_plot->yAxis->setRange(-cellHalf, qMax(rows, 1) - cellHalf);
    ChartPalette::setCategoryTicks(m_plot->xAxis, m_columns, qMax(100, width() - 220));
    ChartPalette::setCategoryTicks(m_plot->yAxis, m_rows, std::numeric_limits<int>::max());
    ChartInteraction::of(m_plot)->setHomeView();
    m_plot->replot();
}

void ConfusionHeatmap::addCell(int row, int column, int count, int rowTotal)
{
    if (count == 0 || rowTotal == 0)
        return;
    const double share = 100.0 * count / rowTotal;
    m_map->data()->setCell(column, row, share);
    auto* label = new QCPItemText(m_plot);
    label->position->setCoords(column, row);
    label->setColor(ChartPalette::textOn(m_scale->gradient().color(share, m_scale->dataRange())));
    label->setClipToAxisRect(true);
    label->setText(QString::number(count));
    QFont font = label->font();
    font.setBold(m_rows.at(row) == m_columns.at(column));
    label->setFont(font);
    m_items.append(label);
}
