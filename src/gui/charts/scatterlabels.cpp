// SPDX-License-Identifier: GPL-3.0-or-later
#include "scatterlabels.h"

namespace {
QList<QRectF> candidates(const LabelRequest& label, double gap)
{
    const QPointF p = label.anchor;
    const double w = label.size.width();
    const double h = label.size.height();
    QList<QRectF> places;
    for (double distance : { gap, 3 * gap }) {
        places += {
            QRectF(p.x() + distance, p.y() - h / 2, w, h), // right
            QRectF(p.x() - distance - w, p.y() - h / 2, w, h), // left
            QRectF(p.x() - w / 2, p.y() - distance - h, w, h), // above
            QRectF(p.x() - w / 2, p.y() + distance, w, h), // below
            QRectF(p.x() + distance * 0.7, p.y() - distance * 0.7 - h, w, h), // upper right
            QRectF(p.x() + distance * 0.7, p.y() + distance * 0.7, w, h), // lower right
            QRectF(p.x() - distance * 0.7 - w, p.y() - distance * 0.7 - h, w, h), // upper left
            QRectF(p.x() - distance * 0.7 - w, p.y() + distance * 0.7, w, h), // lower left
        };
    }
    const double top = p.y() - label.reachAbove - 2 - h;
    const double bottom = p.y() + label.reachBelow + 2;
    places += { QRectF(p.x() - w / 2, top, w, h), QRectF(p.x() - w / 2, bottom, w, h),
                QRectF(p.x() + 4, top, w, h),     QRectF(p.x() - 4 - w, top, w, h),
                QRectF(p.x() + 4, bottom, w, h),  QRectF(p.x() - 4 - w, bottom, w, h) };
    return places;
}

bool collides(const QRectF& place, const QList<QRectF>& taken)
{
    for (const QRectF& other : taken) {
        if (place.intersects(other))
            return true;
    }
    return false;
}
} // namespace

QList<QRectF> placeLabels(const QList<LabelRequest>& labels, const QRectF& bounds, const QList<QRectF>& obstacles,
                          double markerRadius)
{
    QList<QRectF> taken = obstacles;
    for (const LabelRequest& label : labels)
        taken.append(
            QRectF(label.anchor - QPointF(markerRadius, markerRadius), QSizeF(2 * markerRadius, 2 * markerRadius)));
    QList<QRectF> placed;
    placed.reserve(labels.size());
    const double gap = markerRadius + 3;
    for (const LabelRequest& label : labels) {
        QRectF chosen;
        for (const QRectF& place : candidates(label, gap)) {
            if (bounds.contains(place) && !collides(place, taken)) {
                chosen = place;
                break;
            }
        }
        if (!chosen.isNull())
            taken.append(chosen);
        placed.append(chosen);
    }
    return placed;
}
