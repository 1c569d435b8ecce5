// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellstats.h"
#include "domain/workspace.h"
#include "modelaggregate.h"
#include "pareto.h"

// Everything the statistics say about one run: a plain value of implicitly shared lists, cheap to
// copy and to hand from a worker thread to the GUI.
struct RunAnalysis {
    QString runId; // of the results; empty when there were none
    // The workspace's order first, then categories and models it no longer has, as first met.
    QStringList categories;
    QStringList modelIds;
    QList<CellStats> cells; // by category, then model, in the orders above
    QList<CategoryFrontier> frontiers; // one per category, in order
    QList<ModelAggregate> models; // one per model, in order

    const CellStats* cell(const QString& category, const QString& modelId) const;
    QList<CellStats> cellsOfCategory(const QString& category) const; // in model order
    QList<CellStats> cellsOfModel(const QString& modelId) const; // in category order
    const CategoryFrontier* frontier(const QString& category) const;
    const ModelAggregate* model(const QString& modelId) const;
    friend bool operator==(const RunAnalysis&, const RunAnalysis&) = default;

private:
    friend RunAnalysis analyseRun(const Workspace&, const QList<ResultRecord>&);
    QHash<CellKey, qsizetype> m_cellIndex;
};

// Groups the results of a run in one pass and computes every cell, frontier and model aggregate.
// Bars, prices of errors and traffic shares come from the workspace; a category it lacks gets the
// default bar of a new category, no price of errors and no traffic. Pure and thread-safe.
RunAnalysis analyseRun(const Workspace& workspace, const QList<ResultRecord>& results);

void registerStatisticsMetaTypes();

Q_DECLARE_METATYPE(RunAnalysis)
