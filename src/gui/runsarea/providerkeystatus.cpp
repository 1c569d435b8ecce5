// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerkeystatus.h"

#include "secrets/keystore.h"

ProviderKeyStatus::ProviderKeyStatus(QObject* parent)
    : QObject(parent)
    , m_keyStore(new KeyStore(this))
{
    connect(m_keyStore, &KeyStore::keyResolved, this, &ProviderKeyStatus::onResolved);
    connect(m_keyStore, &KeyStore::keyFailed, this, &ProviderKeyStatus::onFailed);
}

ProviderKeyStatus::~ProviderKeyStatus() = default;

void ProviderKeyStatus::check(const QList<Provider>& providers)
{
    m_providers = providers;
    m_order.clear();
    for (const Provider& provider : providers) {
        m_order.append(provider.name);
        checkOne(provider);
    }
    Q_EMIT changed();
}

void ProviderKeyStatus::refresh()
{
    m_entries.clear();
    check(m_providers);
}

void ProviderKeyStatus::checkOne(const Provider& provider)
{
    const Entry known = m_entries.value(provider.name);
    if (known.key == provider.key && m_entries.contains(provider.name)
        && provider.key.store == KeyReference::Store::Keyring)
        return;
    Entry entry { provider.key, State::NotNeeded, {} };
    if (provider.key.store == KeyReference::Store::Environment) {
        entry.state = qEnvironmentVariableIsEmpty(provider.key.name.toLocal8Bit().constData()) ? State::Missing
                                                                                               : State::Available;
    } else if (!provider.key.isEmpty()) {
        entry.state = State::Checking;
        m_keyStore->resolve(provider);
    }
    m_entries.insert(provider.name, entry);
}

void ProviderKeyStatus::onResolved(const QString& providerName, const QString& key)
{
    auto it = m_entries.find(providerName);
    if (it == m_entries.end())
        return;
    it->state = key.isEmpty() ? State::Missing : State::Available;
    it->detail.clear();
    Q_EMIT changed();
}

void ProviderKeyStatus::onFailed(const QString& providerName, const QString& message)
{
    auto it = m_entries.find(providerName);
    if (it == m_entries.end())
        return;
    it->state = State::Missing;
    it->detail = message;
    Q_EMIT changed();
}

ProviderKeyStatus::State ProviderKeyStatus::state(const QString& providerName) const
{
    return m_entries.value(providerName).state;
}

QString ProviderKeyStatus::description(const QString& providerName) const
{
    const Entry entry = m_entries.value(providerName);
    const QString where = entry.key.toDisplayString();
    switch (entry.state) {
    case State::NotNeeded:
        return tr("no key needed");
    case State::Available:
        return entry.key.store == KeyReference::Store::Environment
            ? tr("%1 is set").arg(where)
            : tr("found in the keyring (%1)").arg(entry.key.name);
    case State::Missing:
        if (entry.key.store == KeyReference::Store::Environment)
            return tr("%1 is not set").arg(where);
        return entry.detail.isEmpty() ? tr("not in the keyring (%1)").arg(entry.key.name) : entry.detail;
    case State::Checking:
        return tr("asking the keyring…");
    }
    return {};
}
