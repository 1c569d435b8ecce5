// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacereader.h"

#include "boundedfile.h"
#include "workspaceparser.h"

#include <QCoreApplication>

WorkspaceLoad readWorkspaceFile(const QString& path)
{
    const BoundedRead read = readBoundedFile(path, maxWorkspaceFileBytes);
    if (!read.problem.isEmpty()) {
        const QString message
            = QCoreApplication::translate("WorkspaceReader", "cannot read the workspace file: it %1").arg(read.problem);
        return WorkspaceLoad { {}, { FileError { path, 0, 0, message } } };
    }
    return parseWorkspace(read.text, path);
}

WorkspaceLoad parseWorkspace(const QByteArray& text, const QString& path)
{
    return WorkspaceParser(path).parse(text);
}
