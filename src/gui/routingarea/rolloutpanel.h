// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rollout/rollout.h"
#include "statistics/runanalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class WorkspaceDocument;

// The selected category's gradual rollout: without a plan, a model and stages to start one; with
// one, where it stands, each stage's monthly requests and cost (costs from the run shown, an
// unknown cost said so) and what it saves against the current model alone (a negative saving: it
// costs more), and Advance, Finish and Abandon. Every change is one undoable command.
class RolloutPanel : public QWidget
{
    Q_OBJECT
public:
    enum StageColumn {
        StageColumnPercent,
        StageColumnNewRequests,
        StageColumnOldRequests,
        StageColumnCost,
        StageColumnSaving, // against the current model serving all of the category's requests
        StageColumnCount
    };

    explicit RolloutPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    void setCategory(const QString& category); // empty: the default route, which has no rollouts
    void setAnalysis(const RunAnalysis& analysis);

    // The actions; false with the reason shown when the edit cannot be made.
    bool start(const QString& to, const QString& stagesText);
    bool advance();
    bool finish();
    bool abandon();

    QLabel* statusLabel() const { return m_status; }
    QComboBox* targetCombo() const { return m_target; }
    QLineEdit* stagesEdit() const { return m_stages; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* advanceButton() const { return m_advance; }
    QPushButton* finishButton() const { return m_finish; }
    QPushButton* abandonButton() const { return m_abandon; }
    QTableWidget* stagesTable() const { return m_table; }

private:
    QWidget* createStartRow();
    QWidget* createPlanButtons();
    void refresh();
    void refreshTargets();
    void fillStages();
    std::optional<double> costPerRequest(const QString& modelId) const;
    bool push(const RolloutEdit& edit, const QString& text);

    WorkspaceDocument* m_document;
    RunAnalysis m_analysis;
    QString m_category;
    QLabel* m_title;
    QLabel* m_status;
    QWidget* m_startRow = nullptr;
    QComboBox* m_target = nullptr;
    QLineEdit* m_stages = nullptr;
    QPushButton* m_start = nullptr;
    QWidget* m_planButtons = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_finish = nullptr;
    QPushButton* m_abandon = nullptr;
    QTableWidget* m_table;
};
