// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"

#include <QWidget>

#include <functional>
#include <memory>

class ItemTracker;
class KeyValueModel;

namespace Ui {
class ProviderForm;
}

// Edits one provider: kind and address, where its API key is found (never the key itself), limits
// and extra headers. Every change is an undoable step; a rename also updates the models using it.
// "Store key in keyring..." puts a key in the system keyring and points the provider at the entry.
class ProviderForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderForm(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~ProviderForm() override;

    void setProvider(int row); // -1: none
    int provider() const;
    void focusFirstField(); // the name, selected

    // The notice for headers that look like they carry a secret; empty when none does.
    static QString secretHeaderWarning(const QMap<QString, QString>& headers);

private:
    enum Field { Unmerged = -1, BaseUrlField, KeyNameField, ConcurrencyField, RpmField, TimeoutField, HeadersField };

    void connectFields();
    void refresh();
    void refreshKeyStatus(const KeyReference& key);
    void commit(Field field, const std::function<void(Provider&)>& change);
    void commitName();
    void commitKind();
    void commitKeyStore();
    void storeKey();

    std::unique_ptr<Ui::ProviderForm> ui;
    WorkspaceDocument* m_document;
    ItemTracker* m_tracker;
    KeyValueModel* m_headers;
};
