// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/provider.h"

#include <QHash>
#include <QObject>

class KeyStore;

// Whether the providers of a real run have their API keys where the workspace says: an
// environment variable that is set, or a keyring entry that answers. Keyring entries are asked
// once each (the answer is remembered until refresh()); the keys themselves are never kept.
class ProviderKeyStatus : public QObject
{
    Q_OBJECT
public:
    enum class State { NotNeeded, Available, Missing, Checking };

    explicit ProviderKeyStatus(QObject* parent = nullptr);
    ~ProviderKeyStatus() override;

    // Looks at these providers' keys; keyring answers arrive later with changed().
    void check(const QList<Provider>& providers);
    void refresh(); // forgets the keyring answers and asks again

    State state(const QString& providerName) const;
    QString description(const QString& providerName) const; // "$OPENAI_API_KEY is set", translated
    QStringList providers() const { return m_order; }

Q_SIGNALS:
    void changed();

private:
    struct Entry {
        KeyReference key;
        State state = State::Checking;
        QString detail;
    };

    void checkOne(const Provider& provider);
    void onResolved(const QString& providerName, const QString& key);
    void onFailed(const QString& providerName, const QString& message);

    KeyStore* m_keyStore;
    QList<Provider> m_providers;
    QStringList m_order;
    QHash<QString, Entry> m_entries;
};
