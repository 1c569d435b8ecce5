// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

// Where to put the labels of a scatter plot's points so that no two labels overlap, no label
// covers a marker or an obstacle (the legend), and all stay inside bounds. Each label tries the
// places around its point (right, left, above, below, then the diagonals, then farther out) and
// takes the first free one. Labels come in priority order: a label with no free place is left
// out (an empty rect) rather than drawn over another; the point keeps its tool tip.
struct LabelRequest {
    QPointF anchor; // the point, in pixels
    QSizeF size; // the label's text box
    double reachAbove = 0.0; // pixels the point's whisker reaches above and below it: the label may
    double reachBelow = 0.0; // sit beyond the whisker's ends when beside the point is taken
};

QList<QRectF> placeLabels(const QList<LabelRequest>& labels, const QRectF& bounds, const QList<QRectF>& obstacles,
                          double markerRadius = 5.0);
