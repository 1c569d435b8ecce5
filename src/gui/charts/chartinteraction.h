// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointF>

class QAction;
class QCustomPlot;
class QCPAxis;
class QMouseEvent;

// Zoom with the wheel, pan by dragging, click (a press and release that did not drag) and go back to the chart's own
// view with a double-click or the "Reset view" action, for any QCustomPlot. The chart says what its own view is by
// calling setHomeView() after it sets its axis ranges in a rebuild.
class ChartInteraction : public QObject
{
    Q_OBJECT
public:
    // Installs the interaction once per plot (a second call returns the first object).
    static ChartInteraction* install(QCustomPlot* plot);
    static ChartInteraction* of(const QCustomPlot* plot);

    // Records the current ranges of the plot's axes as the view that reset returns to.
    void setHomeView();
    void resetView();
    bool isZoomed() const { return m_zoomed; }

    // An action "Reset view" bound to this plot, owned by parent.
    QAction* createResetAction(QObject* parent);

Q_SIGNALS:
    void viewChanged();
    void clicked(const QPointF& position); // left button, in the plot's coordinates; a drag pans instead

private:
    explicit ChartInteraction(QCustomPlot* plot);
    void onUserRangeChange();
    void onRelease(QMouseEvent* event);

    QCustomPlot* m_plot;
    QHash<QCPAxis*, QPair<double, double>> m_home;
    bool m_zoomed = false;
    bool m_applying = false;
    QPointF m_pressPosition;
};
