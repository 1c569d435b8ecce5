// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QStringList>

class QCustomPlot;
class QCPAxis;
class QCPColorMap;
class QCPColorScale;
class QCPColorGradient;
class QCPItemText;
class QPointF;

// Colours and axis styling shared by the overview charts. Series colours come from the Okabe-Ito
// set and the accuracy scale is viridis: both stay distinguishable with the common colour-vision
// deficiencies and read on light and dark windows.
namespace ChartPalette {

enum class Series { P50, P95, Stable, PassHatK, Spread, Error };

bool isDark(const QPalette& palette);
QColor seriesColor(Series series, const QPalette& palette);
QCPColorGradient accuracyGradient(); // 0 = lowest accuracy; NaN (no data) is transparent
QColor textOn(const QColor& background); // black or white, whichever contrasts more
QColor mutedText(const QPalette& palette);

// Background, axes, grid, legend and title (row 0 of the layout, when it is a text element).
void applyToPlot(QCustomPlot* plot, const QPalette& palette);
// Pens and text of one axis, as applyToPlot() sets them.
void styleAxis(QCPAxis* axis, const QPalette& palette);
// A heatmap's frame: the title above (row 0), the colour scale on the right (0-100, the accuracy
// gradient) sharing the map's top and bottom margins, square cells without interpolation, rows
// from the top down, no grid or ticks.
void setUpHeatmap(QCPColorMap* map, QCPColorScale* scale, const QString& title, const QString& scaleLabel);
// The axis of a heatmap's colour scale.
void applyToColorScale(QCPColorScale* scale, const QPalette& palette);

// Text ticks at 0..n-1, rotated when the labels would not fit side by side in availableWidth.
void setCategoryTicks(QCPAxis* axis, const QStringList& labels, int availableWidth);

// Moves the legend out of the axis rect into a row of its own under the title (row 0), so that it
// never hides a bar.
void placeLegendBelowTitle(QCustomPlot* plot);

// The index 0..count-1 of the category tick nearest to a point inside the axis rect, or -1.
int keyIndexAt(const QCPAxis* keyAxis, const QPointF& pos, int count);

// A small label just above a bar's top (or at value 0 for a note where no bar is).
QCPItemText* addBarLabel(QCustomPlot* plot, double key, double value, const QString& text, const QColor& color);

} // namespace ChartPalette
