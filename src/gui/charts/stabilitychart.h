// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelbarchart.h"

class QCPBars;

// How repeatable each model's verdicts are: the share of cases with one verdict in all repeats, the
// share that passed every repeat (pass^k) and the spread of the pass rate between repeats. With a
// single repeat there is nothing to measure: instead of empty axes the chart says how to measure it.
class StabilityChart : public ModelBarChart
{
    Q_OBJECT
public:
    explicit StabilityChart(QWidget* parent = nullptr);
    ~StabilityChart() override;

    // setCategory(): empty for all categories (traffic-weighted; spread: mean).
    QCPBars* stableBars() const { return m_stable; }
    QCPBars* passHatKBars() const { return m_passHatK; }
    QCPBars* spreadBars() const { return m_spread; }
    QString message() const { return emptyText(); } // what shows instead of the chart; empty when the chart shows
    static constexpr double barStep = 0.27; // stable left of the tick, pass^k on it, spread right

private:
    struct Figures {
        bool measured = false; // answered here with at least two repeats
        double stable = 0.0;
        double passHatK = 0.0;
        double spread = 0.0;
        QString note; // why there are no bars
    };

    void applyPalette() override;
    void rebuild() override;
    Figures figuresOf(const QString& modelId) const;

    QCPBars* m_stable;
    QCPBars* m_passHatK;
    QCPBars* m_spread;
};
