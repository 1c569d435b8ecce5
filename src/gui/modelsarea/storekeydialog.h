// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class KeyStore;

namespace Ui {
class StoreKeyDialog;
}

// Asks for an API key in a password field and stores it in the system keyring. The key stays in
// the field only until it is stored or the dialog closes; it is never shown, logged or returned.
class StoreKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoreKeyDialog(const QString& entry, QWidget* parent = nullptr);
    ~StoreKeyDialog() override;

    QString entry() const;
    void done(int result) override;

Q_SIGNALS:
    void stored(const QString& entry); // the keyring holds the key now

private:
    void updateButtons();
    void store();
    void onStored(const QString& entry);
    void onFailed(const QString& entry, const QString& message);
    void setBusy(bool busy);

    std::unique_ptr<Ui::StoreKeyDialog> ui;
    KeyStore* m_keyStore;
    QString m_pending;
};
