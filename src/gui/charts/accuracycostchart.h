// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotwidget.h"
#include "statistics/proportion.h"

#include <QPointer>

class QCPGraph;
class QCPItemText;
class QMouseEvent;
class Selection;

// One model on an accuracy-versus-cost chart.
struct ScatterPoint {
    QString modelId;
    QString label;
    double accuracy = 0.0; // 0..1
    Interval interval; // 95%
    double costPer1k = 0.0; // US dollars per 1,000 requests; 0: a free (local) model
    int trials = 0;
    int errors = 0;
    std::optional<double> latencyP50Ms; // absent: not measured (answered through a provider's batch API)
    std::optional<double> latencyP95Ms;
    QString note; // a further line of the tool tip, e.g. "weighted over 4 categories"
    bool cascade = false; // a cascade simulated on the run: drawn with a marker of its own, not clickable
};

// Accuracy (0-100 %) against cost ($ per 1,000 requests, logarithmic) with one point per model,
// its label and its interval as a whisker; the Pareto frontier as a step line (for each cost, the
// best accuracy money buys); a quality bar as a dashed line; routed models ringed; the suggested
// model in a diamond; the selected model (the one selected in every area) in a halo, named in the
// legend; cascades simulated on the run as points of their own, outside the frontier. Hover shows
// the figures, a click on a model emits modelClicked. Free models sit at the
// left edge of the cost axis, since a logarithmic axis has no zero.
class AccuracyCostChart : public PlotWidget
{
    Q_OBJECT
public:
    ~AccuracyCostChart() override;

    QCPGraph* pointsGraph() const { return m_points; }
    QCPGraph* frontierGraph() const { return m_frontier; }
    QCPGraph* barGraph() const { return m_bar; }
    QCPGraph* routedGraph() const { return m_routed; }
    QCPGraph* suggestedGraph() const { return m_suggested; }
    QCPGraph* highlightGraph() const { return m_highlight; }
    QCPGraph* cascadeGraph() const { return m_cascades; }
    QList<QCPItemText*> labelItems() const { return m_labels; }

    const QList<ScatterPoint>& points() const { return m_content.points; }
    QStringList frontierModels() const { return m_content.frontier; }
    QString highlightedModel() const { return m_highlighted; }
    // Where a model's point is drawn: x = cost as drawn (free models at the axis' left end),
    // y = accuracy in percent. Null when the model has no point.
    QPointF plotPosition(const QString& modelId) const;
    QString modelAt(const QPointF& pixel) const; // the point within a few pixels, if any
    QString toolTipFor(const QString& modelId) const;
    double freeCostPosition() const;

    // Highlights the model clicked here or elsewhere, and selects a model on click.
    void bindSelection(Selection* selection);

public Q_SLOTS:
    void setHighlightedModel(const QString& modelId);

Q_SIGNALS:
    void modelClicked(const QString& modelId);

protected:
    struct Content {
        QString title;
        QList<ScatterPoint> points;
        QStringList frontier; // model ids on the Pareto frontier
        std::optional<double> bar; // 0..1
        QStringList routed; // model ids to ring
        QString routedName; // the legend's name for the ring
        QString suggested; // the model a run suggests, marked with a diamond; empty: none
        QString suggestedName; // the legend's name for the diamond
        QString emptyText; // shown when there are no points
    };

    explicit AccuracyCostChart(QWidget* parent = nullptr);
    void setContent(const Content& content);
    void changeEvent(QEvent* event) override;

private:
    void setUpPlot();
    void applyPalette() override;
    void rebuild() override;
    void themeChanged() override; // the points keep their places: colours only
    void rebuildLabels();
    void fitRanges();
    void placeLabels();
    double drawnCost(const ScatterPoint& point) const;
    int indexOf(const QString& modelId) const;
    void onMouseMove(QMouseEvent* event);
    void onClicked(const QPointF& position);

    QCPGraph* m_bar = nullptr;
    QCPGraph* m_frontier = nullptr;
    QCPGraph* m_points = nullptr;
    QCPGraph* m_routed = nullptr;
    QCPGraph* m_suggested = nullptr;
    QCPGraph* m_highlight = nullptr;
    QCPGraph* m_cascades = nullptr;
    QCPItemText* m_barLabel = nullptr;
    QCPItemText* m_emptyLabel = nullptr;
    QList<QCPItemText*> m_labels; // one per point, in the order of the points
    Content m_content;
    QString m_highlighted;
    double m_minCost = 0.01; // the cost axis' home range
    QPointer<Selection> m_selection;
};
