// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartinteraction.h"

#include <QAction>
#include <QApplication>
#include <qcustomplot.h>

namespace {
const char* const propertyName = "signalbox_chartInteraction";

QList<QCPAxis*> panAxes(const QCustomPlot* plot)
{
    QList<QCPAxis*> axes;
    for (QCPAxisRect* rect : plot->axisRects())
        axes += rect->axes(QCPAxis::atBottom | QCPAxis::atLeft);
    return axes;
}
} // namespace

ChartInteraction* ChartInteraction::install(QCustomPlot* plot)
{
    if (ChartInteraction* existing = of(plot))
        return existing;
    return new ChartInteraction(plot);
}

ChartInteraction* ChartInteraction::of(const QCustomPlot* plot)
{
    return plot ? plot->property(propertyName).value<ChartInteraction*>() : nullptr;
}

ChartInteraction::ChartInteraction(QCustomPlot* plot)
    : QObject(plot)
    , m_plot(plot)
{
    plot->setProperty(propertyName, QVariant::fromValue(this));
    plot->setInteractions(plot->interactions() | QCP::iRangeDrag | QCP::iRangeZoom);
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
        rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    }
    for (QCPAxis* axis : panAxes(plot))
        connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &ChartInteraction::onUserRangeChange);
    connect(plot, &QCustomPlot::mouseDoubleClick, this, &ChartInteraction::resetView);
    connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { m_pressPosition = event->position(); });
    connect(plot, &QCustomPlot::mouseRelease, this, &ChartInteraction::onRelease);
    setHomeView();
}

void ChartInteraction::setHomeView()
{
    m_home.clear();
    for (QCPAxis* axis : panAxes(m_plot))
        m_home.insert(axis, { axis->range().lower, axis->range().upper });
    m_zoomed = false;
}

void ChartInteraction::resetView()
{
    m_applying = true;
    for (auto it = m_home.cbegin(); it != m_home.cend(); ++it)
        it.key()->setRange(it.value().first, it.value().second);
    m_applying = false;
    m_zoomed = false;
    m_plot->replot();
    Q_EMIT viewChanged();
}

QAction* ChartInteraction::createResetAction(QObject* parent)
{
    auto* action = new QAction(tr("Reset view"), parent);
    action->setToolTip(tr("Show the whole chart again after zooming or panning (or double-click the chart)"));
    connect(action, &QAction::triggered, this, &ChartInteraction::resetView);
    return action;
}

void ChartInteraction::onUserRangeChange()
{
    if (m_applying)
        return;
    m_zoomed = true;
    Q_EMIT viewChanged();
}

void ChartInteraction::onRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton
        || (event->position() - m_pressPosition).manhattanLength() >= QApplication::startDragDistance())
        return; // a drag pans the chart
    Q_EMIT clicked(event->position());
}
