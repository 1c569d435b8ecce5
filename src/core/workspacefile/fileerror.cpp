// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileerror.h"

#include "textcheck.h"

#include <QCoreApplication>
#include <QSet>

QString FileError::toString() const
{
    // Names in messages come from files: a control character in one must not reach a terminal raw.
    QString where = escapedControls(file);
    if (line > 0)
        where += u':' + QString::number(line);
    if (line > 0 && column > 0)
        where += u':' + QString::number(column);
    return where + u": " + escapedControls(message);
}

FileErrors withoutRepeats(const FileErrors& errors)
{
    FileErrors result;
    QSet<QString> seen;
    for (const FileError& error : errors) {
        const QString key = error.toString();
        if (!seen.contains(key)) {
            seen.insert(key);
            result.append(error);
        }
    }
    return result;
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
