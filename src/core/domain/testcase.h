// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorerspec.h"

#include <QMap>
#include <QStringList>

struct ChatMessage {
    QString role; // "user", "assistant" or "system"
    QString content;

    friend bool operator==(const ChatMessage&, const ChatMessage&) = default;
};

// One input with its expected output. The input is either a single prompt or a chat transcript;
// {{name}} placeholders in either are filled from vars.
struct TestCase {
    QString id;
    QString systemPrompt; // overrides the category's system prompt when not empty
    QString prompt;
    QList<ChatMessage> messages;
    QMap<QString, QString> vars;
    QString expected;
    QList<ScorerSpec> scorers; // empty: the category's default scorers apply
    QStringList tags;

    bool isChat() const { return !messages.isEmpty(); }

    friend bool operator==(const TestCase&, const TestCase&) = default;
};

Q_DECLARE_METATYPE(TestCase)
