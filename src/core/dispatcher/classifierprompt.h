// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

// What the dispatcher's classifier is sent, and how its answer is read.
//
// The system prompt is the classifier's `prompt`, or by default instructions to answer with one
// category name. The user message always lists the categories and wraps the request:
//   <categories>
//   - name: description
//   </categories>
//   <request>
//   the request's text
//   </request>
struct ClassifierPrompt {
    QString systemPrompt;
    QString userMessage;
};

QString defaultClassifierInstructions();
ClassifierPrompt classifierPrompt(const Workspace& workspace, const DispatchClassifier& classifier,
                                  const QString& input);

// The category an answer names: the whole answer (trimmed of quotes, punctuation and case) is a
// category name or "default"; else exactly one of them occurs in it as a word. Nullopt when the
// answer names none or several.
std::optional<QString> parseClassifierAnswer(const QString& answer, const QStringList& categories);
