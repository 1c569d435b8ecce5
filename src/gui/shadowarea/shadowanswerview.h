// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/shadowcomparison.h"

#include <QWidget>

class HighlightedTextEdit;
class QLabel;

// One model's answer to a case: who answered, its score, cost and latency (or its error), and the
// text, syntax-highlighted (JSON, YAML, Markdown), with the words that differ from the other side
// marked on top of the highlighting.
class ShadowAnswerView : public QWidget
{
    Q_OBJECT
public:
    explicit ShadowAnswerView(QWidget* parent = nullptr);

    // spans: the diff of this side (Removed for the baseline, Added for a candidate).
    void setAnswer(const QString& title, const ShadowAnswer& answer, const QList<DiffSpan>& spans);
    void clear();
    // Scrolls to the first marked word; false when nothing is marked.
    bool showFirstDifference();

    QString title() const;
    QString facts() const;
    HighlightedTextEdit* editor() const { return m_editor; }
    int markedSpans() const { return m_marked; }

private:
    void markSpans(const QList<DiffSpan>& spans);

    QLabel* m_title;
    QLabel* m_facts;
    HighlightedTextEdit* m_editor;
    int m_firstMark = -1;
    int m_marked = 0;
};

// "0.92 · $0.0012 · 640 ms", or what went wrong.
QString shadowAnswerFacts(const ShadowAnswer& answer);
