// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A problem found in a file, located so the user can go and fix it.
struct FileError {
    QString file;
    int line = 0; // 1-based; 0: the whole file
    int column = 0; // 1-based; 0: the whole line
    QString message; // what was found and what was expected, translated

    QString toString() const; // "file:line:column: message", the form compilers use
    friend bool operator==(const FileError&, const FileError&) = default;
};

using FileErrors = QList<FileError>;

// The errors without repeats (the same message at the same place, as an alias used many times
// gives), in their order.
FileErrors withoutRepeats(const FileErrors& errors);

// At most maxShown errors, one a line, and how many more there are: a screenful.
constexpr int screenfulOfErrors = 20;
QString formatErrors(const FileErrors& errors, int maxShown = screenfulOfErrors);

Q_DECLARE_METATYPE(FileError)
