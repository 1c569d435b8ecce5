// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QWidget>

class QCPAbstractItem;
class QCPBars;
class QCustomPlot;

// The projected monthly cost per category: the routing map's bar beside the baseline model's, so
// that where the savings come from shows at a glance; a cost the run has no figures for is labelled
// "unknown" where its bar would be. Colours follow the palette (light and dark).
class SavingsChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar {
        QString category;
        std::optional<double> mapUsd; // absent: the run has no figures for it
        std::optional<double> baselineUsd;
    };

    explicit SavingsChart(QWidget* parent = nullptr);
    ~SavingsChart() override;

    void setBars(const QList<Bar>& bars, const QString& baselineModelId);
    QCustomPlot* plot() const { return m_plot; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyPalette();
    void rebuild();
    QStringList labels() const;

    QCustomPlot* m_plot;
    QCPBars* m_map;
    QCPBars* m_baseline;
    QList<Bar> m_bars;
    QString m_baselineModelId;
};
