// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace {
struct SampleWorkspace {
    Q_DECLARE_TR_FUNCTIONS(SampleWorkspace)
};

// Copies what is missing; returns an error message or nothing.
QString copyMissing(const QString& sourceDir, const QString& targetDir)
{
    const QDir source(sourceDir);
    QDirIterator it(sourceDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = targetDir + u'/' + source.relativeFilePath(from);
        if (QFile::exists(to))
            continue;
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return SampleWorkspace::tr("Could not create the folder %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(to).absolutePath()));
        QFile file(from);
        if (!file.copy(to))
            return SampleWorkspace::tr("Could not copy the sample file to %1: %2")
                .arg(QDir::toNativeSeparators(to), file.errorString());
        // Resources are read-only and copies keep that; the user must be able to save the sample.
        QFile::setPermissions(to, QFile::permissions(to) | QFile::WriteOwner | QFile::ReadOwner);
    }
    return {};
}
} // namespace

QString bundledSampleDirectory()
{
    return QStringLiteral(":/samples/support-desk");
}

QString installedSampleDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/samples/support-desk");
}

SampleInstall installSample(const QString& sourceDir, const QString& targetDir)
{
    const QStringList workspaces = QDir(sourceDir).entryList({ QStringLiteral("*.signalbox.yaml") }, QDir::Files);
    if (workspaces.isEmpty())
        return { {}, SampleWorkspace::tr("This build of Signalbox does not include the sample workspace.") };
    const QString error = copyMissing(sourceDir, targetDir);
    if (!error.isEmpty())
        return { {}, error };
    return { QDir(targetDir).absoluteFilePath(workspaces.constFirst()), {} };
}
