// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileprompts.h"

#include "loaderrordialog.h"

#include <QFileDialog>
#include <QMessageBox>

namespace {
QString workspaceFilter()
{
    return DialogPrompts::tr("Signalbox workspaces (*.signalbox.yaml)") + QStringLiteral(";;")
        + DialogPrompts::tr("YAML files (*.yaml *.yml)") + QStringLiteral(";;") + DialogPrompts::tr("All files (*)");
}
} // namespace

DialogPrompts::DialogPrompts(QWidget* parent)
    : m_parent(parent)
{
}

FilePrompts::Answer DialogPrompts::askSaveChanges(const QString& documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), tr("Save the changes to “%1”?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}

QString DialogPrompts::askOpenPath(const QString& directory)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Open Workspace"), directory, workspaceFilter());
}

QString DialogPrompts::askSavePath(const QString& suggestedPath)
{
    QFileDialog dialog(m_parent, tr("Save Workspace As"), suggestedPath, workspaceFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("signalbox.yaml"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void DialogPrompts::showLoadErrors(const QString& path, const FileErrors& errors)
{
    LoadErrorDialog dialog(path, errors, m_parent);
    dialog.exec();
}

void DialogPrompts::showError(const QString& title, const QString& message)
{
    QMessageBox::critical(m_parent, title, message);
}
