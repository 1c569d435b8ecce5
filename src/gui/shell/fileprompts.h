// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacefile/fileerror.h"

#include <QCoreApplication>

class QWidget;

// The questions and messages of the file commands. The window asks with dialogs; tests answer
// with a scripted implementation, so the logic around the questions can be tested headless.
class FilePrompts
{
public:
    enum class Answer { Save, Discard, Cancel };

    virtual ~FilePrompts() = default;
    virtual Answer askSaveChanges(const QString& documentName) = 0;
    virtual QString askOpenPath(const QString& directory) = 0; // empty: cancelled
    virtual QString askSavePath(const QString& suggestedPath) = 0; // empty: cancelled
    virtual void showLoadErrors(const QString& path, const FileErrors& errors) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;
};

class DialogPrompts : public FilePrompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompts)
public:
    explicit DialogPrompts(QWidget* parent);

    Answer askSaveChanges(const QString& documentName) override;
    QString askOpenPath(const QString& directory) override;
    QString askSavePath(const QString& suggestedPath) override;
    void showLoadErrors(const QString& path, const FileErrors& errors) override;
    void showError(const QString& title, const QString& message) override;

private:
    QWidget* m_parent;
};
