// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixanswerblock.h"

#include "common/costformat.h"
#include "common/displayformat.h"
#include "highlighting/highlightedtextedit.h"
#include "matrixdata.h"

#include <cmath>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QStyle>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {
QString verdictText(const MatrixCell& cell)
{
    switch (cell.verdict()) {
    case CellVerdict::Missing:
        return MatrixAnswerBlock::tr("no result");
    case CellVerdict::Error:
        return MatrixAnswerBlock::tr("⚠ error");
    default:
        break;
    }
    if (cell.runs() > 1)
        return MatrixAnswerBlock::tr("%1/%2 passed").arg(cell.passes()).arg(cell.runs());
    return cell.verdict() == CellVerdict::Pass ? MatrixAnswerBlock::tr("✓ passed") : MatrixAnswerBlock::tr("✗ failed");
}

QString latencyText(qint64 ms)
{
    if (ms < 0) // not measured: an answer collected through a provider's batch API
        return DisplayFormat::unmeasuredLatency();
    if (ms < 1000)
        return MatrixAnswerBlock::tr("%1 ms").arg(QLocale().toString(ms));
    return MatrixAnswerBlock::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
}

QString figures(const MatrixCell& cell)
{
    if (cell.results.isEmpty())
        return {};
    QStringList parts;
    if (const std::optional<double> score = cell.meanScore())
        parts.append(MatrixAnswerBlock::tr("score %1").arg(QLocale().toString(*score, 'f', 2)));
    parts.append(costText(cell.meanCostUsd()));
    parts.append(latencyText(cell.meanLatencyMs().value_or(ResultRecord::unmeasuredLatency)));
    if (cell.runs() > 1)
        parts.append(MatrixAnswerBlock::tr("means of %1 repeats; output of repeat 1").arg(cell.runs()));
    return parts.join(QStringLiteral(" · "));
}

QString placeholderText(const MatrixCell& cell)
{
    if (cell.results.isEmpty())
        return MatrixAnswerBlock::tr("This model has no result for the case.");
    if (cell.verdict() == CellVerdict::Error)
        return MatrixAnswerBlock::tr("No answer: the call failed.");
    if (const QString kind = cell.refusalKind(); !kind.isEmpty())
        return MatrixAnswerBlock::tr("No answer: %1.").arg(refusalLabel(kind));
    return MatrixAnswerBlock::tr("The model answered nothing.");
}

QString errorText(const MatrixCell& cell)
{
    QStringList lines;
    for (const ResultRecord& record : cell.results) {
        if (record.isError())
            lines.append(MatrixAnswerBlock::tr("Repeat %1 failed (%2): %3")
                             .arg(record.repeat + 1)
                             .arg(record.errorKind, record.errorMessage));
        else if (record.isRefusal())
            lines.append(MatrixAnswerBlock::tr("Repeat %1 failed, %2: %3")
                             .arg(record.repeat + 1)
                             .arg(refusalLabel(record.refusal), record.refusalReason));
    }
    return lines.join(u'\n');
}
} // namespace

namespace {
int textHeight(const QPlainTextEdit* edit, int width, int minLines, int maxLines)
{
    // Lay the text out as the editor will, word wrap included.
    QTextDocument layout;
    layout.setDefaultFont(edit->font());
    layout.setDocumentMargin(edit->document()->documentMargin());
    layout.setPlainText(edit->toPlainText());
    layout.setTextWidth(std::max(60, width));
    const int lineSpacing = QFontMetrics(edit->font()).lineSpacing();
    const int margins = 2 * int(layout.documentMargin());
    const int height = std::clamp(int(std::ceil(layout.size().height())), minLines * lineSpacing + margins,
                                  maxLines * lineSpacing + margins);
    return height + 2 * edit->frameWidth() + 2;
}

// Refits an editor's height whenever its width or text changes: the width is only known once
// the scroll area around the pane has laid it out.
class HeightFitter : public QObject
{
public:
    HeightFitter(QPlainTextEdit* edit, int minLines, int maxLines)
        : QObject(edit)
        , m_edit(edit)
        , m_minLines(minLines)
        , m_maxLines(maxLines)
    {
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, &HeightFitter::fit);
    }

    void fit() { fitTo(m_edit->width()); }
    // From the editor's width, not its viewport's: a scroll bar shown for the old text or width
    // goes away once the editor is as tall as its text.
    void fitTo(int editWidth)
    {
        // Keep a scroll bar's width in hand so that the estimate errs on the tall side.
        const int reserve = m_edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_edit);
        // Highlighting sets some words in bold, which widens them: a tenth more keeps lines whole.
        const int textWidth = (editWidth - 2 * m_edit->frameWidth() - reserve) * 9 / 10;
        m_edit->setFixedHeight(textHeight(m_edit, textWidth, m_minLines, m_maxLines));
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            const auto* resize = static_cast<QResizeEvent*>(event);
            if (resize->size().width() != resize->oldSize().width())
                fitTo(resize->size().width());
        }
        return false;
    }

private:
    QPlainTextEdit* m_edit;
    int m_minLines;
    int m_maxLines;
};
} // namespace

void fitHeightToText(QPlainTextEdit* edit, int minLines, int maxLines)
{
    (new HeightFitter(edit, minLines, maxLines))->fit();
}

MatrixAnswerBlock::MatrixAnswerBlock(QWidget* parent)
    : QFrame(parent)
    , m_header(new QLabel(this))
    , m_error(new QLabel(this))
    , m_output(new HighlightedTextEdit(this))
{
    setObjectName(QStringLiteral("matrixAnswer"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setReadOnly(true);
    m_output->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitHeightToText(m_output, 1, 8);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(3);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_output);
    setHighlighted(false);
}

void MatrixAnswerBlock::showAnswer(const MatrixModel& model, const MatrixCell& cell)
{
    m_modelId = model.id;
    QString header = u"<b>" + model.label.toHtmlEscaped() + u"</b> &nbsp;" + verdictText(cell).toHtmlEscaped();
    const QString numbers = figures(cell);
    if (!numbers.isEmpty())
        header += u" &nbsp;·&nbsp; " + numbers.toHtmlEscaped();
    m_header->setText(header);
    const QString error = errorText(cell);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const QString output = cell.results.isEmpty() ? QString() : cell.results.first().output;
    m_output->setText(output);
    m_output->setPlaceholderText(placeholderText(cell));
}

void MatrixAnswerBlock::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    // The selected model is framed in the palette's highlight colour; the others in a faint line.
    setStyleSheet(highlighted ? QStringLiteral("QFrame#matrixAnswer { border: 2px solid palette(highlight); "
                                               "border-radius: 4px; }")
                              : QStringLiteral("QFrame#matrixAnswer { border: 1px solid palette(mid); "
                                               "border-radius: 4px; }"));
}

QString MatrixAnswerBlock::headerText() const
{
    const QString header = QTextDocumentFragment::fromHtml(m_header->text()).toPlainText();
    return m_error->text().isEmpty() ? header : header + u'\n' + m_error->text();
}

QString MatrixAnswerBlock::outputText() const
{
    return m_output->toPlainText();
}
