// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

enum class ProviderKind { OpenAiCompatible, Anthropic, Gemini, Ollama };

QString providerKindKey(ProviderKind kind); // "openai-compatible", "anthropic", "gemini", "ollama"
std::optional<ProviderKind> providerKindFromKey(const QString& key);
QStringList providerKindKeys();
QString providerKindDisplayName(ProviderKind kind);
QString defaultBaseUrl(ProviderKind kind);

// Names where an API key is kept; never the key itself.
struct KeyReference {
    enum class Store { None, Environment, Keyring };
    Store store = Store::None;
    QString name; // environment variable, or keyring entry

    bool isEmpty() const { return store == Store::None || name.isEmpty(); }
    QString toDisplayString() const; // "$OPENAI_API_KEY", "keyring: openai", "none"
    friend bool operator==(const KeyReference&, const KeyReference&) = default;
};

struct Provider {
    QString name; // unique in the workspace; models refer to it
    ProviderKind kind = ProviderKind::OpenAiCompatible;
    QString baseUrl;
    KeyReference key;
    int concurrency = 4; // requests in flight at once
    int requestsPerMinute = 0; // 0: no limit
    int timeoutSeconds = 60;
    QMap<QString, QString> headers; // extra request headers (never a secret)
    // Whether the server has its kind's batch API; absent: judged by the host (see supportsBatches).
    std::optional<bool> batchApi;

    friend bool operator==(const Provider&, const Provider&) = default;
};

// Where a provider's calls go: its base URL, else its kind's default, without a trailing slash.
QString callBaseUrl(const Provider& provider);

Q_DECLARE_METATYPE(Provider)
