// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

struct MatrixCell;
struct MatrixModel;
class HighlightedTextEdit;
class QLabel;
class QPlainTextEdit;

// One model's answer to the case in the matrix's detail pane: the model and its verdict, score,
// cost and latency on a line, the error if the call failed, and the output, highlighted when it is
// JSON, YAML or Markdown. The model the user selected is framed.
class MatrixAnswerBlock : public QFrame
{
    Q_OBJECT
public:
    explicit MatrixAnswerBlock(QWidget* parent = nullptr);

    void showAnswer(const MatrixModel& model, const MatrixCell& cell);
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    QString modelId() const { return m_modelId; }
    QString headerText() const; // and the error under it, if any
    QString outputText() const;
    HighlightedTextEdit* outputView() const { return m_output; }

private:
    QLabel* m_header;
    QLabel* m_error;
    HighlightedTextEdit* m_output;
    QString m_modelId;
    bool m_highlighted = false;
};

// Keeps a plain-text editor as tall as its text, wrapped lines counted, between min and max lines.
void fitHeightToText(QPlainTextEdit* edit, int minLines, int maxLines);
