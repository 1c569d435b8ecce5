// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/runhistorymodel.h"
#include "domain/workspace.h"

#include <QWidget>

class ComparisonFilterProxy;
class EmptyStateOverlay;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class RunComparer;
class RunComparisonModel;
struct RunComparison;

// Two runs of the workspace side by side: a baseline and a current run chosen from the history,
// and per category and model how accuracy and cost changed, regressions and improvements flagged
// and counted. The comparison is computed off the GUI thread whenever the choice changes.
class RunComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit RunComparisonView(QWidget* parent = nullptr);
    ~RunComparisonView() override;

    // The workspace gives the categories' bars; the database holds the runs' results.
    void setSource(const Workspace& workspace, const QString& databasePath);
    // The history, newest first. Keeps the chosen runs when they are still listed; else compares the
    // newest run with the latest older one that shares a category with it.
    void setRuns(const QList<RunSummary>& runs);
    void selectRuns(const QString& baselineRunId, const QString& currentRunId);
    QString baselineRunId() const;
    QString currentRunId() const;
    void setOnlyChanges(bool only);

    bool isComparing() const;
    QString summaryText() const; // "2 regressions, 1 improvement · 45 cells compared"
    QString emptyMessage() const; // what the table says while it has no rows
    RunComparisonModel* model() const { return m_model; }
    ComparisonFilterProxy* filter() const { return m_filter; }

Q_SIGNALS:
    // A comparison arrived (or failed) and is shown.
    void comparisonShown();

private:
    void buildLayout();
    void fillCombo(QComboBox* combo, const QString& keepRunId);
    QString defaultBaseline(const QString& currentRunId) const;
    const RunSummary* summaryOf(const QString& runId) const;
    void refresh();
    bool explainWhyNot(const RunSummary* baseline, const RunSummary* current);
    void showState(const QString& message);
    void showComparison(const RunComparison& comparison);
    void showFailure(const QString& message);
    void updateEmptyMessage();

    Workspace m_workspace;
    QString m_databasePath;
    QList<RunSummary> m_runs;
    RunComparer* m_comparer;
    RunComparisonModel* m_model;
    ComparisonFilterProxy* m_filter;
    QComboBox* m_baseline = nullptr;
    QComboBox* m_current = nullptr;
    QCheckBox* m_onlyChanges = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateOverlay* m_empty = nullptr;
};

// Whether two runs have a category in common.
bool shareCategories(const RunInfo& first, const RunInfo& second);
