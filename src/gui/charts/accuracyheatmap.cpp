// SPDX-License-Identifier: GPL-3.0-or-later
#include "accuracyheatmap.h"

#include "chartinteraction.h"
#include "chartpalette.h"
#include "common/displayformat.h"
#include "routing/routeexplanation.h"

#include <cmath>
#include <qcustomplot.h>
#include <QHelpEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
constexpr double cellHalf = 0.5;
constexpr double frameHalf = 0.46; // the error frame sits just inside its cell
constexpr int labelPadding = 6;
const char* const context = "AccuracyHeatmap";

QString percent(double fraction)
{
    return u"%1%"_s.arg(qRound(fraction * 100));
}

// Against the category's own bar, which the colour scale (0-100% for all) cannot show.
QString barMark(const CellStats& cell)
{
    switch (cell.verdict.outcome) {
    case BarOutcome::Meets:
        return u"✓ "_s;
    case BarOutcome::Fails:
        return u"✗ "_s;
    case BarOutcome::Undecided:
        break;
    }
    return {};
}

QString errorsText(const CellStats& cell)
{
    return cell.errors == 1 ? QCoreApplication::translate(context, "1 error")
                            : QCoreApplication::translate(context, "%1 errors").arg(cell.errors);
}

QString errorKinds(const CellStats& cell)
{
    QStringList kinds;
    for (auto it = cell.errorsByKind.cbegin(); it != cell.errorsByKind.cend(); ++it)
        kinds.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    return kinds.join(u", "_s);
}
} // namespace

AccuracyHeatmap::AccuracyHeatmap(QWidget* parent)
    : HeatmapChart(tr("Accuracy per category and model · cost per 1k requests · ✓ meets its category's bar, ✗ is "
                      "below it"),
                   tr("Accuracy (%)"), parent)
{
    setMinimumSize(320, 200);
    plot()->setToolTip(QString()); // tool tips come from eventFilter, per cell
    plot()->installEventFilter(this);
    connect(plot(), &QCustomPlot::afterLayout, this, &AccuracyHeatmap::fitLabels);
    connect(installInteraction(), &ChartInteraction::clicked, this, &AccuracyHeatmap::onClicked);
    HeatmapChart::applyPalette(); // named: no virtual call while constructing
}

AccuracyHeatmap::~AccuracyHeatmap() = default;

void AccuracyHeatmap::setAnalysis(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    rebuild();
}

AccuracyHeatmap::CellIndex AccuracyHeatmap::cellAt(const QPointF& plotPos) const
{
    if (!plot()->axisRect()->rect().contains(plotPos.toPoint()))
        return {};
    const int column = qRound(plot()->xAxis->pixelToCoord(plotPos.x()));
    const int row = qRound(plot()->yAxis->pixelToCoord(plotPos.y()));
    if (row < 0 || row >= m_analysis.categories.size() || column < 0 || column >= m_analysis.modelIds.size())
        return {};
    return { row, column };
}

QString AccuracyHeatmap::cellText(int row, int column) const
{
    const qsizetype index = qsizetype(row) * m_analysis.modelIds.size() + column;
    return index >= 0 && index < m_labels.size() ? m_labels.at(index).full : QString();
}

QString AccuracyHeatmap::toolTipFor(int row, int column) const
{
    const QString& category = m_analysis.categories.value(row);
    const QString& modelId = m_analysis.modelIds.value(column);
    const CellStats* cell = m_analysis.cell(category, modelId);
    const QString note = m_cellNotes.value({ category, modelId });
    const QString noteLine = note.isEmpty() ? QString() : u'\n' + note;
    if (!cell)
        return tr("%1 · %2\nNot run on this category").arg(category, modelId) + noteLine;
    QString text
        = tr("%1 · %2\nAccuracy %3 (95% interval %4–%5), %6 of %7 trials\n"
             "Cost %8 per 1k requests\nLatency p50 %9 · p95 %10")
              .arg(category, modelId, DisplayFormat::percent(cell->passRate()),
                   DisplayFormat::percent(cell->passInterval.lower), DisplayFormat::percent(cell->passInterval.upper))
              .arg(cell->passes)
              .arg(cell->trials)
              .arg(DisplayFormat::dollars(cell->costPer1kRequests()),
                   DisplayFormat::latencyMs(cell->latencyP50Ms), DisplayFormat::latencyMs(cell->latencyP95Ms));
    if (cell->errors > 0)
        text += u'\n' + tr("Errors: %1 (%2)").arg(cell->errors).arg(errorKinds(*cell));
    return text + u'\n'
        + tr("Bar %1: %2; %3 likely to meet it (%4 of %5 cases)")
              .arg(percent(cell->threshold), cell->verdict.text(), probabilityText(cell->probMeetsBar),
                   casesText(cell->casePasses), QString::number(cell->cases))
        + noteLine;
}

void AccuracyHeatmap::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTicks();
}

bool AccuracyHeatmap::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const CellIndex cell = cellAt(help->pos());
        if (cell.isValid())
            QToolTip::showText(help->globalPos(), toolTipFor(cell.row, cell.column), plot());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AccuracyHeatmap::rebuild()
{
    clearItems();
    m_labels.clear();
    const auto rows = int(m_analysis.categories.size());
    const auto columns = int(m_analysis.modelIds.size());
    resetCells(rows, columns);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const CellStats* cell = m_analysis.cell(m_analysis.categories.at(row), m_analysis.modelIds.at(column));
            if (cell)
                addCell(row, column, *cell);
            else
                addEmptyCell(row, column);
        }
    }
    updateTicks();
    showRebuilt();
}

void AccuracyHeatmap::addCell(int row, int column, const CellStats& cell)
{
    const QString rate = barMark(cell) + percent(cell.passRate());
    const QString cost = DisplayFormat::dollars(cell.costPer1kRequests());
    QCPItemText* label = fillCell(row, column, cell.passRate() * 100, QString());
    CellLabel entry { label, rate + u" · "_s + cost, rate + u'\n' + cost, rate + u"…"_s };
    if (cell.errors > 0) {
        entry.full += u'\n' + errorsText(cell);
        entry.stacked += u'\n' + errorsText(cell);
        entry.brief = rate + u" !…"_s;
        auto* frame = keepItem(new QCPItemRect(plot()));
        frame->topLeft->setCoords(column - frameHalf, row - frameHalf);
        frame->bottomRight->setCoords(column + frameHalf, row + frameHalf);
        frame->setPen(QPen(ChartPalette::seriesColor(ChartPalette::Series::Error, palette()), 2.5));
        frame->setBrush(Qt::NoBrush);
    }
    label->setText(entry.full);
    m_labels.append(entry);
}

void AccuracyHeatmap::addEmptyCell(int row, int column)
{
    auto* hatch = keepItem(new QCPItemRect(plot()));
    hatch->topLeft->setCoords(column - cellHalf, row - cellHalf);
    hatch->bottomRight->setCoords(column + cellHalf, row + cellHalf);
    hatch->setPen(QPen(palette().color(QPalette::Mid)));
    hatch->setBrush(QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
    auto* label = keepItem(new QCPItemText(plot()));
    label->position->setCoords(column, row);
    label->setColor(palette().color(QPalette::WindowText));
    label->setBrush(palette().color(QPalette::Window));
    label->setPadding(QMargins(3, 1, 3, 1));
    label->setClipToAxisRect(true);
    const QString text = tr("not run");
    label->setText(text);
    m_labels.append({ label, text, text, u"–"_s });
}

void AccuracyHeatmap::fitLabels()
{
    // Cells shrink with many models or when zoomed out: the figures on lines of their own, then the
    // accuracy alone with "…" for the cost in the tool tip, then nothing.
    const double cellWidth = qAbs(plot()->xAxis->coordToPixel(1) - plot()->xAxis->coordToPixel(0));
    const double cellHeight = qAbs(plot()->yAxis->coordToPixel(1) - plot()->yAxis->coordToPixel(0));
    for (const CellLabel& label : std::as_const(m_labels)) {
        const QFontMetrics metrics(label.item->font());
        const auto fits = [&](const QString& text) {
            const QSize size = metrics.size(0, text);
            return size.width() + labelPadding <= cellWidth && size.height() <= cellHeight;
        };
        const QString shown = fits(label.full) ? label.full
            : fits(label.stacked)              ? label.stacked
            : fits(label.brief)                ? label.brief
                                               : QString();
        label.item->setText(shown.isEmpty() ? label.brief : shown);
        label.item->setVisible(!shown.isEmpty());
    }
}

void AccuracyHeatmap::updateTicks()
{
    const int reserved = 260; // category labels and the colour scale
    ChartPalette::setCategoryTicks(plot()->xAxis, m_analysis.modelIds, qMax(100, width() - reserved));
    ChartPalette::setCategoryTicks(plot()->yAxis, m_analysis.categories, std::numeric_limits<int>::max());
}

void AccuracyHeatmap::onClicked(const QPointF& position)
{
    const CellIndex cell = cellAt(position.toPoint());
    if (!cell.isValid())
        return;
    const QString& modelId = m_analysis.modelIds.at(cell.column);
    Q_EMIT cellClicked(m_analysis.categories.at(cell.row), modelId);
    Q_EMIT modelClicked(modelId);
}
