// SPDX-License-Identifier: GPL-3.0-or-later
#include "storekeydialog.h"
#include "ui_storekeydialog.h"

#include "secrets/keystore.h"

#include <QPushButton>

StoreKeyDialog::StoreKeyDialog(const QString& entry, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::StoreKeyDialog>())
    , m_keyStore(new KeyStore(this))
{
    ui->setupUi(this);
    ui->entryEdit->setText(entry);
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Store"));
    connect(ui->entryEdit, &QLineEdit::textChanged, this, &StoreKeyDialog::updateButtons);
    connect(ui->keyEdit, &QLineEdit::textChanged, this, &StoreKeyDialog::updateButtons);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &StoreKeyDialog::store);
    connect(m_keyStore, &KeyStore::keyStored, this, &StoreKeyDialog::onStored);
    connect(m_keyStore, &KeyStore::keyringFailed, this, &StoreKeyDialog::onFailed);
    ui->keyEdit->setFocus();
    updateButtons();
}

StoreKeyDialog::~StoreKeyDialog() = default;

QString StoreKeyDialog::entry() const
{
    return ui->entryEdit->text().trimmed();
}

void StoreKeyDialog::done(int result)
{
    ui->keyEdit->clear(); // the key does not outlive the dialog's use of it
    QDialog::done(result);
}

void StoreKeyDialog::updateButtons()
{
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(
        m_pending.isEmpty() && !entry().isEmpty() && !ui->keyEdit->text().trimmed().isEmpty());
}

void StoreKeyDialog::store()
{
    if (!m_pending.isEmpty() || entry().isEmpty() || ui->keyEdit->text().trimmed().isEmpty())
        return;
    m_pending = entry();
    setBusy(true);
    ui->statusLabel->setText(tr("Storing the key in the keyring..."));
    m_keyStore->store(m_pending, ui->keyEdit->text().trimmed());
}

void StoreKeyDialog::onStored(const QString& storedEntry)
{
    if (storedEntry != m_pending)
        return;
    m_pending.clear();
    ui->keyEdit->clear();
    Q_EMIT stored(storedEntry);
    accept();
}

void StoreKeyDialog::onFailed(const QString& failedEntry, const QString& message)
{
    if (failedEntry != m_pending)
        return;
    m_pending.clear();
    setBusy(false);
    ui->statusLabel->setText(tr("The keyring did not take the key: %1").arg(message));
}

void StoreKeyDialog::setBusy(bool busy)
{
    ui->entryEdit->setEnabled(!busy);
    ui->keyEdit->setEnabled(!busy);
    updateButtons();
}
