// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/shadowcomparison.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;
class ShadowCaseModel;
class ShadowDetailPane;

// The cases of a shadow comparison: a filter bar (which candidate, which cases), the case list and
// the chosen case's answers side by side. N / F8 and P / Shift+F8 jump to the next and previous
// case whose answers differ; B, S and W set the verdict on the focus candidate.
class ShadowView : public QWidget
{
    Q_OBJECT
public:
    explicit ShadowView(QWidget* parent = nullptr);
    ~ShadowView() override;

    // Keeps the chosen case (by id), the filter and the focus candidate (by model) when they still apply.
    void setComparison(const Workspace& workspace, std::shared_ptr<ShadowComparison> comparison);
    std::shared_ptr<const ShadowComparison> comparison() const { return m_comparison; }
    void setFilter(ShadowFilter filter);
    ShadowFilter filter() const;
    void setFocusCandidate(int candidateIndex);
    int focusCandidate() const;

    bool nextDifference(); // false when no case below the current one differs
    bool previousDifference();
    void selectCase(int caseIndex); // shows it, if the filter lets it through
    int currentCase() const; // index into the comparison's cases, -1 for none
    // Sets or clears the focus candidate's verdict on the current case (as the buttons do).
    void setVerdict(const std::optional<Verdict>& verdict, const QString& note = {});

    ShadowCaseModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ShadowDetailPane* detail() const { return m_detail; }
    QSplitter* splitter() const { return m_splitter; }

Q_SIGNALS:
    void focusCandidateChanged(int candidateIndex);
    // The verdict of one case and candidate changed in the comparison (its summary is re-counted).
    void verdictChanged(int caseIndex, int candidateIndex);

private:
    QWidget* createFilterBar();
    void createShortcuts();
    bool jumpToDifference(int step);
    void showCurrentCase();
    void updateCount();
    void fillCandidates();

    Workspace m_workspace;
    std::shared_ptr<ShadowComparison> m_comparison;
    ShadowCaseModel* m_model;
    QComboBox* m_candidateCombo = nullptr;
    QComboBox* m_filterCombo = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QSplitter* m_splitter;
    QTableView* m_table;
    ShadowDetailPane* m_detail;
};
