// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimport.h"

#include "boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

CaseFileFormat caseFileFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return CaseFileFormat::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return CaseFileFormat::Jsonl;
    return CaseFileFormat::Unknown;
}

QString resolveCasesPath(const QString& casesPath, const QString& workspacePath)
{
    if (QDir::isAbsolutePath(casesPath))
        return QDir::cleanPath(casesPath);
    return QDir::cleanPath(QFileInfo(workspacePath).path() + u'/' + casesPath);
}

CaseImport importCasesFile(const QString& path, const Category& category)
{
    const CaseFileFormat format = caseFileFormat(path);
    if (format == CaseFileFormat::Unknown) {
        const QString message = QCoreApplication::translate(
            "CaseImport", "cannot read cases from this file: expected a .csv or .jsonl file");
        return CaseImport { {}, { FileError { path, 0, 0, message } } };
    }
    const BoundedRead read = readBoundedFile(path, maxCaseFileBytes);
    if (!read.problem.isEmpty()) {
        const QString message
            = QCoreApplication::translate("CaseImport", "cannot read the cases file: it %1").arg(read.problem);
        return CaseImport { {}, { FileError { path, 0, 0, message } } };
    }
    const QByteArray& text = read.text;
    return format == CaseFileFormat::Csv ? parseCsvCases(text, path, category) : parseJsonlCases(text, path, category);
}

QByteArray casesToFile(const QList<TestCase>& cases, const QString& path)
{
    switch (caseFileFormat(path)) {
    case CaseFileFormat::Csv:
        return casesToCsv(cases);
    case CaseFileFormat::Jsonl:
        return casesToJsonl(cases);
    case CaseFileFormat::Unknown:
        break;
    }
    return {};
}
