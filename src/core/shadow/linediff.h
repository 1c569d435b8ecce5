// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worddiff.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One line of a line difference: in both texts, only before, or only after.
struct LineDiffEntry {
    DiffSpan::Kind kind = DiffSpan::Same; // Removed: only before; Added: only after
    int beforeLine = -1; // 0-based; -1 for an added line
    int afterLine = -1; // 0-based; -1 for a removed line
    QString text; // without its line break

    friend bool operator==(const LineDiffEntry&, const LineDiffEntry&) = default;
};

struct LineDiff {
    QList<LineDiffEntry> lines; // every line of both texts, in order, removals before additions
    int added = 0;
    int removed = 0;

    bool identical() const { return added == 0 && removed == 0; }
};

// Line by line; a text's final line break does not make an extra empty line.
LineDiff diffLines(const QString& before, const QString& after);
// The difference in unified format ("--- before", "+++ after", "@@ -1,3 +1,4 @@" hunks with
// three lines of context), as diff -u writes it; empty when the texts are the same.
QString unifiedDiff(const QString& before, const QString& after, const QString& beforeName = QStringLiteral("before"),
                    const QString& afterName = QStringLiteral("after"));

Q_DECLARE_METATYPE(LineDiff)
