// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileerror.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <QStringList>

// A place in a text file, both 1-based; the column counts characters, not bytes.
struct TextPosition {
    int line = 1;
    int column = 1;
};

TextPosition positionOfByte(const QByteArray& text, qsizetype offset);

// Where the first byte that is not valid UTF-8 sits, if any.
std::optional<qsizetype> firstInvalidUtf8Byte(const QByteArray& text);

// The located error for text that is not UTF-8, if it is not.
std::optional<FileError> utf8Error(const QByteArray& text, const QString& file);

// The located error for a NUL byte, or for a control character YAML does not allow unescaped
// (allowControls false: all of C0 but tab, line feed and carriage return, and DEL), if any.
std::optional<FileError> controlByteError(const QByteArray& text, const QString& file, bool allowControls);

// CR LF and lone CR made LF: YAML 1.2 reads all three as one line break, and so line numbers and
// columns stay those of the original.
QByteArray normalisedLineBreaks(const QByteArray& text);

// The index of the first control character (C0, DEL, C1, line and paragraph separators, bidi
// overrides) in text, or -1. Names and ids must hold none: they are shown in terminals and tables.
qsizetype controlCharacterIndex(const QString& text);
QString controlCharacterName(QChar c); // "U+0007"

// "a space", "the control character U+000A", "'é' (U+00E9)": for messages about one character.
QString describeCharacter(QChar c);

// The text with control characters written as escapes (\n, \x1b, \u202e), safe to print.
QString escapedControls(const QString& text);

// The candidate closest to word (ignoring case, '-' and '_'), if it is close enough to be a likely
// typo; otherwise an empty string.
QString closestMatch(const QString& word, const QStringList& candidates);

// " (did you mean 'x'?)" for a likely typo, else empty.
QString didYouMean(const QString& word, const QStringList& candidates);

// "a, b or c", each quoted.
QString quotedList(const QStringList& items);

// The text shortened for a message, quoted: 'high'.
QString quoted(const QString& text);
