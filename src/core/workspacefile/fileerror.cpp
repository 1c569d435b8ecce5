// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileerror.h"

#include <QCoreApplication>

QString FileError::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (line > 0 && column > 0)
        where += u':' + QString::number(column);
    return where + u": " + message;
}

QString formatErrors(const FileErrors& errors, int maxShown)
{
    QStringList lines;
    for (int i = 0; i < errors.size() && i < maxShown; ++i)
        lines.append(errors.at(i).toString());
    if (errors.size() > maxShown)
        lines.append(QCoreApplication::translate("FileError", "... and %n more", nullptr, int(errors.size() - maxShown)));
    return lines.join(u'\n');
}
