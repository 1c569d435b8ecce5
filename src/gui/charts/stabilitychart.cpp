// SPDX-License-Identifier: GPL-3.0-or-later
#include "stabilitychart.h"

#include "chartinteraction.h"
#include "chartpalette.h"

#include "shell/emptystate.h"

#include <qcustomplot.h>
#include <QStackedLayout>
#include <QVBoxLayout>

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
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_stable(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_passHatK(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_spread(new QCPBars(m_plot->xAxis, m_plot->yAxis))
    , m_pages(new QStackedLayout)
    , m_empty(new EmptyState(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_pages);
    m_pages->addWidget(m_plot);
    m_pages->addWidget(m_empty);
    m_empty->setTitle(tr("Stability needs repeats"));
    m_empty->setText(tr("This run asked every model once per case, so there is nothing to compare yet. In Runs, set "
                        "Repeats to 2 or more (3 is usual) and run again: this chart then shows how often each model "
                        "gives the same verdict in every repeat, how often it passes every repeat (pass^k), and how "
                        "far its pass rate moves between repeats."));
    setMinimumSize(320, 200);

    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, QString()));
    m_stable->setName(tr("Stable cases (same verdict in every repeat)"));
    m_passHatK->setName(tr("pass^k (passed every repeat)"));
    m_spread->setName(tr("Repeat spread (points between repeats, lower is better)"));
    for (QCPBars* bars : { m_stable, m_passHatK, m_spread })
        bars->setWidth(barWidth);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setTickLength(0, 0);
    m_plot->yAxis->setLabel(tr("Share of cases (%) · spread (points)"));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(25); // 0..100 only: nothing above 100% exists
    m_plot->yAxis->setTicker(ticker);
    ChartPalette::placeLegendBelowTitle(m_plot);
    // One entry a row: three long names side by side would widen the window.
    m_plot->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    connect(ChartInteraction::install(m_plot), &ChartInteraction::clicked, this, &StabilityChart::onClicked);
    applyPalette();
    rebuild();
}

StabilityChart::~StabilityChart() = default;

void StabilityChart::setAnalysis(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    rebuild();
}

void StabilityChart::setCategory(const QString& category)
{
    m_category = category;
    rebuild();
}

QString StabilityChart::message() const
{
    return m_pages->currentWidget() == m_empty ? m_empty->text() : QString();
}

void StabilityChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        rebuild();
    }
}

void StabilityChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    ChartPalette::setCategoryTicks(m_plot->xAxis, m_analysis.modelIds, qMax(100, width() - 90));
}

void StabilityChart::applyPalette()
{
    ChartPalette::applyToPlot(m_plot, palette());
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
        = m_category.isEmpty() ? m_analysis.cellsOfModel(modelId) : m_analysis.cellsOfCategory(m_category);
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
    if (m_category.isEmpty()) {
        const ModelAggregate* model = m_analysis.model(modelId);
        return { true, model->stability, model->passHatK, spreadSum / repeated, {} };
    }
    const CellStats* cell = m_analysis.cell(m_category, modelId);
    return { true, cell->stability(), cell->passHatK(), cell->repeatSpread, {} };
}

void StabilityChart::clearItems()
{
    for (QCPAbstractItem* item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
}

void StabilityChart::rebuild()
{
    clearItems();
    QVector<double> keys[3], values[3];
    const auto count = int(m_analysis.modelIds.size());
    const bool labelled = count <= maxLabelledModels;
    for (int i = 0; i < count; ++i) {
        const Figures figures = figuresOf(m_analysis.modelIds.at(i));
        if (!figures.measured) {
            m_items.append(ChartPalette::addBarLabel(m_plot, i, 0, figures.note, ChartPalette::mutedText(palette())));
            continue;
        }
        const double shown[3] = { figures.stable, figures.passHatK, figures.spread };
        for (int series = 0; series < 3; ++series) {
            const double key = i + (series - 1) * barStep;
            keys[series].append(key);
            values[series].append(shown[series] * 100);
            if (labelled)
                m_items.append(ChartPalette::addBarLabel(m_plot, key, shown[series] * 100, percentText(shown[series]),
                                                         palette().color(QPalette::WindowText)));
        }
    }
    const bool anyMeasured = !keys[0].isEmpty();
    m_stable->setData(keys[0], values[0], true);
    m_passHatK->setData(keys[1], values[1], true);
    m_spread->setData(keys[2], values[2], true);
    // Empty axes would only repeat "1 repeat" under every model: say how to measure stability instead.
    m_pages->setCurrentWidget(!anyMeasured && count > 0 ? static_cast<QWidget*>(m_empty) : m_plot);
    m_plot->legend->setVisible(anyMeasured);
    m_plot->yAxis->setRange(0, axisTop);
    m_plot->xAxis->setRange(-0.6, qMax(count, 1) - 0.4);
    ChartPalette::setCategoryTicks(m_plot->xAxis, m_analysis.modelIds, qMax(100, width() - 90));
    const QString title = m_category.isEmpty() ? tr("Stability across repeats · all categories")
                                               : tr("Stability across repeats · %1").arg(m_category);
    if (auto* element = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)))
        element->setText(title);
    ChartInteraction::of(m_plot)->setHomeView();
    m_plot->replot();
}

void StabilityChart::onClicked(const QPointF& position)
{
    const int index = ChartPalette::keyIndexAt(m_plot->xAxis, position.toPoint(), int(m_analysis.modelIds.size()));
    if (index >= 0)
        Q_EMIT modelClicked(m_analysis.modelIds.at(index));
}
