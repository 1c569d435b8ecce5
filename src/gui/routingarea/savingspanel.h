// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/savingsprojection.h"
#include "savingsheadline.h"
#include "statistics/runanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class SavingsChart;
class WorkspaceDocument;

// The savings simulator beside the routing table: the application's monthly volume and traffic
// mix (edited on the document, undoably), the routing map's projected monthly cost against
// sending every request to one baseline model and against the map as last saved to the file, as
// a big figure, a chart per category, and the cost and accuracy change per category. Where categories
// price their errors (error_cost_usd), the expected cost of wrong answers is shown beside the API
// cost, and the headline compares the sums.
class SavingsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        ShareColumn,
        MapColumn, // the map's API cost
        ErrorsColumn, // the expected cost of its wrong answers, where the category prices them
        TotalColumn,
        BaselineColumn,
        AccuracyColumn,
        ColumnCount
    };

    explicit SavingsPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    void setAnalysis(const RunAnalysis& analysis);
    // The map's cascades simulated on the run: a cascade route costs what its simulation says.
    void setCascades(const QList<CascadeCell>& cascades);
    void setBaselineModel(const QString& modelId); // empty: the most accurate model of the run
    QString baselineModel() const;

    const SavingsProjection& projection() const { return m_projection; }
    QString headline() const; // "Routing map $56 vs all on gpt-4o $200 a month", empty without a projection
    QString summary() const;
    QLabel* headlineLabel() const { return m_headline; }
    QString emptyMessage() const; // empty while the figures show
    QSpinBox* volumeBox() const { return m_volume; }
    QComboBox* baselineCombo() const { return m_baseline; }
    QTableWidget* table() const { return m_table; }
    SavingsChart* chart() const { return m_chart; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createFigures();
    void connectSignals();
    void fillBaselines();
    void refresh();
    void fillTable();
    void fillRow(int row, const CategoryProjection& category);
    void applyColours();
    void onShareEdited(int row, int column);
    void rememberSavedMap();
    QString defaultBaseline() const;

    WorkspaceDocument* m_document;
    RunAnalysis m_analysis;
    QList<CascadeCell> m_cascades;
    SavingsProjection m_projection;
    SavingsText m_text;
    RoutingMap m_savedMap; // as last saved to (or loaded from) the workspace file
    QString m_wantedBaseline;
    QSpinBox* m_volume;
    QComboBox* m_baseline;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_headline;
    QLabel* m_summary;
    QLabel* m_previous;
    SavingsChart* m_chart;
    QTableWidget* m_table;
    bool m_filling = false;
};
