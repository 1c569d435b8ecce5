// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightedtextedit.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QCoreApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
// Loading the definitions takes a few milliseconds; one repository serves every editor.
KSyntaxHighlighting::Repository& repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

bool looksLikeMarkdown(const QString& text)
{
    static const QRegularExpression markers(QStringLiteral(R"(^(#{1,6} |[-*] |\d+\. |```|> ))"),
                                            QRegularExpression::MultilineOption);
    return markers.match(text).hasMatch();
}

bool looksLikeYaml(const QString& text)
{
    static const QRegularExpression mapping(QStringLiteral(R"(^[A-Za-z_][\w-]*:( |$))"),
                                            QRegularExpression::MultilineOption);
    auto matches = mapping.globalMatch(text);
    int keys = 0;
    while (matches.hasNext() && keys < 2) {
        matches.next();
        ++keys;
    }
    return keys >= 2;
}
} // namespace

QString guessSyntax(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error;
        QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return QStringLiteral("JSON");
    }
    if (looksLikeYaml(trimmed))
        return QStringLiteral("YAML");
    if (looksLikeMarkdown(trimmed))
        return QStringLiteral("Markdown");
    return {};
}

HighlightedTextEdit::HighlightedTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syntax.isEmpty())
            applyDefinition();
    });
    applyTheme();
}

HighlightedTextEdit::~HighlightedTextEdit() = default;

void HighlightedTextEdit::setSyntax(const QString& definitionName)
{
    m_syntax = definitionName;
    applyDefinition();
}

QString HighlightedTextEdit::effectiveSyntax() const
{
    return m_syntax.isEmpty() ? m_guessed : m_syntax;
}

void HighlightedTextEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void HighlightedTextEdit::applyDefinition()
{
    const QString name = m_syntax.isEmpty() ? guessSyntax(toPlainText()) : m_syntax;
    m_guessed = m_syntax.isEmpty() ? name : QString();
    if (name != m_highlighter->definition().name())
        m_highlighter->setDefinition(repository().definitionForName(name));
}

void HighlightedTextEdit::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

void HighlightedTextEdit::setText(const QString& text)
{
    QCoreApplication::sendPostedEvents(m_highlighter, QEvent::MetaCall);
    setPlainText(text);
}
