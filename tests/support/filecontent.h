// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A file's bytes as they are on the disk; empty when it cannot be read.
QByteArray fileContent(const QString& path);
// Writes bytes straight to path (no temporary, no rename), to set up a file a test then replaces.
bool writeFileDirectly(const QString& path, const QByteArray& bytes);
