// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The bundled commented sample (resources/samples/support-desk) and its case files copied into
// folder, writable; returns the workspace file's path, or an empty string if a copy failed.
QString copySample(const QString& folder);

QByteArray readFile(const QString& path);
