// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QString>

// Measures on plain text. Distances count Unicode code points, so "é" or an emoji is one
// character whichever way UTF-16 stores it.

int levenshteinDistance(const QString& a, const QString& b);
// 1 - distance / length of the longer text; 1 for two empty texts.
double levenshteinSimilarity(const QString& a, const QString& b);

// For normalized-equals: Unicode compatibility forms (NFKC), case folded, punctuation removed, runs
// of white space made one space, ends trimmed. "Hello,  World!" and "hello world" both give
// "hello world". Symbols such as $ or % are kept: they change meaning.
QString normalizedForComparison(const QString& text);

// The first number in a text: an optional sign, digits with optional thousands separators
// ("1,234.5"), a decimal part and an exponent. "Total: -3.5 EUR" gives -3.5; "about 1,200" 1200.
std::optional<double> firstNumber(const QString& text);

// Words separated by white space, as promptfoo counts them.
int wordCount(const QString& text);
