// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/provider.h"

#include <chrono>
#include <QObject>

namespace QKeychain {
class Job;
}

// Finds providers' API keys where their KeyReference says: an environment variable or an entry of
// the operating system's keyring (service "Signalbox"), and stores keys in the keyring.
// Every request answers later with exactly one signal, never from inside the call. A keyring that
// does not answer within timeout() fails with a message instead of leaving the caller waiting.
// Keys travel only through keyResolved(); they are never logged and never part of a message.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    explicit KeyStore(QObject* parent = nullptr);
    ~KeyStore() override;

    static QString serviceName(); // "Signalbox"

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    // Emits keyResolved or keyFailed for providerName. A reference to no store resolves to an
    // empty key: the provider needs none (a local Ollama, for example).
    void resolve(const QString& providerName, const KeyReference& reference);
    void resolve(const Provider& provider) { resolve(provider.name, provider.key); }

    // Keyring entries: emit keyStored / keyRemoved, or keyringFailed.
    void store(const QString& entry, const QString& key);
    void remove(const QString& entry);

Q_SIGNALS:
    void keyResolved(const QString& providerName, const QString& key);
    void keyFailed(const QString& providerName, const QString& message);
    void keyStored(const QString& entry);
    void keyRemoved(const QString& entry);
    void keyringFailed(const QString& entry, const QString& message);

private:
    void resolveFromEnvironment(const QString& providerName, const QString& variable);
    void resolveFromKeyring(const QString& providerName, const QString& entry);
    template <typename OnFinished, typename OnFailed>
    void startJob(QKeychain::Job* job, OnFinished onFinished, OnFailed onFailed);

    std::chrono::milliseconds m_timeout;
};
