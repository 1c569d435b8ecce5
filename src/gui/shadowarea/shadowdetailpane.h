// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/shadowcomparison.h"

#include <optional>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class ShadowAnswerView;
struct Workspace;

// One case of a shadow comparison: its input (and expected output), the baseline's answer beside
// each candidate's with their differences marked, and the user's verdict on the focus candidate
// (better, same or worse, with an optional note).
class ShadowDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ShadowDetailPane(QWidget* parent = nullptr);
    ~ShadowDetailPane() override;

    // caseIndex -1 clears the pane.
    void setCase(const Workspace& workspace, const ShadowComparison& comparison, int caseIndex, int focusCandidate);
    int caseIndex() const { return m_caseIndex; }
    void showFirstDifference();

    ShadowAnswerView* baselineView() const { return m_baseline; }
    QList<ShadowAnswerView*> candidateViews() const { return m_candidates; }
    QPushButton* verdictButton(Verdict verdict) const;
    QLineEdit* noteEdit() const { return m_note; }
    QSplitter* splitter() const { return m_splitter; }

Q_SIGNALS:
    // The user set (or, with nullopt, cleared) the verdict on the focus candidate, or edited its note.
    void verdictEdited(const std::optional<Verdict>& verdict, const QString& note);

private:
    QWidget* createVerdictRow();
    void showVerdict(const std::optional<ShadowVerdict>& verdict);
    void onVerdictClicked(int id);
    void ensureCandidateViews(int count);

    QLabel* m_caseTitle;
    QPlainTextEdit* m_input;
    QSplitter* m_splitter;
    ShadowAnswerView* m_baseline;
    QList<ShadowAnswerView*> m_candidates;
    QLabel* m_verdictLabel = nullptr;
    QButtonGroup* m_verdicts = nullptr;
    QLineEdit* m_note = nullptr;
    std::optional<Verdict> m_shownVerdict;
    int m_caseIndex = -1;
};
