// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Workspace and case files are read whole, so their size is capped: a link to /dev/zero, a FIFO
// or a log file named by mistake must give a clear message, not exhaust memory or block.
constexpr qint64 maxWorkspaceFileBytes = 32 * 1024 * 1024;
constexpr qint64 maxCaseFileBytes = 32 * 1024 * 1024;

// What stands in the way of reading path as a text file of at most maxBytes: "does not exist",
// "is a folder", "is a device, a FIFO or a socket", "is a link to X, which does not exist", "is
// 40 MB". Empty when it is a regular file within the cap.
QString fileProblem(const QString& path, qint64 maxBytes);

struct BoundedRead {
    QByteArray text;
    QString problem; // non-empty: nothing was read, and this says why
};

// The file's bytes, never more than maxBytes (a file that grows while it is read is refused).
BoundedRead readBoundedFile(const QString& path, qint64 maxBytes);
