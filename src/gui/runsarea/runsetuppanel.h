// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planestimator.h"

#include <memory>
#include <QWidget>

class CheckListModel;
class ProviderKeyStatus;
class QAction;
class QSettings;
class WorkspaceDocument;

namespace Ui {
class RunSetupPanel;
}

// What to benchmark: the categories and models (check lists with case counts, providers and
// prices), the run's settings, the judge model, and sandbox or real providers (the sandbox by
// default). The judge model is the user's choice, else the workspace's judge_model, else the most
// expensive model. Shows the live estimate of the plan and, for real providers, whether their keys are
// available. Starting the run is the Run action's business; the panel only holds its button.
class RunSetupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunSetupPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~RunSetupPanel() override;

    // The plan of the checked rows. A RunPlan with no categories or models means all of them, so
    // ask problem() whether the user checked none.
    RunPlan plan() const;
    QString problem() const; // empty when the plan can run; else what is wrong, translated
    void setPlan(const RunPlan& plan); // empty category or model lists check every row
    void setRunAction(QAction* action);

    const PlanEstimate& estimate() const;
    bool isEstimatePending() const;
    PlanEstimator* estimator() const { return m_estimator; }
    ProviderKeyStatus* keyStatus() const { return m_keys; }
    QStringList providersOf(const RunPlan& plan) const; // the plan's models' providers and the judge's
    QString estimateText() const; // the headline, as shown

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

Q_SIGNALS:
    void planChanged();
    void estimateChanged(const PlanEstimate& estimate);

private:
    void setUpTexts();
    void setUpLists();
    void connectControls();
    void rebuildLists();
    void rebuildJudgeChoices();
    QString defaultJudge() const;
    void onPlanChanged();
    void updateKeys();
    void updateHints();
    void showEstimate(const PlanEstimate& estimate);
    void showCacheAge();
    void onCacheAgeEdited(int days);

    std::unique_ptr<Ui::RunSetupPanel> ui;
    WorkspaceDocument* m_document;
    CheckListModel* m_categories;
    CheckListModel* m_models;
    PlanEstimator* m_estimator;
    ProviderKeyStatus* m_keys;
    QString m_preferredJudge; // the user's choice, kept while the model exists
    bool m_rebuilding = false;
};
