// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/routeconfirmation.h"
#include "common/runhistorymodel.h"
#include "shadow/shadowcomparison.h"

#include <memory>
#include <QWidget>

class EmptyState;
class NoticeBanner;
class QComboBox;
class QMenu;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QThreadPool;
class QToolButton;
class RunController;
class RunsLoader;
class Selection;
class ShadowSummaryPanel;
class ShadowView;
class WorkspaceDocument;

// The Shadow compare area: choose a run, a category, the baseline (the routed model by default) and
// one to three candidates, and see every case's answers side by side with their differences, the
// summary per candidate, and promote a candidate to the routed model. Verdicts go to the results
// database. Runs are listed and compared off the GUI thread; a generation counter drops a
// comparison that a newer choice superseded.
class ShadowArea : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxCandidates = 3;

    ShadowArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent = nullptr);
    ~ShadowArea() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    QComboBox* runCombo() const { return m_runCombo; }
    QComboBox* categoryCombo() const { return m_categoryCombo; }
    QComboBox* baselineCombo() const { return m_baselineCombo; }
    ShadowView* view() const { return m_view; }
    ShadowSummaryPanel* summaryPanel() const { return m_summary; }
    std::shared_ptr<const ShadowComparison> comparison() const { return m_comparison; }
    QStringList candidates() const; // the checked ones, in the run's model order
    void setCandidates(const QStringList& modelIds); // at most three, none the baseline
    bool isBusy() const; // listing runs, comparing or saving verdicts
    QString emptyMessage() const; // empty while the comparison shows
    QString noticeText() const;
    // Makes a candidate the category's routed model; asks first when its evidence misses or does not
    // decide the bar, or when the user judged some of its answers worse.
    void promote(int candidateIndex);
    void setRouteConfirmation(RouteConfirmation confirm) { m_confirmRoutes = std::move(confirm); }
    void rollOut(int candidateIndex); // a gradual rollout instead of switching at once
    void openShadowRunDialog();
    void showRun(const QString& runId); // lists the runs again and shows this one (a run that just finished)

Q_SIGNALS:
    void comparisonReady(const QString& runId);

private:
    bool confirmPromotion(int candidateIndex, const QDateTime& runDate);
    QWidget* createTopRow();
    QWidget* createContent();
    void connectSignals();
    void reload();
    void onRunsLoaded(const QList<RunSummary>& runs);
    void onRunChosen();
    void onCategoryChosen();
    void onBaselineChosen();
    void fillCategories();
    void fillModels();
    void fillCandidateMenu(const QStringList& checked);
    void updateCandidateButton();
    void compare();
    void onCompared(const ShadowComparison& comparison);
    void onVerdictChanged(int caseIndex, int candidateIndex);
    void saveVerdict(const ShadowVerdict& key, bool remove);
    void onRoutingChanged();
    void onTrafficChanged();
    void followRoute(const QString& served);
    void refreshCards();
    void showEmpty(const QString& message, bool offerShadowRun, bool busy = false);
    const RunInfo* chosenRun() const;

    WorkspaceDocument* m_document;
    Selection* m_selection;
    RunController* m_runs;
    RunsLoader* m_loader;
    QComboBox* m_runCombo = nullptr;
    QComboBox* m_categoryCombo = nullptr;
    QComboBox* m_baselineCombo = nullptr;
    QToolButton* m_candidateButton = nullptr;
    QMenu* m_candidateMenu = nullptr;
    QPushButton* m_shadowRunButton = nullptr;
    NoticeBanner* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QSplitter* m_contentSplitter = nullptr;
    ShadowSummaryPanel* m_summary = nullptr;
    ShadowView* m_view = nullptr;
    QList<RunInfo> m_eligibleRuns; // with two models or more, newest first
    std::shared_ptr<ShadowComparison> m_comparison;
    QString m_preferredRun; // to show once the run list arrives (a shadow run that just finished)
    quint64 m_generation = 0;
    bool m_comparing = false;
    std::unique_ptr<QThreadPool> m_savePool; // one thread: verdicts are written in the order they were set
    int m_savesPending = 0;
    bool m_filling = false; // the combos are being refilled: their changes are not the user's
    bool m_baselineFollowsRoute = true; // the baseline is the routed model, not one the user chose
    RouteConfirmation m_confirmRoutes = dialogRouteConfirmation(this);
};
