// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowanswerview.h"

#include "common/costformat.h"
#include "common/displayformat.h"
#include "highlighting/highlightedtextedit.h"
#include "shadowcasemodel.h"

#include <QLabel>
#include <QLocale>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
// Translucent, so that the syntax colours show through in the light and the dark theme alike.
QColor markColour(DiffSpan::Kind kind)
{
    return kind == DiffSpan::Added ? QColor(40, 180, 80, 90) : QColor(230, 60, 60, 90);
}
} // namespace

QString shadowAnswerFacts(const ShadowAnswer& answer)
{
    if (!answer.answered)
        return ShadowAnswerView::tr("No answer in this run");
    if (answer.isError()) {
        const QString message = answer.errorMessage.isEmpty() ? answer.errorKind : answer.errorMessage;
        return ShadowAnswerView::tr("Error: %1").arg(message);
    }
    const QString latency = answer.hasLatency() ? ShadowAnswerView::tr("%1 ms").arg(QLocale().toString(answer.latencyMs))
                                                : DisplayFormat::unmeasuredLatency();
    return ShadowAnswerView::tr("score %1 · %2 · %3").arg(shadowScoreText(answer), costText(answer.costUsd), latency);
}

ShadowAnswerView::ShadowAnswerView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_editor(new HighlightedTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_editor, 1);
}

void ShadowAnswerView::setAnswer(const QString& title, const ShadowAnswer& answer, const QList<DiffSpan>& spans)
{
    m_title->setText(title);
    m_facts->setText(shadowAnswerFacts(answer));
    m_editor->setText(answer.output);
    markSpans(spans);
}

void ShadowAnswerView::clear()
{
    m_title->clear();
    m_facts->clear();
    m_editor->clear();
    markSpans({});
}

void ShadowAnswerView::markSpans(const QList<DiffSpan>& spans)
{
    QList<QTextEdit::ExtraSelection> selections;
    m_firstMark = -1;
    const int length = m_editor->document()->characterCount() - 1;
    for (const DiffSpan& span : spans) {
        if (span.kind == DiffSpan::Same || span.start >= length)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(qMin(span.end(), length), QTextCursor::KeepAnchor);
        selection.format.setBackground(markColour(span.kind));
        if (span.kind == DiffSpan::Removed)
            selection.format.setFontStrikeOut(true);
        selections.append(selection);
        if (m_firstMark < 0)
            m_firstMark = span.start;
    }
    m_marked = int(selections.size());
    m_editor->setExtraSelections(selections);
}

bool ShadowAnswerView::showFirstDifference()
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(qMax(0, m_firstMark));
    m_editor->setTextCursor(cursor);
    if (m_firstMark < 0)
        return false;
    m_editor->centerCursor();
    return true;
}

QString ShadowAnswerView::title() const
{
    return m_title->text();
}

QString ShadowAnswerView::facts() const
{
    return m_facts->text();
}
