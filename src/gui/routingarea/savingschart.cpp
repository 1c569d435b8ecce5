// SPDX-License-Identifier: GPL-3.0-or-later
#include "savingschart.h"

#include "charts/chartinteraction.h"
#include "charts/chartpalette.h"
#include "common/costformat.h"

#include <qcustomplot.h>
#include <QVBoxLayout>

namespace {
constexpr double barWidth = 0.38;
constexpr double barOffset = 0.2;
constexpr double headroom = 1.15;
} // namespace

SavingsChart::SavingsChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_map(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_baseline(new QCPBars(m_plot->xAxis, m_plot->yAxis))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(240, 180);

    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, QString()));
    m_map->setName(tr("Routing map"));
    for (QCPBars* bars : { m_map, m_baseline })
        bars->setWidth(barWidth);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setTickLength(0, 0);
    m_plot->yAxis->setLabel(tr("US dollars a month"));
    ChartPalette::placeLegendBelowTitle(m_plot);
    // One entry a row: the panel beside the routing table is narrow, and a row of two would be cut.
    m_plot->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    ChartInteraction::install(m_plot);
    applyPalette();
    rebuild();
}

SavingsChart::~SavingsChart() = default;

void SavingsChart::setBars(const QList<Bar>& bars, const QString& baselineModelId)
{
    m_bars = bars;
    m_baselineModelId = baselineModelId;
    rebuild();
}

void SavingsChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        rebuild(); // the "unknown" labels take the palette's colour
    }
}

void SavingsChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    ChartPalette::setCategoryTicks(m_plot->xAxis, labels(), qMax(100, width() - 90));
}

void SavingsChart::applyPalette()
{
    ChartPalette::applyToPlot(m_plot, palette());
    m_map->setPen(Qt::NoPen);
    m_map->setBrush(ChartPalette::seriesColor(ChartPalette::Series::Stable, palette()));
    m_baseline->setPen(Qt::NoPen);
    m_baseline->setBrush(ChartPalette::mutedText(palette()));
}

QStringList SavingsChart::labels() const
{
    QStringList names;
    for (const Bar& bar : m_bars)
        names.append(bar.category);
    return names;
}

void SavingsChart::rebuild()
{
    m_plot->clearItems();
    QVector<double> mapKeys, mapValues, baseKeys, baseValues;
    QList<double> unknownKeys;
    double highest = 0.0;
    const auto add = [&](double key, const std::optional<double>& usd, QVector<double>& keys, QVector<double>& values) {
        if (!usd) {
            unknownKeys.append(key);
            return;
        }
        keys.append(key);
        values.append(*usd);
        highest = qMax(highest, *usd);
    };
    for (int i = 0; i < m_bars.size(); ++i) {
        add(i - barOffset, m_bars.at(i).mapUsd, mapKeys, mapValues);
        add(i + barOffset, m_bars.at(i).baselineUsd, baseKeys, baseValues);
    }
    m_map->setData(mapKeys, mapValues, true);
    m_baseline->setData(baseKeys, baseValues, true);
    for (const double key : std::as_const(unknownKeys))
        ChartPalette::addBarLabel(m_plot, key, 0.0, tr("unknown"), ChartPalette::mutedText(palette()));
    m_baseline->setName(m_baselineModelId.isEmpty() ? tr("Baseline") : tr("All to %1").arg(m_baselineModelId));
    m_plot->yAxis->setRange(0, highest > 0 ? highest * headroom : 1.0);
    m_plot->xAxis->setRange(-0.6, qMax(int(m_bars.size()), 1) - 0.4);
    ChartPalette::setCategoryTicks(m_plot->xAxis, labels(), qMax(100, width() - 90));
    if (auto* title = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        title->setText(tr("Monthly cost per category"));
    ChartInteraction::of(m_plot)->setHomeView();
    m_plot->replot();
}
