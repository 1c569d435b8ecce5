// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accuracycostchart.h"

struct RunAnalysis;
struct Workspace;

// Accuracy against cost of every model across all categories of a run, each category weighted by
// its share of the application's traffic: what a model would score and cost serving the whole mix.
class ModelScatterChart : public AccuracyCostChart
{
    Q_OBJECT
public:
    explicit ModelScatterChart(QWidget* parent = nullptr);

    void setAnalysis(const Workspace& workspace, const RunAnalysis& analysis);
};

// The points no other point beats: none is both no dearer and no less accurate, and strictly
// better in one of the two. Equal points both stay.
QStringList paretoModels(const QList<ScatterPoint>& points);
