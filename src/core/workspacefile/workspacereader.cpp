// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacereader.h"

#include "workspaceparser.h"

#include <QCoreApplication>
#include <QFile>

WorkspaceLoad readWorkspaceFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString message = QCoreApplication::translate("WorkspaceReader", "cannot open the workspace file: %1")
                                    .arg(file.errorString());
        return WorkspaceLoad { {}, { FileError { path, 0, 0, message } } };
    }
    return parseWorkspace(file.readAll(), path);
}

WorkspaceLoad parseWorkspace(const QByteArray& text, const QString& path)
{
    return WorkspaceParser(path).parse(text);
}
