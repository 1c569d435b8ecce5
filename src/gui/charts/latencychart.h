// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/runanalysis.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPAbstractItem;

// Latency per model: the median (p50) and p95 side by side, for one category or, without one, the
// traffic-weighted means of the categories' percentiles. Milliseconds, or seconds once p95 reaches 2 s.
class LatencyChart : public QWidget
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);
    ~LatencyChart() override;

    void setAnalysis(const RunAnalysis& analysis);
    void setCategory(const QString& category); // empty: all categories, traffic-weighted
    QString category() const { return m_category; }
    QCustomPlot* plot() const { return m_plot; }
    QCPBars* p50Bars() const { return m_p50; }
    QCPBars* p95Bars() const { return m_p95; }
    bool inSeconds() const { return m_inSeconds; }
    static constexpr double barOffset = 0.19; // p50 left of the model's tick, p95 right of it

Q_SIGNALS:
    void modelClicked(const QString& modelId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Latency {
        bool present = false; // the model answered at least once here
        double p50Ms = 0.0;
        double p95Ms = 0.0;
        QString note; // why there is no bar
    };

    void applyPalette();
    void rebuild();
    void clearItems();
    Latency latencyOf(const QString& modelId) const;
    QString valueText(double ms) const;
    void onClicked(const QPointF& position);

    QCustomPlot* m_plot;
    QCPBars* m_p50;
    QCPBars* m_p95;
    RunAnalysis m_analysis;
    QString m_category;
    bool m_inSeconds = false;
    QList<QCPAbstractItem*> m_items;
};
