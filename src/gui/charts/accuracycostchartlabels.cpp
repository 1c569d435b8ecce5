// SPDX-License-Identifier: GPL-3.0-or-later
// The labels, tool tips and clicks of AccuracyCostChart.
#include "accuracycostchart.h"
#include "common/costformat.h"
#include "common/displayformat.h"
#include "scatterlabels.h"

#include <qcustomplot.h>
#include <QToolTip>

namespace {
constexpr double hitRadius = 9.0;

QString labelText(const ScatterPoint& point)
{
    return point.costPer1k > 0 ? point.label : AccuracyCostChart::tr("%1 · free").arg(point.label);
}
} // namespace

void AccuracyCostChart::rebuildLabels()
{
    for (QCPItemText* label : std::as_const(m_labels))
        plot()->removeItem(label);
    m_labels.clear();
    const QColor text = palette().color(QPalette::WindowText);
    for (const ScatterPoint& point : std::as_const(m_content.points)) {
        auto* label = new QCPItemText(plot());
        label->setText(labelText(point));
        label->setColor(text);
        label->setFont(font());
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setClipToAxisRect(true);
        label->setSelectable(false);
        m_labels.append(label);
    }
}

// Runs after each layout pass, so pixel positions are those about to be drawn, zoomed or not.
void AccuracyCostChart::placeLabels()
{
    if (m_labels.size() != m_content.points.size())
        return;
    QList<int> order;
    for (int i = 0; i < m_content.points.size(); ++i)
        order.append(i);
    const auto rank = [this](int index) {
        const QString& id = m_content.points.at(index).modelId;
        return id == m_highlighted ? 0 : m_content.routed.contains(id) ? 1 : m_content.frontier.contains(id) ? 2 : 3;
    };
    std::stable_sort(order.begin(), order.end(), [&rank](int a, int b) { return rank(a) < rank(b); });

    const QFontMetricsF metrics(font());
    QList<LabelRequest> requests;
    for (int index : std::as_const(order)) {
        const QPointF at = plotPosition(m_content.points.at(index).modelId);
        const QPointF pixel(plot()->xAxis->coordToPixel(at.x()), plot()->yAxis->coordToPixel(at.y()));
        const QRectF box = metrics.boundingRect(m_labels.at(index)->text());
        const Interval interval = m_content.points.at(index).interval;
        const double top = plot()->yAxis->coordToPixel(interval.upper * 100);
        const double bottom = plot()->yAxis->coordToPixel(interval.lower * 100);
        requests.append({ pixel, QSizeF(box.width() + 4, box.height() + 2), qMax(0.0, pixel.y() - top),
                          qMax(0.0, bottom - pixel.y()) });
    }
    QList<QRectF> obstacles;
    for (const ScatterPoint& point : std::as_const(m_content.points)) {
        // The whiskers: a label across one would hide which point the interval belongs to.
        const double x = plot()->xAxis->coordToPixel(plotPosition(point.modelId).x());
        const double top = plot()->yAxis->coordToPixel(point.interval.upper * 100);
        const double bottom = plot()->yAxis->coordToPixel(point.interval.lower * 100);
        obstacles.append(QRectF(x - 3, top, 6, bottom - top));
    }
    if (plot()->legend->visible())
        obstacles.append(plot()->legend->outerRect());
    if (m_barLabel->visible())
        obstacles.append(QRectF(m_barLabel->topLeft->pixelPosition(), m_barLabel->bottomRight->pixelPosition()));
    const QList<QRectF> places = ::placeLabels(requests, plot()->axisRect()->rect(), obstacles);
    for (int i = 0; i < order.size(); ++i) {
        QCPItemText* label = m_labels.at(order.at(i));
        label->setVisible(!places.at(i).isNull());
        label->position->setCoords(places.at(i).topLeft() + QPointF(2, 1));
    }
}

QString AccuracyCostChart::modelAt(const QPointF& pixel) const
{
    QString nearest;
    double best = hitRadius * hitRadius;
    for (const ScatterPoint& point : m_content.points) {
        const QPointF at = plotPosition(point.modelId);
        const QPointF delta = QPointF(plot()->xAxis->coordToPixel(at.x()), plot()->yAxis->coordToPixel(at.y())) - pixel;
        const double distance = QPointF::dotProduct(delta, delta);
        if (distance <= best) {
            best = distance;
            nearest = point.modelId;
        }
    }
    return nearest;
}

QString AccuracyCostChart::toolTipFor(const QString& modelId) const
{
    const int index = indexOf(modelId);
    if (index < 0)
        return {};
    const ScatterPoint& p = m_content.points.at(index);
    QStringList lines;
    lines << QStringLiteral("<b>") + p.label.toHtmlEscaped() + QStringLiteral("</b>");
    lines << tr("Accuracy %1 (95% interval %2 – %3)")
                 .arg(DisplayFormat::percent(p.accuracy), DisplayFormat::percent(p.interval.lower),
                      DisplayFormat::percent(p.interval.upper));
    lines << tr("n = %1 trials").arg(DisplayFormat::count(p.trials));
    lines << (p.costPer1k > 0 ? tr("Cost %1 per 1,000 requests").arg(costText(p.costPer1k))
                              : tr("Cost: free (no cost recorded; drawn at the left edge)"));
    if (p.latencyP50Ms && p.latencyP95Ms)
        lines << tr("Latency p50 %1 ms · p95 %2 ms")
                     .arg(QLocale().toString(qRound64(*p.latencyP50Ms)), QLocale().toString(qRound64(*p.latencyP95Ms)));
    else
        lines << tr("Latency not measured (answered through a provider's batch API)");
    lines << (p.errors > 0 ? tr("Errors %1 (counted as failures)").arg(DisplayFormat::count(p.errors))
                           : tr("No errors"));
    if (m_content.frontier.contains(modelId))
        lines << tr("On the Pareto frontier: no other model is both cheaper and at least as accurate");
    if (m_content.routed.contains(modelId))
        lines << m_content.routedName;
    if (!p.note.isEmpty())
        lines << p.note.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void AccuracyCostChart::onMouseMove(QMouseEvent* event)
{
    const QString modelId = modelAt(event->position());
    if (modelId.isEmpty()) {
        QToolTip::hideText();
        plot()->unsetCursor();
        return;
    }
    plot()->setCursor(Qt::PointingHandCursor);
    QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(modelId), plot());
}

void AccuracyCostChart::onClicked(const QPointF& position)
{
    const QString modelId = modelAt(position);
    const int index = indexOf(modelId);
    if (index >= 0 && !m_content.points.at(index).cascade) // a cascade is no model to select
        Q_EMIT modelClicked(modelId);
}
