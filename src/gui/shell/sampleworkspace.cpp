// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleworkspace.h"

#include "fileio/atomicwrite.h"

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
        // Written anew (not copied), so the file can be saved by the user although resources are
        // read-only, and through the checked writer, so that a full disk leaves no half sample behind.
        QFile file(from);
        if (!file.open(QIODevice::ReadOnly))
            return SampleWorkspace::tr("Could not read the sample file %1: %2").arg(from, file.errorString());
        QString error;
        if (!writeFileAtomically(to, file.readAll(), &error))
            return SampleWorkspace::tr("Could not copy the sample: %1").arg(error);
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
    // Not AppDataLocation: it adds the organisation and then the application, and both are
    // "signalbox", which gave ~/.local/share/signalbox/signalbox/.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
        + QCoreApplication::applicationName() + QStringLiteral("/samples/support-desk");
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
