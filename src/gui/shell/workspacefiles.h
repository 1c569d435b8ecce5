// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileprompts.h"

#include <memory>
#include <QObject>

class Settings;
class WorkspaceDocument;

// The File menu's logic: new, open, the sample, save, save as, recent files, and the question about
// unsaved changes before the content is replaced. Questions go through FilePrompts.
class WorkspaceFiles : public QObject
{
    Q_OBJECT
public:
    WorkspaceFiles(WorkspaceDocument* document, Settings* settings, std::unique_ptr<FilePrompts> prompts,
                   QObject* parent = nullptr);
    ~WorkspaceFiles() override;

    void setPrompts(std::unique_ptr<FilePrompts> prompts);
    FilePrompts* prompts() const { return m_prompts.get(); }

    // True when the current content may be dropped: unmodified, saved now, or the user discards it.
    bool maybeSave();

    // The commands; each asks about unsaved changes first and returns whether it went through.
    bool newWorkspace();
    bool open();
    bool openFile(const QString& path);
    bool openSample();
    bool save();
    bool saveAs();

    // Loads without asking about unsaved changes, for the start of the program. Errors are shown,
    // and the current content stays as it was.
    bool load(const QString& path);
    bool loadSample();

    // "name" -> "name.signalbox.yaml"; names that already end in .yaml or .yml are kept.
    static QString withWorkspaceSuffix(const QString& path);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    bool saveTo(const QString& path);
    QString suggestedSavePath() const;
    QString openDirectory() const;

    WorkspaceDocument* m_document;
    Settings* m_settings;
    std::unique_ptr<FilePrompts> m_prompts;
};
