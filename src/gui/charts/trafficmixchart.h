// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotwidget.h"

#include <QPair>

class QCPBars;

// The application's traffic mix: one horizontal bar per category with its share of requests, and
// what no category claims. Colours follow the widget's palette, so light and dark themes both read.
class TrafficMixChart : public PlotWidget
{
    Q_OBJECT
public:
    explicit TrafficMixChart(QWidget* parent = nullptr);
    ~TrafficMixChart() override;

    // Shares are fractions 0..1, in display order (top first).
    void setShares(const QList<QPair<QString, double>>& shares, qint64 monthlyRequests);

private:
    void applyPalette() override;
    void rebuild() override;
    void themeChanged() override; // the bars keep their data: colours only

    QCPBars* m_bars;
    QCPBars* m_unassigned;
    QList<QPair<QString, double>> m_shares;
    qint64 m_monthlyRequests = 0;
};
