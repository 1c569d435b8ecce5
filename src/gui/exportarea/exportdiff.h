// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How the export the area shows compares with the file last exported in the same format: the
// answer behind its "Diff against last export" tab.
struct ExportDiff {
    Q_DECLARE_TR_FUNCTIONS(ExportDiff)
public:
    enum class State { NoEarlierExport, Missing, Unreadable, Unchanged, Changed };

    State state = State::NoEarlierExport;
    QString path; // the last export's file
    QDateTime exportedAt;
    QString error; // Unreadable: why
    QString unified; // Changed: a unified diff from the file to the current export
    int added = 0; // lines
    int removed = 0;

    QString headline() const; // one translated sentence
};

// Reads the file at path (empty: there was no export) and compares it with current, the export
// made now with the same header facts as that file (see ExportArea).
ExportDiff diffAgainstLastExport(const QString& path, const QDateTime& exportedAt, const QString& current);
