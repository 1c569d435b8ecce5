// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelbarchart.h"

#include "chartinteraction.h"
#include "chartpalette.h"

#include <qcustomplot.h>

ModelBarChart::ModelBarChart(QWidget* parent)
    : PlotWidget(parent)
{
    setMinimumSize(320, 200);
    addTitle();
    plot()->xAxis->grid()->setVisible(false);
    plot()->xAxis->setTickLength(0, 0);
    connect(installInteraction(), &ChartInteraction::clicked, this, &ModelBarChart::onClicked);
}

void ModelBarChart::setAnalysis(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    rebuild();
}

void ModelBarChart::setCategory(const QString& category)
{
    m_category = category;
    rebuild();
}

void ModelBarChart::resizeEvent(QResizeEvent* event)
{
    PlotWidget::resizeEvent(event);
    updateModelTicks();
}

void ModelBarChart::updateModelTicks()
{
    ChartPalette::setCategoryTicks(plot()->xAxis, m_analysis.modelIds, qMax(100, width() - 90));
}

void ModelBarChart::finishBars(const QString& title)
{
    plot()->xAxis->setRange(-0.6, qMax(int(m_analysis.modelIds.size()), 1) - 0.4);
    updateModelTicks();
    setTitle(title);
    showRebuilt();
}

void ModelBarChart::onClicked(const QPointF& position)
{
    const int index = ChartPalette::keyIndexAt(plot()->xAxis, position.toPoint(), int(m_analysis.modelIds.size()));
    if (index >= 0)
        Q_EMIT modelClicked(m_analysis.modelIds.at(index));
}
