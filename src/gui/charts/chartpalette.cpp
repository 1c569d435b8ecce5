// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <cmath>
#include <qcustomplot.h>

namespace ChartPalette {

namespace {
    constexpr double rotatedAngle = -40.0;
    constexpr int labelGap = 12; // pixels between two horizontal tick labels
} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor seriesColor(Series series, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (series) {
    case Series::P50:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case Series::P95:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case Series::Stable:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case Series::PassHatK:
        return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2); // blue
    case Series::Spread:
    case Series::Error:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    }
    return palette.color(QPalette::WindowText);
}

QCPColorGradient accuracyGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    const QList<QRgb> viridis {
        0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725
    };
    for (int i = 0; i < viridis.size(); ++i)
        gradient.setColorStopAt(double(i) / (viridis.size() - 1), QColor(viridis.at(i)));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setLevelCount(256);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

QColor textOn(const QColor& background)
{
    // Relative luminance, roughly: viridis turns light from its green-teal part on.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.4 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor mutedText(const QPalette& palette)
{
    QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor((text.red() + window.red()) / 2, (text.green() + window.green()) / 2,
                  (text.blue() + window.blue()) / 2);
}

void styleAxis(QCPAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    axis->setBasePen(QPen(grid));
    axis->setTickPen(QPen(grid));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
}

void setUpHeatmap(QCPColorMap* map, QCPColorScale* scale, const QString& title, const QString& scaleLabel)
{
    QCustomPlot* plot = map->parentPlot();
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title));
    plot->plotLayout()->addElement(1, 1, scale);
    auto* margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    scale->setBarWidth(12);
    scale->setDataRange(QCPRange(0, 100));
    scale->setGradient(accuracyGradient());
    scale->axis()->setLabel(scaleLabel);
    map->setColorScale(scale);
    map->setInterpolate(false);
    plot->yAxis->setRangeReversed(true);
    for (QCPAxis* axis : { plot->xAxis, plot->yAxis }) {
        axis->grid()->setVisible(false);
        axis->setTicks(true);
        axis->setTickLength(0, 0);
    }
}

void applyToColorScale(QCPColorScale* scale, const QPalette& palette)
{
    styleAxis(scale->axis(), palette);
}

void applyToPlot(QCustomPlot* plot, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = palette.color(QPalette::Mid);
    plot->setBackground(palette.color(QPalette::Window));
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        styleAxis(axis, palette);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    plot->legend->setBrush(palette.color(QPalette::Window));
    plot->legend->setBorderPen(Qt::NoPen); // it sits in a row of its own, under the title
    plot->legend->setTextColor(text);
    if (plot->plotLayout()->rowCount() > 1)
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
            title->setTextColor(text);
}

void setCategoryTicks(QCPAxis* axis, const QStringList& labels, int availableWidth)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QFontMetrics metrics(axis->tickLabelFont());
    int widest = 0;
    for (int i = 0; i < labels.size(); ++i) {
        ticker->addTick(i, labels.at(i));
        widest = qMax(widest, metrics.horizontalAdvance(labels.at(i)));
    }
    axis->setTicker(ticker);
    const bool crowded = !labels.isEmpty() && (widest + labelGap) * labels.size() > availableWidth;
    axis->setTickLabelRotation(crowded ? rotatedAngle : 0.0);
    if (axis->axisType() != QCPAxis::atBottom)
        return;
    // A rotated label ends at its tick and reaches left of it: the first one needs a wide enough margin.
    QMargins margins = axis->axisRect()->minimumMargins();
    const double reach
        = crowded ? metrics.horizontalAdvance(labels.first()) * std::cos(qDegreesToRadians(rotatedAngle)) : 0;
    margins.setLeft(qRound(reach) + labelGap);
    axis->axisRect()->setMinimumMargins(margins);
}

void placeLegendBelowTitle(QCustomPlot* plot)
{
    QCPLayoutInset* inset = plot->axisRect()->insetLayout();
    if (inset->take(plot->legend))
        inset->simplify();
    // Empty, stretching neighbours keep the legend at its natural width, centred.
    auto* row = new QCPLayoutGrid;
    plot->plotLayout()->insertRow(1);
    plot->plotLayout()->addElement(1, 0, row);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    row->addElement(0, 0, new QCPLayoutElement(plot));
    row->addElement(0, 1, plot->legend);
    row->addElement(0, 2, new QCPLayoutElement(plot));
    row->setColumnStretchFactors({ 1.0, 0.001, 1.0 });
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setMargins(QMargins(0, 0, 0, 4));
    plot->legend->setVisible(true);
}

int keyIndexAt(const QCPAxis* keyAxis, const QPointF& pos, int count)
{
    if (!keyAxis->axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const double pixel = keyAxis->orientation() == Qt::Horizontal ? pos.x() : pos.y();
    const int index = qRound(keyAxis->pixelToCoord(pixel));
    return index >= 0 && index < count ? index : -1;
}

QCPItemText* addBarLabel(QCustomPlot* plot, double key, double value, const QString& text, const QColor& color)
{
    auto* label = new QCPItemText(plot);
    label->position->setCoords(key, value);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setPadding(QMargins(0, 0, 0, 2));
    label->setColor(color);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    label->setClipToAxisRect(true);
    label->setText(text);
    return label;
}

} // namespace ChartPalette
