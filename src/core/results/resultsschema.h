// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

// The tables of a results database and the steps that bring an older one up to date. A step is
// never edited once released: a later version appends a step (ALTER TABLE ... ADD COLUMN ...).
class ResultsSchema
{
    Q_DECLARE_TR_FUNCTIONS(ResultsSchema)
public:
    static int latestVersion();

    // Creates the tables in an empty database or applies the missing steps, all in one transaction
    // so that a failed upgrade leaves the database as it was. Refuses a database of another application or of a newer
    // Signalbox. On failure returns false and sets *error to a translated message with SQLite's text.
    static bool migrate(const QSqlDatabase& db, QString* error);

    // The version recorded in db; 0 for an empty database; -1 with *error set when it cannot be
    // read or the database is not a Signalbox one.
    static int storedVersion(const QSqlDatabase& db, QString* error);
};
