// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotwidget.h"
#include "statistics/runanalysis.h"

// Bars grouped by model, for one category of a run analysis or for all of them: what the latency
// and stability charts share (the analysis, the category, a tick per model, a click on a model).
class ModelBarChart : public PlotWidget
{
    Q_OBJECT
public:
    void setAnalysis(const RunAnalysis& analysis);
    void setCategory(const QString& category); // empty: all categories
    QString category() const { return m_category; }

Q_SIGNALS:
    void modelClicked(const QString& modelId);

protected:
    explicit ModelBarChart(QWidget* parent = nullptr);

    const RunAnalysis& analysis() const { return m_analysis; }
    void resizeEvent(QResizeEvent* event) override;
    // The end of a rebuild: room for every model's group, their ticks, the title, then showRebuilt().
    void finishBars(const QString& title);

private:
    void updateModelTicks();
    void onClicked(const QPointF& position);

    RunAnalysis m_analysis;
    QString m_category;
};
