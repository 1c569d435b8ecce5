// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportdialog.h"
#include "ui_importreportdialog.h"

#include <QFileInfo>

ImportReportDialog::ImportReportDialog(QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ImportReportDialog>())
{
    ui->setupUi(this);
}

ImportReportDialog::~ImportReportDialog() = default;

void ImportReportDialog::setReport(const QString& summary, const FileErrors& errors)
{
    ui->summaryLabel->setText(summary);
    ui->errorsView->clear();
    for (const FileError& error : errors) {
        auto* item = new QTreeWidgetItem(ui->errorsView);
        item->setText(0, QFileInfo(error.file).fileName());
        item->setToolTip(0, error.file);
        item->setText(1, error.line > 0 ? QString::number(error.line) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, error.message);
        item->setToolTip(2, error.toString());
    }
    ui->errorsView->setVisible(!errors.isEmpty());
    ui->errorsView->resizeColumnToContents(0);
    ui->errorsView->resizeColumnToContents(1);
}

QString ImportReportDialog::summary() const
{
    return ui->summaryLabel->text();
}

int ImportReportDialog::errorCount() const
{
    return ui->errorsView->topLevelItemCount();
}
