// SPDX-License-Identifier: GPL-3.0-or-later
#include "accuracycostchart.h"

#include "chartinteraction.h"
#include "document/selection.h"
#include "dollarlogticker.h"

#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace {
// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
QColor pointColor(bool dark)
{
    return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
}

QColor routedColor()
{
    return QColor(0xe6, 0x9f, 0x00);
}

QColor cascadeColor(bool dark)
{
    return dark ? QColor(0xf0, 0x7a, 0x3a) : QColor(0xd5, 0x5e, 0x00); // Okabe-Ito vermillion
}

QColor suggestedColor(bool dark)
{
    return dark ? QColor(0x3d, 0xd6, 0xa3) : QColor(0x00, 0x9e, 0x73);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QCPGraph* addScatterGraph(QCustomPlot* plot)
{
    auto* graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    return graph;
}
} // namespace

AccuracyCostChart::AccuracyCostChart(QWidget* parent)
    : PlotWidget(parent)
{
    setMinimumSize(360, 260);
    setUpPlot();
    AccuracyCostChart::applyPalette(); // named: no virtual call while constructing
    AccuracyCostChart::rebuild();
    connect(plot(), &QCustomPlot::afterLayout, this, &AccuracyCostChart::placeLabels);
    connect(plot(), &QCustomPlot::mouseMove, this, &AccuracyCostChart::onMouseMove);
}

AccuracyCostChart::~AccuracyCostChart() = default;

void AccuracyCostChart::setUpPlot()
{
    plot()->plotLayout()->insertRow(0);
    plot()->plotLayout()->addElement(0, 0,
                                     new QCPTextElement(plot(), QString(), QFont(font().family(), -1, QFont::Bold)));
    plot()->xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot()->xAxis->setTicker(QSharedPointer<DollarLogTicker>::create());
    plot()->xAxis->setSubTicks(false);
    plot()->xAxis->setLabel(tr("Cost per 1,000 requests (US dollars, logarithmic scale)"));
    plot()->yAxis->setLabel(tr("Accuracy (% of trials passed)"));
    plot()->yAxis->setRange(-4, 106);

    m_bar = plot()->addGraph();
    m_highlight = addScatterGraph(plot());
    m_points = addScatterGraph(plot());
    m_frontier = plot()->addGraph(); // over the hollow points: the frontier's points show filled
    m_frontier->setLineStyle(QCPGraph::lsStepLeft);
    m_suggested = addScatterGraph(plot());
    m_routed = addScatterGraph(plot());
    m_cascades = addScatterGraph(plot());
    auto* whiskers = new QCPErrorBars(plot()->xAxis, plot()->yAxis);
    whiskers->setErrorType(QCPErrorBars::etValueError);
    whiskers->setDataPlottable(m_points);
    whiskers->removeFromLegend();
    whiskers->setWhiskerWidth(6);
    whiskers->setSelectable(QCP::stNone);

    m_points->setName(tr("Model, with its 95% interval"));
    m_frontier->setName(tr("Pareto frontier"));
    m_cascades->setName(tr("Cascade, simulated on the run"));
    m_barLabel = new QCPItemText(plot());
    m_barLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_barLabel->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_barLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_barLabel->setClipToAxisRect(true);
    m_emptyLabel = new QCPItemText(plot());
    m_emptyLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyLabel->position->setCoords(0.5, 0.4);

    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot()->legend->setIconSize(24, 20); // room for the routed model's ring
    connect(installInteraction(), &ChartInteraction::clicked, this, &AccuracyCostChart::onClicked);
}

void AccuracyCostChart::changeEvent(QEvent* event)
{
    PlotWidget::changeEvent(event); // a palette change
    if (event->type() == QEvent::FontChange)
        themeChanged();
}

void AccuracyCostChart::themeChanged()
{
    applyPalette();
    plot()->replot();
}

void AccuracyCostChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    const QColor accent = pointColor(isDark(pal));
    plot()->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : { plot()->xAxis, plot()->yAxis }) {
        axis->setBasePen(QPen(grid));
        axis->setTickPen(QPen(grid));
        axis->setSubTickPen(QPen(grid));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    if (auto* title = titleElement())
        title->setTextColor(text);
    QColor legendBack = pal.color(QPalette::Base);
    legendBack.setAlphaF(0.85);
    plot()->legend->setBrush(legendBack);
    plot()->legend->setBorderPen(QPen(grid));
    plot()->legend->setTextColor(text);

    m_points->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(accent, 1.8), pal.color(QPalette::Base), 9));
    m_points->setPen(QPen(accent));
    if (auto* whiskers = qobject_cast<QCPErrorBars*>(plot()->plottable(plot()->plottableCount() - 1)))
        whiskers->setPen(QPen(accent, 1.2));
    m_frontier->setPen(QPen(accent, 2.0));
    m_frontier->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, accent, accent, 9));
    m_routed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(routedColor(), 3.0), Qt::NoBrush, 19));
    const QColor suggested = suggestedColor(isDark(pal));
    m_suggested->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(suggested, 2.2), Qt::NoBrush, 25));
    m_suggested->setPen(QPen(suggested, 2.2));
    m_routed->setPen(QPen(routedColor(), 3.0));
    const QColor cascade = cascadeColor(isDark(pal));
    m_cascades->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(cascade, 2.0), cascade, 12));
    m_cascades->setPen(QPen(cascade));
    QColor highlight = pal.color(QPalette::Highlight);
    highlight.setAlphaF(0.45);
    m_highlight->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, highlight, highlight, 26));
    m_highlight->setPen(QPen(highlight, 6));
    const QColor muted = pal.color(QPalette::PlaceholderText);
    m_bar->setPen(QPen(muted, 1.5, Qt::DashLine));
    m_barLabel->setColor(muted);
    m_emptyLabel->setColor(muted);
    for (QCPItemText* label : std::as_const(m_labels))
        label->setColor(text);
}

void AccuracyCostChart::setContent(const Content& content)
{
    m_content = content;
    // Graph data is kept sorted by cost; sorting the points the same way keeps the whiskers'
    // indices and the labels' indices those of the points.
    std::stable_sort(m_content.points.begin(), m_content.points.end(),
                     [](const ScatterPoint& a, const ScatterPoint& b) { return a.costPer1k < b.costPer1k; });
    rebuild();
}

void AccuracyCostChart::rebuild()
{
    fitRanges();
    QVector<double> keys, values, minus, plus, frontierKeys, frontierValues, routedKeys, routedValues;
    QVector<double> cascadeKeys, cascadeValues;
    for (const ScatterPoint& point : std::as_const(m_content.points)) {
        const double x = drawnCost(point);
        const double y = point.accuracy * 100;
        if (m_content.routed.contains(point.modelId)) {
            routedKeys.append(x);
            routedValues.append(y);
        }
        if (point.cascade) {
            cascadeKeys.append(x);
            cascadeValues.append(y);
            continue;
        }
        keys.append(x);
        values.append(y);
        minus.append(qMax(0.0, y - point.interval.lower * 100));
        plus.append(qMax(0.0, point.interval.upper * 100 - y));
        if (m_content.frontier.contains(point.modelId)) {
            frontierKeys.append(x);
            frontierValues.append(y);
        }
    }
    m_points->setData(keys, values, true);
    if (auto* whiskers = qobject_cast<QCPErrorBars*>(plot()->plottable(plot()->plottableCount() - 1)))
        whiskers->setData(minus, plus);
    m_frontier->setData(frontierKeys, frontierValues, true);
    m_routed->setData(routedKeys, routedValues, true);
    m_cascades->setData(cascadeKeys, cascadeValues, true);
    m_cascades->setVisible(!cascadeKeys.isEmpty());
    cascadeKeys.isEmpty() ? m_cascades->removeFromLegend() : m_cascades->addToLegend();
    const QPointF suggested = plotPosition(m_content.suggested);
    const bool suggestedShown = indexOf(m_content.suggested) >= 0;
    m_suggested->setData(suggestedShown ? QVector<double> { suggested.x() } : QVector<double> {},
                         suggestedShown ? QVector<double> { suggested.y() } : QVector<double> {}, true);
    m_suggested->setName(m_content.suggestedName);
    m_suggested->setVisible(suggestedShown);
    suggestedShown ? m_suggested->addToLegend() : m_suggested->removeFromLegend();
    m_routed->setName(m_content.routedName);
    m_routed->setVisible(!routedKeys.isEmpty());
    if (routedKeys.isEmpty())
        m_routed->removeFromLegend();
    else
        m_routed->addToLegend();

    if (m_content.bar) {
        const double bar = *m_content.bar * 100;
        m_bar->setData({ 1e-12, 1e12 }, { bar, bar }, true);
        m_bar->setName(tr("Quality bar (%1)").arg(QLocale().toString(bar, 'g', 4) + QLatin1Char('%')));
        m_barLabel->position->setCoords(0.99, bar);
        m_barLabel->setText(tr("bar %1").arg(QLocale().toString(bar, 'g', 4) + QLatin1Char('%')));
    }
    m_bar->setVisible(m_content.bar.has_value());
    m_barLabel->setVisible(m_content.bar.has_value());
    m_content.bar ? m_bar->addToLegend() : m_bar->removeFromLegend();
    m_emptyLabel->setText(m_content.emptyText);
    m_emptyLabel->setVisible(m_content.points.isEmpty());
    if (auto* title = titleElement())
        title->setText(m_content.title);
    rebuildLabels();
    setHighlightedModel(m_highlighted);
}

void AccuracyCostChart::fitRanges()
{
    double lowest = 0.0;
    double highest = 0.0;
    bool anyFree = false;
    for (const ScatterPoint& point : std::as_const(m_content.points)) {
        if (point.costPer1k <= 0) {
            anyFree = true;
            continue;
        }
        lowest = lowest > 0 ? qMin(lowest, point.costPer1k) : point.costPer1k;
        highest = qMax(highest, point.costPer1k);
    }
    if (lowest <= 0)
        lowest = highest = 1.0;
    m_minCost = lowest / 2.5;
    // Free models get a place of their own left of the cheapest paid one.
    const double lower = anyFree ? m_minCost / 2.0 : m_minCost;
    plot()->xAxis->setRange(lower, highest * 2.5);
    plot()->yAxis->setRange(-4, 106);
    ChartInteraction::of(plot())->setHomeView();
}

double AccuracyCostChart::freeCostPosition() const
{
    return m_minCost;
}

double AccuracyCostChart::drawnCost(const ScatterPoint& point) const
{
    return point.costPer1k > 0 ? point.costPer1k : freeCostPosition();
}

int AccuracyCostChart::indexOf(const QString& modelId) const
{
    for (int i = 0; i < m_content.points.size(); ++i) {
        if (m_content.points.at(i).modelId == modelId)
            return i;
    }
    return -1;
}

QPointF AccuracyCostChart::plotPosition(const QString& modelId) const
{
    const int index = indexOf(modelId);
    if (index < 0)
        return {};
    const ScatterPoint& point = m_content.points.at(index);
    return { drawnCost(point), point.accuracy * 100 };
}

void AccuracyCostChart::setHighlightedModel(const QString& modelId)
{
    m_highlighted = modelId;
    const QPointF at = plotPosition(modelId);
    const bool shown = indexOf(modelId) >= 0;
    m_highlight->setData(shown ? QVector<double> { at.x() } : QVector<double> {},
                         shown ? QVector<double> { at.y() } : QVector<double> {}, true);
    m_highlight->setVisible(shown);
    // Named, so that the halo explains itself: the model selected here or in any other area.
    if (shown)
        m_highlight->setName(tr("Selected: %1 (click a point to select another)").arg(m_content.points.at(indexOf(modelId)).label));
    shown ? m_highlight->addToLegend() : m_highlight->removeFromLegend();
    rebuildLabels(); // the highlighted model's label goes first
    plot()->replot();
}

void AccuracyCostChart::bindSelection(Selection* selection)
{
    if (m_selection) {
        disconnect(m_selection, nullptr, this, nullptr);
        disconnect(this, &AccuracyCostChart::modelClicked, m_selection, nullptr);
    }
    m_selection = selection;
    if (!selection)
        return;
    connect(selection, &Selection::modelChanged, this, &AccuracyCostChart::setHighlightedModel);
    connect(this, &AccuracyCostChart::modelClicked, selection, &Selection::setModel, Qt::UniqueConnection);
    setHighlightedModel(selection->model());
}
