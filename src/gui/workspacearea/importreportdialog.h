// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacefile/fileerror.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportReportDialog;
}

// What an import of test cases did: how many cases it added, and each row it could not take, with
// file, line and reason, so that the user can fix the file and import the rest.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReportDialog(QWidget* parent = nullptr);
    ~ImportReportDialog() override;

    void setReport(const QString& summary, const FileErrors& errors);
    QString summary() const;
    int errorCount() const;

private:
    std::unique_ptr<Ui::ImportReportDialog> ui;
};
