// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "workspacefile/fileerror.h"

#include <QCoreApplication>

// Test cases read from CSV or JSONL files for one category, ready to append: the good rows, with
// missing or taken ids replaced by free ones, and a note for every row skipped or renamed.
struct CasesImport {
    Q_DECLARE_TR_FUNCTIONS(CasesImport)

public:
    QList<TestCase> cases;
    FileErrors skipped; // rows (or whole files) that could not be read
    FileErrors renamed; // rows whose id was missing or taken
    QStringList files;

    bool hasProblems() const { return !skipped.isEmpty() || !renamed.isEmpty(); }
    QString summary(const QString& categoryName) const; // translated, for the report
};

CasesImport importCasesInto(const Category& category, const QStringList& paths);
bool isCasesFile(const QString& path); // by extension: .csv, .jsonl, .ndjson
