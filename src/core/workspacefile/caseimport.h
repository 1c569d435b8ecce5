// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "fileerror.h"

// Test cases read from a CSV file (header row: id, input or prompt, expected, system_prompt, tags,
// vars.<name>) or a JSONL file (one object per line, the keys of an inline case), with one error per
// bad row; good rows are kept. Each case is also checked against the scorers that apply to it, its
// own or else those of the category the file belongs to (none when it is imported on its own).
struct CaseImport {
    QList<TestCase> cases;
    FileErrors errors;
    FileErrors warnings; // what loads but cannot work as meant
};

enum class CaseFileFormat { Unknown, Csv, Jsonl };

CaseFileFormat caseFileFormat(const QString& path); // by extension: .csv, .jsonl, .ndjson

// A cases_file reference resolved against the folder of the workspace file that holds it.
QString resolveCasesPath(const QString& casesPath, const QString& workspacePath);

CaseImport importCasesFile(const QString& path, const Category& category = {});
CaseImport parseCsvCases(const QByteArray& text, const QString& fileName, const Category& category = {});
CaseImport parseJsonlCases(const QByteArray& text, const QString& fileName, const Category& category = {});

// What a CSV file cannot hold of these cases (chat messages, per-case scorers, tags with ';'),
// one message per problem; empty when casesToCsv() loses nothing.
QStringList csvLimitations(const QList<TestCase>& cases);

// Case files as Signalbox writes them. CSV columns appear only when some case uses them; an
// empty cell means "not set".
QByteArray casesToCsv(const QList<TestCase>& cases);
QByteArray casesToJsonl(const QList<TestCase>& cases);
// In the format of the path's extension; empty for an unknown extension.
QByteArray casesToFile(const QList<TestCase>& cases, const QString& path);
