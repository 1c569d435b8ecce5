// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/runanalysis.h"

#include <QMap>
#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemText;
class QCPAbstractItem;

// The overview of a run: one row per category, one column per model, each cell coloured by its
// accuracy and labelled with accuracy and cost per 1,000 requests. A model that did not run on a
// category leaves its cell empty (hatched), never 0%; cells with errors get a vermillion frame.
class AccuracyHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit AccuracyHeatmap(QWidget* parent = nullptr);
    ~AccuracyHeatmap() override;

    void setAnalysis(const RunAnalysis& analysis);
    // A line added to a cell's tool tip, by (category, model): where its evidence comes from, when
    // the cells come from several runs.
    void setCellNotes(const QMap<std::pair<QString, QString>, QString>& notes) { m_cellNotes = notes; }
    QCustomPlot* plot() const { return m_plot; }
    QCPColorMap* colorMap() const { return m_map; }

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
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct CellLabel {
        QCPItemText* item = nullptr;
        QString full; // "✓ 80% · $2.00"
        QString stacked; // the same on lines of their own, for narrow cells
        QString brief; // "✓ 80%…": the rest in the tool tip
    };

    void applyPalette();
    void rebuild();
    void clearItems();
    void addCell(int row, int column, const CellStats& cell);
    void addEmptyCell(int row, int column);
    void fitLabels();
    void updateTicks();
    void onClicked(const QPointF& position);

    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorScale* m_scale;
    RunAnalysis m_analysis;
    QMap<std::pair<QString, QString>, QString> m_cellNotes;
    QList<CellLabel> m_labels; // row-major, one per cell
    QList<QCPAbstractItem*> m_items; // everything rebuild() adds, labels included
};
