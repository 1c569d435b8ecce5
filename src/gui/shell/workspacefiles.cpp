// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefiles.h"

#include "document/workspacedocument.h"
#include "sampleworkspace.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

WorkspaceFiles::WorkspaceFiles(WorkspaceDocument* document, Settings* settings, std::unique_ptr<FilePrompts> prompts,
                               QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_settings(settings)
    , m_prompts(std::move(prompts))
{
}

WorkspaceFiles::~WorkspaceFiles() = default;

void WorkspaceFiles::setPrompts(std::unique_ptr<FilePrompts> prompts)
{
    m_prompts = std::move(prompts);
}

bool WorkspaceFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askSaveChanges(m_document->displayName())) {
    case FilePrompts::Answer::Save:
        return save();
    case FilePrompts::Answer::Discard:
        return true;
    case FilePrompts::Answer::Cancel:
        break;
    }
    return false;
}

bool WorkspaceFiles::newWorkspace()
{
    if (!maybeSave())
        return false;
    Workspace workspace;
    workspace.name = tr("New workspace");
    m_document->reset(workspace);
    Q_EMIT statusMessage(tr("New workspace"));
    return true;
}

bool WorkspaceFiles::open()
{
    if (!maybeSave())
        return false;
    const QString path = m_prompts->askOpenPath(openDirectory());
    return !path.isEmpty() && load(path);
}

bool WorkspaceFiles::openFile(const QString& path)
{
    return maybeSave() && load(path);
}

bool WorkspaceFiles::openSample()
{
    return maybeSave() && loadSample();
}

bool WorkspaceFiles::loadSample()
{
    const SampleInstall sample = installSample();
    if (!sample.ok()) {
        m_prompts->showError(tr("Could Not Open the Sample"), sample.error);
        return false;
    }
    return load(sample.workspacePath);
}

bool WorkspaceFiles::load(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        m_settings->removeRecentFile(path);
        m_prompts->showError(tr("Could Not Open Workspace"),
                             tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const WorkspaceLoad result = m_document->load(path);
    if (!result.ok()) {
        m_prompts->showLoadErrors(path, result.errors);
        return false;
    }
    m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastWorkspace(m_document->filePath());
    Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool WorkspaceFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool WorkspaceFiles::saveAs()
{
    const QString path = m_prompts->askSavePath(suggestedSavePath());
    return !path.isEmpty() && saveTo(withWorkspaceSuffix(path));
}

bool WorkspaceFiles::saveTo(const QString& path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        // The error names the file and the cause; the old files are as they were.
        m_prompts->showError(tr("Could Not Save Workspace"),
                             tr("The workspace was not saved: %1.\n\nThe files on disk are as they were, and your "
                                "changes are still open here.")
                                 .arg(error));
        return false;
    }
    m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastWorkspace(m_document->filePath());
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

QString WorkspaceFiles::withWorkspaceSuffix(const QString& path)
{
    for (QStringView suffix : { QStringView(u".yaml"), QStringView(u".yml") }) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return path;
    }
    return path + QStringLiteral(".signalbox.yaml");
}

QString WorkspaceFiles::suggestedSavePath() const
{
    if (!m_document->filePath().isEmpty())
        return m_document->filePath();
    QString name = m_document->workspace().name.trimmed().toLower();
    name.replace(u' ', u'-');
    name.remove(u'/');
    if (name.isEmpty())
        name = tr("workspace");
    return QDir(openDirectory()).filePath(name + QStringLiteral(".signalbox.yaml"));
}

QString WorkspaceFiles::openDirectory() const
{
    const QStringList recent = m_settings->recentFiles();
    if (!recent.isEmpty())
        return QFileInfo(recent.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
