// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Compares output with a golden file. On a mismatch it writes the output to "<golden>.actual"
// beside the golden file and returns a line diff (golden "-", actual "+") for the failure message;
// an empty string means they match. With SIGNALBOX_UPDATE_GOLDEN=1 in the environment it
// rewrites the golden file instead.
QString goldenMismatch(const QByteArray& actual, const QString& goldenPath);

// A diff of two texts by lines, with two lines of context around each change.
QString lineDiff(const QByteArray& expected, const QByteArray& actual);

// Only the lines that differ, in order: "-" and the line for one of before, "+" for one of after.
QStringList changedLines(const QByteArray& before, const QByteArray& after);
