// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// What Qt's JSON parser lets pass or words badly in one line of a JSONL file: a line that is not
// an object ("expected a JSON object, found a number"), nesting too deep to be a test case, a key
// given twice in one object (the parser keeps the last one silently), and a \ud800 escape without
// its pair, which is no character at all.
struct JsonLineProblem {
    qsizetype offset = 0; // byte offset in the line
    QString message;
};

constexpr int maxJsonNesting = 64;

std::optional<JsonLineProblem> scanJsonLine(QByteArrayView line);
