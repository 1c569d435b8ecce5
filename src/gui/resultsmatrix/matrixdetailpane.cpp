// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixdetailpane.h"

#include "common/detailstack.h"
#include "highlighting/highlightedtextedit.h"
#include "matrixanswerblock.h"
#include "matrixdata.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(u"<b>" + text.toHtmlEscaped() + u"</b>", parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

HighlightedTextEdit* readOnlyEdit(QWidget* parent)
{
    auto* edit = new HighlightedTextEdit(parent);
    edit->setReadOnly(true);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return edit;
}
} // namespace

MatrixDetailPane::MatrixDetailPane(QWidget* parent)
    : QWidget(parent)
{
    m_stack = new DetailStack(buildForm(), this);
    m_stack->setEmptyMessage(tr("Select a case to read its input, the expected output and every model's answer."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* MatrixDetailPane::buildForm()
{
    auto* form = new QWidget;
    m_title = new QLabel(form);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_input = readOnlyEdit(form);
    m_expected = readOnlyEdit(form);
    fitHeightToText(m_input, 2, 12);
    fitHeightToText(m_expected, 1, 6);
    m_expected->setPlaceholderText(tr("The case has no expected output; its scorers say what passes."));
    m_answersTitle = heading(tr("Answers"), form);
    m_answersLayout = new QVBoxLayout;
    m_answersLayout->setSpacing(6);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(heading(tr("Input"), form));
    layout->addWidget(m_input);
    layout->addWidget(heading(tr("Expected output"), form));
    layout->addWidget(m_expected);
    layout->addSpacing(4);
    layout->addWidget(m_answersTitle);
    layout->addLayout(m_answersLayout);
    layout->addStretch(1);
    return form;
}

void MatrixDetailPane::showCase(const MatrixData& matrix, int row)
{
    if (row < 0 || row >= matrix.cases.size()) {
        clear();
        return;
    }
    const MatrixCase& testCase = matrix.cases.at(row);
    m_title->setText(tr("%1 · %2").arg(matrix.category, testCase.id));
    m_input->setText(testCase.inWorkspace
                              ? testCase.input
                              : tr("This case is no longer in the workspace, so its input cannot be shown."));
    m_expected->setText(testCase.expected);
    showAnswers(matrix, row);
    m_stack->showForm(true);
}

void MatrixDetailPane::showAnswers(const MatrixData& matrix, int row)
{
    m_shown = int(matrix.models.size());
    while (m_blocks.size() < m_shown) {
        auto* block = new MatrixAnswerBlock(this);
        m_answersLayout->addWidget(block);
        m_blocks.append(block);
    }
    for (int model = 0; model < m_blocks.size(); ++model) {
        MatrixAnswerBlock* block = m_blocks.at(model);
        block->setVisible(model < m_shown);
        if (model >= m_shown)
            continue;
        block->showAnswer(matrix.models.at(model), matrix.cell(row, model));
        block->setHighlighted(!m_highlighted.isEmpty() && block->modelId() == m_highlighted);
    }
    m_answersTitle->setText(u"<b>" + tr("Answers of %n model(s)", nullptr, m_shown).toHtmlEscaped() + u"</b>");
}

void MatrixDetailPane::clear()
{
    m_stack->showForm(false);
}

void MatrixDetailPane::setHighlightedModel(const QString& modelId)
{
    m_highlighted = modelId;
    for (MatrixAnswerBlock* block : std::as_const(m_blocks))
        block->setHighlighted(!modelId.isEmpty() && block->modelId() == modelId);
}

bool MatrixDetailPane::isCaseShown() const
{
    return m_stack->isFormShown();
}

QString MatrixDetailPane::title() const
{
    return m_title->text();
}

QString MatrixDetailPane::inputText() const
{
    return m_input->toPlainText();
}

QString MatrixDetailPane::expectedText() const
{
    return m_expected->toPlainText();
}

QList<MatrixAnswerBlock*> MatrixDetailPane::answers() const
{
    return m_blocks.mid(0, m_shown);
}

MatrixAnswerBlock* MatrixDetailPane::answer(const QString& modelId) const
{
    for (MatrixAnswerBlock* block : answers()) {
        if (block->modelId() == modelId)
            return block;
    }
    return nullptr;
}
