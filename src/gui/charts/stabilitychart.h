// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/runanalysis.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPAbstractItem;
class QCPItemText;
class QStackedLayout;
class EmptyState;

// How repeatable each model's verdicts are: the share of cases with one verdict in all repeats, the
// share that passed every repeat (pass^k) and the spread of the pass rate between repeats. With a
// single repeat there is nothing to measure: instead of empty axes the chart says how to measure it.
class StabilityChart : public QWidget
{
    Q_OBJECT
public:
    explicit StabilityChart(QWidget* parent = nullptr);
    ~StabilityChart() override;

    void setAnalysis(const RunAnalysis& analysis);
    void setCategory(const QString& category); // empty: all categories (traffic-weighted; spread: mean)
    QString category() const { return m_category; }
    QCustomPlot* plot() const { return m_plot; }
    QCPBars* stableBars() const { return m_stable; }
    QCPBars* passHatKBars() const { return m_passHatK; }
    QCPBars* spreadBars() const { return m_spread; }
    QString message() const; // what shows instead of the chart; empty when the chart shows
    static constexpr double barStep = 0.27; // stable left of the tick, pass^k on it, spread right

Q_SIGNALS:
    void modelClicked(const QString& modelId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Figures {
        bool measured = false; // answered here with at least two repeats
        double stable = 0.0;
        double passHatK = 0.0;
        double spread = 0.0;
        QString note; // why there are no bars
    };

    void applyPalette();
    void rebuild();
    void clearItems();
    Figures figuresOf(const QString& modelId) const;
    void onClicked(const QPointF& position);

    QCustomPlot* m_plot;
    QCPBars* m_stable;
    QCPBars* m_passHatK;
    QCPBars* m_spread;
    QStackedLayout* m_pages;
    EmptyState* m_empty;
    RunAnalysis m_analysis;
    QString m_category;
    QList<QCPAbstractItem*> m_items;
};
