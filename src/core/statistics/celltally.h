// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellstats.h"

#include <QHash>

// Running sums of one cell, fed one result at a time so that a whole run is grouped in one pass.
class CellTally
{
public:
    CellTally(const QString& category, const QString& modelId);

    const QString& category() const { return m_category; }
    const QString& modelId() const { return m_modelId; }
    void add(const ResultRecord& result);
    CellStats stats(double threshold, std::optional<double> errorCostUsd = {}) const;

private:
    struct Count {
        int trials = 0;
        int passes = 0;
    };

    void fillCaseFigures(CellStats& stats) const;
    void fillEvidence(CellStats& stats) const;

    QString m_category;
    QString m_modelId;
    int m_trials = 0;
    int m_passes = 0;
    int m_errors = 0;
    int m_refusals = 0;
    double m_scoreSum = 0.0;
    double m_scoreSquares = 0.0;
    double m_modelCost = 0.0;
    double m_judgeCost = 0.0;
    qint64 m_inputTokens = 0;
    qint64 m_outputTokens = 0;
    QList<qint64> m_latencies; // measured ones only
    int m_unmeasuredLatencies = 0;
    QMap<QString, int> m_errorsByKind;
    QMap<QString, int> m_refusalsByKind;
    QHash<QString, Count> m_cases;
    QMap<int, Count> m_repeats;
};
