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

// The candidate closest to word (ignoring case, '-' and '_'), if it is close enough to be a likely
// typo; otherwise an empty string.
QString closestMatch(const QString& word, const QStringList& candidates);

// " (did you mean 'x'?)" for a likely typo, else empty.
QString didYouMean(const QString& word, const QStringList& candidates);

// "a, b or c", each quoted.
QString quotedList(const QStringList& items);

// The text shortened for a message, quoted: 'high'.
QString quoted(const QString& text);
