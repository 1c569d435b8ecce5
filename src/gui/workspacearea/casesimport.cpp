// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesimport.h"

#include "document/documentedits.h"
#include "workspacefile/caseimport.h"

#include <QFileInfo>

namespace {
// Gives the case an id that is free in target (which collects the imported cases as it goes).
void placeCase(TestCase testCase, Category& target, const QString& file, CasesImport& result)
{
    const QString original = testCase.id.trimmed();
    if (original.isEmpty())
        testCase.id = DocumentEdits::nextCaseId(target);
    else
        testCase.id = DocumentEdits::uniqueName(original, DocumentEdits::caseIds(target));
    if (testCase.id != original) {
        const QString message = original.isEmpty()
            ? CasesImport::tr("A case without an id was imported as \"%1\".").arg(testCase.id)
            : CasesImport::tr("The id \"%1\" is taken in this category; the case was imported as \"%2\".").arg(original, testCase.id);
        result.renamed.append({ file, 0, 0, message });
    }
    target.cases.append(testCase);
    result.cases.append(testCase);
}
}

QString CasesImport::summary(const QString& categoryName) const
{
    QStringList parts;
    parts.append(tr("Imported %n test case(s) into %1 from %2.", nullptr, int(cases.size()))
            .arg(categoryName, files.join(QLatin1String(", "))));
    if (!skipped.isEmpty())
        parts.append(tr("%n row(s) could not be read and were left out.", nullptr, int(skipped.size())));
    if (!renamed.isEmpty())
        parts.append(tr("%n case(s) got a new id.", nullptr, int(renamed.size())));
    if (!cases.isEmpty())
        parts.append(tr("Edit > Undo removes the imported cases again."));
    return parts.join(u' ');
}

CasesImport importCasesInto(const Category& category, const QStringList& paths)
{
    CasesImport result;
    Category target = category;
    for (const QString& path : paths) {
        result.files.append(QFileInfo(path).fileName());
        const CaseImport read = importCasesFile(path);
        result.skipped.append(read.errors);
        for (const TestCase& testCase : read.cases)
            placeCase(testCase, target, path, result);
    }
    return result;
}

bool isCasesFile(const QString& path)
{
    return caseFileFormat(path) != CaseFileFormat::Unknown;
}
