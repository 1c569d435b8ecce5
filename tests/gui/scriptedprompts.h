// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/fileprompts.h"

#include <QStringList>

// Answers the file commands' questions from a script and records what was asked and shown.
class ScriptedPrompts : public FilePrompts
{
public:
    Answer answer = Answer::Cancel;
    QString openPath;
    QString savePath;

    int saveChangesAsked = 0;
    QString askedAbout;
    QString openDirectory;
    QString suggestedSavePath;
    FileErrors loadErrors;
    QString loadErrorPath;
    QStringList errors;

    Answer askSaveChanges(const QString& documentName) override
    {
        ++saveChangesAsked;
        askedAbout = documentName;
        return answer;
    }
    QString askOpenPath(const QString& directory) override
    {
        openDirectory = directory;
        return openPath;
    }
    QString askSavePath(const QString& suggested) override
    {
        suggestedSavePath = suggested;
        return savePath;
    }
    void showLoadErrors(const QString& path, const FileErrors& errs) override
    {
        loadErrorPath = path;
        loadErrors = errs;
    }
    void showError(const QString& title, const QString& message) override { errors.append(title + u": " + message); }
};
