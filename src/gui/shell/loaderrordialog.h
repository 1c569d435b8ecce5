// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacefile/fileerror.h"

#include <memory>
#include <QDialog>

namespace Ui {
class LoadErrorDialog;
}

// Lists the located errors that stopped a workspace from loading, one "file:line:column: message"
// per line, selectable and copyable, so the user can go and fix the file.
class LoadErrorDialog : public QDialog
{
    Q_OBJECT
public:
    LoadErrorDialog(const QString& path, const FileErrors& errors, QWidget* parent = nullptr);
    ~LoadErrorDialog() override;

    QString summary() const;
    QString errorText() const;

private:
    void copyErrors();

    std::unique_ptr<Ui::LoadErrorDialog> ui;
};
