// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelbarchart.h"

class QCPBars;

// Latency per model: the median (p50) and p95 side by side, for one category or, without one, the
// traffic-weighted means of the categories' percentiles. Milliseconds, or seconds once p95 reaches 2 s.
class LatencyChart : public ModelBarChart
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);
    ~LatencyChart() override;

    // setCategory(): empty for all categories, traffic-weighted.
    QCPBars* p50Bars() const { return m_p50; }
    QCPBars* p95Bars() const { return m_p95; }
    bool inSeconds() const { return m_inSeconds; }
    static constexpr double barOffset = 0.19; // p50 left of the model's tick, p95 right of it

private:
    struct Latency {
        bool present = false; // the model answered at least once here
        double p50Ms = 0.0;
        double p95Ms = 0.0;
        QString note; // why there is no bar
    };

    void applyPalette() override;
    void rebuild() override;
    Latency latencyOf(const QString& modelId) const;
    QString valueText(double ms) const;

    QCPBars* m_p50;
    QCPBars* m_p95;
    bool m_inSeconds = false;
};
