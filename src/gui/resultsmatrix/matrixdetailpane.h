// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

struct MatrixData;
class DetailStack;
class HighlightedTextEdit;
class MatrixAnswerBlock;
class QLabel;
class QVBoxLayout;

// Beside the matrix: the selected case's input and expected output, then every model's answer with
// its verdict and figures, so that the answers can be read one under another.
class MatrixDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixDetailPane(QWidget* parent = nullptr);

    void showCase(const MatrixData& matrix, int row);
    void clear();
    void setHighlightedModel(const QString& modelId);

    bool isCaseShown() const;
    QString title() const;
    QString inputText() const;
    QString expectedText() const;
    QList<MatrixAnswerBlock*> answers() const; // the blocks shown, in the matrix's model order
    MatrixAnswerBlock* answer(const QString& modelId) const;

private:
    QWidget* buildForm();
    void showAnswers(const MatrixData& matrix, int row);

    DetailStack* m_stack = nullptr;
    QLabel* m_title = nullptr;
    HighlightedTextEdit* m_input = nullptr;
    HighlightedTextEdit* m_expected = nullptr;
    QLabel* m_answersTitle = nullptr;
    QVBoxLayout* m_answersLayout = nullptr;
    QList<MatrixAnswerBlock*> m_blocks; // reused from case to case; those past m_shown are hidden
    int m_shown = 0;
    QString m_highlighted;
};
