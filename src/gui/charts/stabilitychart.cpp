// SPDX-License-Identifier: GPL-3.0-or-later
#include "stabilitychart.h"

#include "chartpalette.h"

#include <qcustomplot.h>

using ChartPalette::Series;

namespace {
constexpr double barWidth = 0.25;
constexpr double axisTop = 110.0; // percent: room above 100% for the bars' labels
constexpr int maxLabelledModels = 10;

QString percentText(double fraction)
{
    return QStringLiteral("%1").arg(qRound(fraction * 100));
}
} // namespace

StabilityChart::StabilityChart(QWidget* parent)
    : ModelBarChart(parent)
    , m_stable(new QCPBars(plot()->xAxis, plot()->yAxis))
    , m_passHatK(new QCPBars(plot()->xAxis, plot()->yAxis))
    , m_spread(new QCPBars(plot()->xAxis, plot()->yAxis))
{
    setEmptyPage(tr("Stability needs repeats"),
                 tr("This run asked every model once per case, so there is nothing to compare yet. In Runs, set "
                    "Repeats to 2 or more (3 is usual) and run again: this chart then shows how often each model "
                    "gives the same verdict in every repeat, how often it passes every repeat (pass^k), and how "
                    "far its pass rate moves between repeats."));
    m_stable->setName(tr("Stable cases (same verdict in every repeat)"));
    m_passHatK->setName(tr("pass^k (passed every repeat)"));
    m_spread->setName(tr("Repeat spread (points between repeats, lower is better)"));
    for (QCPBars* bars : { m_stable, m_passHatK, m_spread })
        bars->setWidth(barWidth);
    plot()->yAxis->setLabel(tr("Share of cases (%) · spread (points)"));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(25); // 0..100 only: nothing above 100% exists
    plot()->yAxis->setTicker(ticker);
    ChartPalette::placeLegendBelowTitle(plot());
    // One entry a row: three long names side by side would widen the window.
    plot()->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    StabilityChart::applyPalette(); // named: no virtual call while constructing
    StabilityChart::rebuild();
}

StabilityChart::~StabilityChart() = default;

void StabilityChart::applyPalette()
{
    ChartPalette::applyToPlot(plot(), palette());
    m_stable->setBrush(ChartPalette::seriesColor(Series::Stable, palette()));
    m_passHatK->setBrush(ChartPalette::seriesColor(Series::PassHatK, palette()));
    m_spread->setBrush(QBrush(ChartPalette::seriesColor(Series::Spread, palette()), Qt::Dense3Pattern));
    m_spread->setPen(QPen(ChartPalette::seriesColor(Series::Spread, palette())));
    for (QCPBars* bars : { m_stable, m_passHatK })
        bars->setPen(Qt::NoPen);
}

StabilityChart::Figures StabilityChart::figuresOf(const QString& modelId) const
{
    const QList<CellStats> cells
        = category().isEmpty() ? analysis().cellsOfModel(modelId) : analysis().cellsOfCategory(category());
    double spreadSum = 0.0;
    int repeated = 0;
    bool answered = false;
    for (const CellStats& cell : cells) {
        if (cell.modelId != modelId)
            continue;
        answered = true;
        if (cell.repeats >= 2) {
            spreadSum += cell.repeatSpread;
            ++repeated;
        }
    }
    if (!answered)
        return { false, 0, 0, 0, tr("not run") };
    if (repeated == 0)
        return { false, 0, 0, 0, tr("1 repeat") };
    if (category().isEmpty()) {
        const ModelAggregate* model = analysis().model(modelId);
        return { true, model->stability, model->passHatK, spreadSum / repeated, {} };
    }
    const CellStats* cell = analysis().cell(category(), modelId);
    return { true, cell->stability(), cell->passHatK(), cell->repeatSpread, {} };
}

void StabilityChart::rebuild()
{
    clearItems();
    QVector<double> keys[3], values[3];
    const auto count = int(analysis().modelIds.size());
    const bool labelled = count <= maxLabelledModels;
    for (int i = 0; i < count; ++i) {
        const Figures figures = figuresOf(analysis().modelIds.at(i));
        if (!figures.measured) {
            keepItem(ChartPalette::addBarLabel(plot(), i, 0, figures.note, ChartPalette::mutedText(palette())));
            continue;
        }
        const double shown[3] = { figures.stable, figures.passHatK, figures.spread };
        for (int series = 0; series < 3; ++series) {
            const double key = i + (series - 1) * barStep;
            keys[series].append(key);
            values[series].append(shown[series] * 100);
            if (labelled)
                keepItem(ChartPalette::addBarLabel(plot(), key, shown[series] * 100, percentText(shown[series]),
                                                         palette().color(QPalette::WindowText)));
        }
    }
    const bool anyMeasured = !keys[0].isEmpty();
    m_stable->setData(keys[0], values[0], true);
    m_passHatK->setData(keys[1], values[1], true);
    m_spread->setData(keys[2], values[2], true);
    // Empty axes would only repeat "1 repeat" under every model: say how to measure stability instead.
    showEmptyPage(!anyMeasured && count > 0);
    plot()->legend->setVisible(anyMeasured);
    plot()->yAxis->setRange(0, axisTop);
    finishBars(category().isEmpty() ? tr("Stability across repeats · all categories")
                                    : tr("Stability across repeats · %1").arg(category()));
}
