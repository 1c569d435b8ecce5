// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/testcase.h"

#include <optional>

// Reading a scorer's value, whatever shape the file gave it: text, a number, a list of texts
// (a YAML sequence) or a mapping (JSONL cases may carry one).

// Fills {{expected}}, {{input}} (the case's prompt, or its last user message) and {{name}} from the
// case's vars; spaces inside the braces are allowed. Unknown names stay as written.
QString fillPlaceholders(const QString& text, const TestCase& testCase);
bool hasPlaceholder(const QString& text);

// The value a scorer works with: the spec's own with placeholders filled, else the case's
// expected output when defaultsToExpected, else an invalid QVariant.
QVariant resolvedValue(const ScorerSpec& spec, const TestCase& testCase, bool defaultsToExpected);

bool hasValue(const QVariant& value);
bool isListValue(const QVariant& value);
bool isMapValue(const QVariant& value);
QString describeValue(const QVariant& value); // "a list", "a mapping", "'text'" (translated)

// A list's items; a text is split at commas as promptfoo does ("a, b" gives a and b; a double-
// quoted item may hold commas).
QStringList valueItems(const QVariant& value);
QStringList splitCommaSeparated(const QString& text);

// A number, or a text that is exactly one ("42", " 0.5 ").
std::optional<double> valueNumber(const QVariant& value);

// Text for messages: line breaks shown as \n, shortened to maxLength characters with an ellipsis.
QString elided(const QString& text, int maxLength = 80);
// The same in single quotes.
QString quoted(const QString& text, int maxLength = 80);
