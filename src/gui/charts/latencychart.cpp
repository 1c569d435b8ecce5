// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencychart.h"

#include "chartinteraction.h"
#include "chartpalette.h"

#include <qcustomplot.h>
#include <QVBoxLayout>

using ChartPalette::Series;

namespace {
constexpr double barWidth = 0.36;
constexpr double secondsFrom = 2000.0; // ms: from here on the axis counts seconds
constexpr double headroom = 1.12; // room above the tallest bar for its label
constexpr int maxLabelledModels = 12; // more and value labels would crowd each other
} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_p50(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_p95(new QCPBars(m_plot->xAxis, m_plot->yAxis))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(320, 200);

    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, QString()));
    m_p50->setName(tr("p50 (median)"));
    m_p95->setName(tr("p95"));
    for (QCPBars* bars : { m_p50, m_p95 })
        bars->setWidth(barWidth);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setTickLength(0, 0);
    ChartPalette::placeLegendBelowTitle(m_plot);
    connect(ChartInteraction::install(m_plot), &ChartInteraction::clicked, this, &LatencyChart::onClicked);
    applyPalette();
    rebuild();
}

LatencyChart::~LatencyChart() = default;

void LatencyChart::setAnalysis(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    rebuild();
}

void LatencyChart::setCategory(const QString& category)
{
    m_category = category;
    rebuild();
}

void LatencyChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        rebuild(); // the labels take their colours from the palette
    }
}

void LatencyChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    ChartPalette::setCategoryTicks(m_plot->xAxis, m_analysis.modelIds, qMax(100, width() - 90));
}

void LatencyChart::applyPalette()
{
    ChartPalette::applyToPlot(m_plot, palette());
    m_p50->setPen(Qt::NoPen);
    m_p50->setBrush(ChartPalette::seriesColor(Series::P50, palette()));
    m_p95->setPen(Qt::NoPen);
    m_p95->setBrush(ChartPalette::seriesColor(Series::P95, palette()));
}

LatencyChart::Latency LatencyChart::latencyOf(const QString& modelId) const
{
    if (m_category.isEmpty()) {
        const ModelAggregate* model = m_analysis.model(modelId);
        if (!model)
            return { false, 0, 0, tr("not run") };
        if (model->trials <= model->errors)
            return { false, 0, 0, tr("no answers") };
        return { true, model->latencyP50Ms, model->latencyP95Ms, {} };
    }
    const CellStats* cell = m_analysis.cell(m_category, modelId);
    if (!cell)
        return { false, 0, 0, tr("not run") };
    if (cell->trials <= cell->errors)
        return { false, 0, 0, tr("no answers") };
    return { true, double(cell->latencyP50Ms), double(cell->latencyP95Ms), {} };
}

QString LatencyChart::valueText(double ms) const
{
    return m_inSeconds ? QLocale().toString(ms / 1000.0, 'f', 1) : QLocale().toString(qRound(ms));
}

void LatencyChart::clearItems()
{
    for (QCPAbstractItem* item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
}

void LatencyChart::rebuild()
{
    clearItems();
    QList<Latency> latencies;
    double highest = 0.0;
    for (const QString& modelId : std::as_const(m_analysis.modelIds)) {
        latencies.append(latencyOf(modelId));
        highest = qMax(highest, latencies.last().p95Ms);
    }
    m_inSeconds = highest >= secondsFrom;
    const double scale = m_inSeconds ? 0.001 : 1.0;
    const bool labelled = latencies.size() <= maxLabelledModels;
    const QColor text = palette().color(QPalette::WindowText);
    QVector<double> keys50, keys95, values50, values95;
    for (int i = 0; i < latencies.size(); ++i) {
        const Latency& latency = latencies.at(i);
        if (!latency.present) {
            m_items.append(ChartPalette::addBarLabel(m_plot, i, 0, latency.note, ChartPalette::mutedText(palette())));
            continue;
        }
        keys50.append(i - barOffset);
        values50.append(latency.p50Ms * scale);
        keys95.append(i + barOffset);
        values95.append(latency.p95Ms * scale);
        if (labelled) {
            m_items.append(
                ChartPalette::addBarLabel(m_plot, i - barOffset, values50.last(), valueText(latency.p50Ms), text));
            m_items.append(
                ChartPalette::addBarLabel(m_plot, i + barOffset, values95.last(), valueText(latency.p95Ms), text));
        }
    }
    m_p50->setData(keys50, values50, true);
    m_p95->setData(keys95, values95, true);
    m_plot->yAxis->setLabel(m_inSeconds ? tr("Latency (s)") : tr("Latency (ms)"));
    m_plot->yAxis->setRange(0, highest > 0 ? highest * scale * headroom : 1.0);
    m_plot->xAxis->setRange(-0.6, qMax(latencies.size(), 1) - 0.4);
    ChartPalette::setCategoryTicks(m_plot->xAxis, m_analysis.modelIds, qMax(100, width() - 90));
    const QString title = m_category.isEmpty() ? tr("Latency per model · traffic-weighted over all categories")
                                               : tr("Latency per model · %1").arg(m_category);
    if (auto* element = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        element->setText(title);
    ChartInteraction::of(m_plot)->setHomeView();
    m_plot->replot();
}

void LatencyChart::onClicked(const QPointF& position)
{
    const int index = ChartPalette::keyIndexAt(m_plot->xAxis, position.toPoint(), int(m_analysis.modelIds.size()));
    if (index >= 0)
        Q_EMIT modelClicked(m_analysis.modelIds.at(index));
}
