// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotwidget.h"

#include "chartinteraction.h"

#include <qcustomplot.h>
#include <QVBoxLayout>

PlotWidget::PlotWidget(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

PlotWidget::~PlotWidget() = default;

void PlotWidget::themeChanged()
{
    applyPalette();
    rebuild();
}

void PlotWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        themeChanged();
}

ChartInteraction* PlotWidget::installInteraction()
{
    return ChartInteraction::install(m_plot);
}

void PlotWidget::addTitle()
{
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, QString()));
}

QCPTextElement* PlotWidget::titleElement() const
{
    return qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0));
}

void PlotWidget::setTitle(const QString& title)
{
    if (QCPTextElement* element = titleElement())
        element->setText(title);
}

void PlotWidget::clearItems()
{
    for (QCPAbstractItem* item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
}

void PlotWidget::showRebuilt()
{
    if (ChartInteraction* interaction = ChartInteraction::of(m_plot))
        interaction->setHomeView();
    m_plot->replot();
}
