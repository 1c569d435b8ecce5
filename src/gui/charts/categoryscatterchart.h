// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accuracycostchart.h"
#include "cascade/cascadecell.h"

struct RunAnalysis;
struct Workspace;

// Accuracy against cost of every model on one category of a run: the category's Pareto frontier,
// its quality bar, the model the workspace's routing map sends it to, the one the run suggests, and
// the map's cascade for it simulated on the run (ringed as the routed point when the route is that
// cascade).
class CategoryScatterChart : public AccuracyCostChart
{
    Q_OBJECT
public:
    explicit CategoryScatterChart(QWidget* parent = nullptr);

    void setAnalysis(const Workspace& workspace, const RunAnalysis& analysis, const QString& category,
                     const QList<CascadeCell>& cascades = {});
    QString category() const { return m_category; }
    QString routedModel() const { return m_routed; }
    QString suggestedModel() const { return m_suggested; } // by the category's target; empty when none meets the bar

private:
    QString m_category;
    QString m_routed;
    QString m_suggested;
};
