// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotwidget.h"

#include "chartinteraction.h"
#include "common/emptystate.h"

#include <qcustomplot.h>
#include <QStackedLayout>

PlotWidget::PlotWidget(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_pages(new QStackedLayout(this))
{
    m_pages->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_plot);
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

void PlotWidget::setEmptyPage(const QString& title, const QString& text)
{
    if (!m_empty) {
        m_empty = new EmptyState(this);
        m_pages->addWidget(m_empty);
    }
    m_empty->setTitle(title);
    m_empty->setText(text);
}

void PlotWidget::showEmptyPage(bool empty)
{
    Q_ASSERT(!empty || m_empty);
    m_pages->setCurrentWidget(empty && m_empty ? static_cast<QWidget*>(m_empty) : m_plot);
}

QString PlotWidget::emptyText() const
{
    return m_empty && m_pages->currentWidget() == m_empty ? m_empty->text() : QString();
}
