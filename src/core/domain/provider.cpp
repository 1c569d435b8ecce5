// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include <QCoreApplication>

#include <array>

namespace {
struct KindName {
    ProviderKind kind;
    const char* key;
    const char* display;
    const char* baseUrl;
};

constexpr std::array<KindName, 4> kindNames = { {
    { ProviderKind::OpenAiCompatible, "openai-compatible", QT_TRANSLATE_NOOP("Provider", "OpenAI-compatible"),
        "https://api.openai.com/v1" },
    { ProviderKind::Anthropic, "anthropic", QT_TRANSLATE_NOOP("Provider", "Anthropic Messages"),
        "https://api.anthropic.com" },
    { ProviderKind::Gemini, "gemini", QT_TRANSLATE_NOOP("Provider", "Google Gemini"),
        "https://generativelanguage.googleapis.com" },
    { ProviderKind::Ollama, "ollama", QT_TRANSLATE_NOOP("Provider", "Ollama (native)"), "http://localhost:11434" },
} };

const KindName* find(ProviderKind kind)
{
    for (const auto& name : kindNames) {
        if (name.kind == kind)
            return &name;
    }
    return nullptr;
}
}

QString providerKindKey(ProviderKind kind)
{
    return QLatin1String(find(kind)->key);
}

std::optional<ProviderKind> providerKindFromKey(const QString& key)
{
    for (const auto& name : kindNames) {
        if (key == QLatin1String(name.key))
            return name.kind;
    }
    return std::nullopt;
}

QStringList providerKindKeys()
{
    QStringList keys;
    for (const auto& name : kindNames)
        keys.append(QLatin1String(name.key));
    return keys;
}

QString providerKindDisplayName(ProviderKind kind)
{
    return QCoreApplication::translate("Provider", find(kind)->display);
}

QString defaultBaseUrl(ProviderKind kind)
{
    return QLatin1String(find(kind)->baseUrl);
}

QString callBaseUrl(const Provider& provider)
{
    QString url = provider.baseUrl.trimmed();
    if (url.isEmpty())
        url = defaultBaseUrl(provider.kind);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString KeyReference::toDisplayString() const
{
    switch (store) {
    case Store::Environment:
        return u'$' + name;
    case Store::Keyring:
        return QCoreApplication::translate("Provider", "keyring: %1").arg(name);
    case Store::None:
        break;
    }
    return QCoreApplication::translate("Provider", "none");
}
