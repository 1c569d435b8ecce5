// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heatmapchart.h"
#include "statistics/runanalysis.h"

#include <QMap>

class QCPItemText;

// The overview of a run: one row per category, one column per model, each cell coloured by its
// accuracy and labelled with accuracy and cost per 1,000 requests. A model that did not run on a
// category leaves its cell empty (hatched), never 0%; cells with errors get a vermillion frame.
class AccuracyHeatmap : public HeatmapChart
{
    Q_OBJECT
public:
    explicit AccuracyHeatmap(QWidget* parent = nullptr);
    ~AccuracyHeatmap() override;

    void setAnalysis(const RunAnalysis& analysis);
    // A line added to a cell's tool tip, by (category, model): where its evidence comes from, when
    // the cells come from several runs.
    void setCellNotes(const QMap<std::pair<QString, QString>, QString>& notes) { m_cellNotes = notes; }

    struct CellIndex {
        int row = -1; // category
        int column = -1; // model
        bool isValid() const { return row >= 0 && column >= 0; }
    };

    CellIndex cellAt(const QPointF& plotPos) const; // the cell under a point of the plot, if any
    QString cellText(int row, int column) const; // what the cell shows at full size; empty if none
    QString toolTipFor(int row, int column) const;

Q_SIGNALS:
    void modelClicked(const QString& modelId);
    void cellClicked(const QString& category, const QString& modelId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct CellLabel {
        QCPItemText* item = nullptr;
        QString full; // "✓ 80% · $2.00"
        QString stacked; // the same on lines of their own, for narrow cells
        QString brief; // "✓ 80%…": the rest in the tool tip
    };

    void rebuild() override;
    void addCell(int row, int column, const CellStats& cell);
    void addEmptyCell(int row, int column);
    void fitLabels();
    void updateTicks();
    void onClicked(const QPointF& position);

    RunAnalysis m_analysis;
    QMap<std::pair<QString, QString>, QString> m_cellNotes;
    QList<CellLabel> m_labels; // row-major, one per cell
};
