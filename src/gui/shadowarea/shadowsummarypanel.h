// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/shadowcomparison.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

// One card per candidate: how often it agrees with the baseline, wins, ties and losses by score
// and by the user's verdicts, the change in cost and latency, the projected monthly saving if it
// were routed, and a button that promotes it to the category's routed model.
class ShadowSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ShadowSummaryPanel(QWidget* parent = nullptr);
    ~ShadowSummaryPanel() override;

    void setComparison(const Workspace& workspace, const ShadowComparison& comparison);
    void clear();
    // The candidate's card shows the summary again (after a verdict).
    void refresh(const Workspace& workspace, const ShadowComparison& comparison, int candidateIndex);

    int cardCount() const { return int(m_cards.size()); }
    QString cardText(int candidateIndex) const;
    QPushButton* promoteButton(int candidateIndex) const;
    QPushButton* rolloutButton(int candidateIndex) const;

Q_SIGNALS:
    void promoteRequested(int candidateIndex);
    void rolloutRequested(int candidateIndex);

private:
    struct Card {
        QWidget* frame;
        QLabel* title;
        QLabel* text;
        QPushButton* promote;
        QPushButton* rollout;
    };
    Card createCard(int candidateIndex);

    QHBoxLayout* m_layout;
    QList<Card> m_cards;
};

// The lines of one candidate's card, translated.
QString shadowSummaryText(const ShadowSummary& summary, ShadowScoring scoring);
