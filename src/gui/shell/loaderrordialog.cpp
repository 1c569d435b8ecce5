// SPDX-License-Identifier: GPL-3.0-or-later
#include "loaderrordialog.h"

#include "ui_loaderrordialog.h"

#include <algorithm>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>
#include <QStyle>
#include <tuple>

namespace {
constexpr int maxErrorsShown = 200;

// In file order, so that the user can work down the file.
FileErrors sorted(FileErrors errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const FileError& a, const FileError& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return errors;
}
} // namespace

LoadErrorDialog::LoadErrorDialog(const QString& path, const FileErrors& errors, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::LoadErrorDialog>())
{
    ui->setupUi(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    ui->summaryLabel->setText(tr("“%1” could not be opened: %n problem(s) found. Fix the file and open it again; "
                                 "the workspace you had open is unchanged.",
                                 nullptr, int(errors.size()))
                                  .arg(QFileInfo(path).fileName()));
    ui->errorsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui->errorsView->setPlainText(formatErrors(sorted(errors), maxErrorsShown));

    QPushButton* copy = ui->buttonBox->addButton(tr("&Copy Errors"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &LoadErrorDialog::copyErrors);
}

LoadErrorDialog::~LoadErrorDialog() = default;

QString LoadErrorDialog::summary() const
{
    return ui->summaryLabel->text();
}

QString LoadErrorDialog::errorText() const
{
    return ui->errorsView->toPlainText();
}

void LoadErrorDialog::copyErrors()
{
    QGuiApplication::clipboard()->setText(errorText());
}
