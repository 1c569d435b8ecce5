// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencychart.h"

#include "chartpalette.h"

#include <qcustomplot.h>

using ChartPalette::Series;

namespace {
constexpr double barWidth = 0.36;
constexpr double secondsFrom = 2000.0; // ms: from here on the axis counts seconds
constexpr double headroom = 1.12; // room above the tallest bar for its label
constexpr int maxLabelledModels = 12; // more and value labels would crowd each other
} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : ModelBarChart(parent)
    , m_p50(new QCPBars(plot()->xAxis, plot()->yAxis))
    , m_p95(new QCPBars(plot()->xAxis, plot()->yAxis))
{
    m_p50->setName(tr("p50 (median)"));
    m_p95->setName(tr("p95"));
    for (QCPBars* bars : { m_p50, m_p95 })
        bars->setWidth(barWidth);
    ChartPalette::placeLegendBelowTitle(plot());
    LatencyChart::applyPalette(); // named: no virtual call while constructing
    LatencyChart::rebuild();
}

LatencyChart::~LatencyChart() = default;

void LatencyChart::applyPalette()
{
    ChartPalette::applyToPlot(plot(), palette());
    m_p50->setPen(Qt::NoPen);
    m_p50->setBrush(ChartPalette::seriesColor(Series::P50, palette()));
    m_p95->setPen(Qt::NoPen);
    m_p95->setBrush(ChartPalette::seriesColor(Series::P95, palette()));
}

LatencyChart::Latency LatencyChart::latencyOf(const QString& modelId) const
{
    if (category().isEmpty()) {
        const ModelAggregate* model = analysis().model(modelId);
        if (!model)
            return { false, 0, 0, tr("not run") };
        if (model->trials <= model->errors)
            return { false, 0, 0, tr("no answers") };
        if (!model->latencyP50Ms || !model->latencyP95Ms)
            return { false, 0, 0, tr("not measured (batch)") };
        return { true, *model->latencyP50Ms, *model->latencyP95Ms, {} };
    }
    const CellStats* cell = analysis().cell(category(), modelId);
    if (!cell)
        return { false, 0, 0, tr("not run") };
    if (cell->trials <= cell->errors)
        return { false, 0, 0, tr("no answers") };
    // Answers collected through a provider's batch API have no latency: no bar, never one of 0.
    if (!cell->latencyP50Ms || !cell->latencyP95Ms)
        return { false, 0, 0, tr("not measured (batch)") };
    return { true, double(*cell->latencyP50Ms), double(*cell->latencyP95Ms), {} };
}

QString LatencyChart::valueText(double ms) const
{
    return m_inSeconds ? QLocale().toString(ms / 1000.0, 'f', 1) : QLocale().toString(qRound(ms));
}

void LatencyChart::rebuild()
{
    clearItems();
    QList<Latency> latencies;
    double highest = 0.0;
    for (const QString& modelId : std::as_const(analysis().modelIds)) {
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
            keepItem(ChartPalette::addBarLabel(plot(), i, 0, latency.note, ChartPalette::mutedText(palette())));
            continue;
        }
        keys50.append(i - barOffset);
        values50.append(latency.p50Ms * scale);
        keys95.append(i + barOffset);
        values95.append(latency.p95Ms * scale);
        if (labelled) {
            keepItem(
                ChartPalette::addBarLabel(plot(), i - barOffset, values50.last(), valueText(latency.p50Ms), text));
            keepItem(
                ChartPalette::addBarLabel(plot(), i + barOffset, values95.last(), valueText(latency.p95Ms), text));
        }
    }
    m_p50->setData(keys50, values50, true);
    m_p95->setData(keys95, values95, true);
    plot()->yAxis->setLabel(m_inSeconds ? tr("Latency (s)") : tr("Latency (ms)"));
    plot()->yAxis->setRange(0, highest > 0 ? highest * scale * headroom : 1.0);
    finishBars(category().isEmpty() ? tr("Latency per model · traffic-weighted over all categories")
                                    : tr("Latency per model · %1").arg(category()));
}
