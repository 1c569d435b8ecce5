// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a workspace file together with the case files its categories refer to.
#include "boundedfile.h"
#include "caseimport.h"
#include "fileio/atomicwrite.h"
#include "workspacewriter.h"
#include "yamlpatch/workspacepatch.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <vector>

namespace {
class WorkspaceSave
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSave)
};

struct PendingFile {
    QString path;
    QByteArray content;
};

// A case file is rewritten only when what it holds differs, so that a file a person formatted
// by hand keeps its formatting while its cases are unchanged.
bool holdsCases(const QString& path, const QList<TestCase>& cases)
{
    if (!QFileInfo(path).isFile())
        return false;
    const CaseImport onDisk = importCasesFile(path);
    return onDisk.errors.isEmpty() && onDisk.cases == cases;
}

std::optional<QString> collectCaseFiles(const Workspace& workspace, const QString& path, QList<PendingFile>& files)
{
    for (const Category& category : workspace.categories) {
        if (category.casesSource.isEmpty())
            continue;
        const QString casesPath = resolveCasesPath(category.casesSource.path, path);
        const CaseFileFormat format = caseFileFormat(casesPath);
        if (format == CaseFileFormat::Unknown)
            return WorkspaceSave::tr("cannot save the cases of category '%1' to %2: expected a .csv or .jsonl file")
                .arg(category.name, casesPath);
        const QStringList limits = format == CaseFileFormat::Csv ? csvLimitations(category.cases) : QStringList();
        if (!limits.isEmpty())
            return WorkspaceSave::tr(
                       "cannot save the cases of category '%1' to %2: %3; keep these cases in a .jsonl file instead")
                .arg(category.name, casesPath, limits.constFirst());
        if (!holdsCases(casesPath, category.cases))
            files.append(PendingFile { casesPath, casesToFile(category.cases, casesPath) });
    }
    return std::nullopt;
}

// Writes every file to a temporary beside its target first and renames them only when all were
// written, so that a full disk or a read-only folder leaves all the old files as they were.
std::optional<QString> saveAll(const QList<PendingFile>& files)
{
    std::vector<std::unique_ptr<AtomicWrite>> writes;
    for (const PendingFile& file : files) {
        QDir().mkpath(QFileInfo(file.path).absolutePath());
        auto write = std::make_unique<AtomicWrite>(file.path);
        if (!write->stage(file.content))
            return write->errorMessage();
        writes.push_back(std::move(write));
    }
    for (const auto& write : writes) {
        if (!write->commit())
            return write->errorMessage();
    }
    return std::nullopt;
}

// The file the workspace was loaded from, patched where the workspace differs from it; written
// whole when there is none or it cannot be patched faithfully.
QByteArray workspaceText(const Workspace& workspace, const QString& originalPath)
{
    const BoundedRead original
        = originalPath.isEmpty() ? BoundedRead {} : readBoundedFile(originalPath, maxWorkspaceFileBytes);
    if (!originalPath.isEmpty() && original.problem.isEmpty()) {
        if (const std::optional<QByteArray> patched = patchedWorkspaceText(workspace, original.text, originalPath))
            return *patched;
    }
    return workspaceToYaml(workspace);
}
} // namespace

bool writeWorkspaceFile(const Workspace& workspace, const QString& path, QString* errorMessage)
{
    return writeWorkspaceFile(workspace, path, path, errorMessage);
}

bool writeWorkspaceFile(const Workspace& workspace, const QString& path, const QString& originalPath,
                        QString* errorMessage)
{
    QList<PendingFile> files;
    std::optional<QString> error = collectCaseFiles(workspace, path, files);
    if (!error) {
        files.append(PendingFile { path, workspaceText(workspace, originalPath) });
        error = saveAll(files);
    }
    if (error && errorMessage)
        *errorMessage = *error;
    return !error;
}
