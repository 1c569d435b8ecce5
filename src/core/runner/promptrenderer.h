// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "providers/completion.h"

// Turns a test case into what is sent: the category's template around the case's input, {{var}}
// placeholders filled from the case's vars, and the system prompt the case or its category sets.
struct RenderedPrompt {
    QString systemPrompt;
    QList<ChatMessage> messages;

    QString flattened() const; // one text of everything sent, for cache keys and token estimates
};

RenderedPrompt renderPrompt(const Category& category, const TestCase& testCase);

// Replaces {{name}} (spaces inside the braces allowed) with values; unknown names stay as written.
QString fillPlaceholders(const QString& text, const QMap<QString, QString>& values);
