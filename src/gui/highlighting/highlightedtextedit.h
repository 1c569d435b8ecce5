// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// A plain-text editor that colours JSON, YAML, Markdown and the like with KDE's syntax definitions,
// in the light or dark theme that matches its palette. With automatic syntax it guesses the language
// from the text (a JSON object or array, a Markdown heading or list, ...).
class HighlightedTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit HighlightedTextEdit(QWidget* parent = nullptr);
    ~HighlightedTextEdit() override;

    // A definition name such as "JSON", "YAML" or "Markdown"; empty: guess from the text.
    void setSyntax(const QString& definitionName);
    QString syntax() const { return m_syntax; }
    QString effectiveSyntax() const; // the definition in use, "" when none

    // Replaces the text. Use it rather than setPlainText(): KSyntaxHighlighting queues the
    // re-highlighting of a block whose folding changed, and that queued call reads freed blocks when
    // the text is replaced twice in one pass of the event loop; this runs it first.
    void setText(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyDefinition();
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    QString m_syntax;
    QString m_guessed;
};

// The syntax definition name that fits text best: "JSON", "YAML", "Markdown", or "" for prose.
QString guessSyntax(const QString& text);
