// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptrenderer.h"

#include <QRegularExpression>

QString fillPlaceholders(const QString& text, const QMap<QString, QString>& values)
{
    if (values.isEmpty() || !text.contains(QLatin1String("{{")))
        return text;
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([\w.-]+)\s*\}\})"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto value = values.constFind(match.captured(1));
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += value == values.cend() ? match.captured(0) : *value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString RenderedPrompt::flattened() const
{
    QString text = QLatin1String("system: ") + systemPrompt;
    for (const ChatMessage& message : messages)
        text += u'\n' + message.role + QLatin1String(": ") + message.content;
    return text;
}

RenderedPrompt renderPrompt(const Category& category, const TestCase& testCase)
{
    QMap<QString, QString> values = testCase.vars;
    values.insert(QStringLiteral("input"), fillPlaceholders(testCase.prompt, testCase.vars));

    RenderedPrompt rendered;
    const QString system = testCase.systemPrompt.isEmpty() ? category.systemPrompt : testCase.systemPrompt;
    rendered.systemPrompt = fillPlaceholders(system, values);
    if (testCase.isChat()) {
        for (const ChatMessage& message : testCase.messages)
            rendered.messages.append({ message.role, fillPlaceholders(message.content, values) });
        return rendered;
    }
    const QString body = category.promptTemplate.isEmpty() ? QStringLiteral("{{input}}") : category.promptTemplate;
    rendered.messages.append({ QStringLiteral("user"), fillPlaceholders(body, values) });
    return rendered;
}
