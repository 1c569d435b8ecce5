// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

#include <functional>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// An edit of a workspace, for table-driven save tests.
using WorkspaceEdit = std::function<void(Workspace&)>;
Q_DECLARE_METATYPE(WorkspaceEdit)

// The bundled commented sample (resources/samples/support-desk) and its case files copied into
// folder, writable; returns the workspace file's path, or an empty string if a copy failed.
QString copySample(const QString& folder);

// The sample copied into a temporary folder of its own, with its text as copied.
class SampleCopy
{
public:
    // Copies the sample (again); false if a copy failed.
    bool make();
    const QString& path() const { return m_path; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    const QByteArray& original() const { return m_original; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
};

// The category of that name in the sample; the test stops if there is none.
Category& sampleCategory(Workspace& workspace, const QString& name);

// Lines that hold only a comment.
int commentLines(const QByteArray& text);
