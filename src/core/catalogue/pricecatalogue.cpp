// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricecatalogue.h"

#include <QDebug>
#include <QRegularExpression>
#include <QUrl>

namespace {

// "gpt-4o-mini-2024-07-18" -> "gpt-4o-mini", "claude-haiku-4-5-20251001" -> "claude-haiku-4-5",
// "models/gemini-2.5-flash" -> "gemini-2.5-flash".
QString aliasOf(const QString& model)
{
    static const QRegularExpression datedSuffix(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8})$"));
    QString alias = model.trimmed();
    if (alias.startsWith(QLatin1String("models/")))
        alias = alias.mid(7);
    return alias.remove(datedSuffix);
}

bool sameHost(const QString& left, const QString& right)
{
    const QUrl a(left);
    const QUrl b(right);
    return !a.host().isEmpty() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

} // namespace

Provider CatalogueProvider::toProvider() const
{
    Provider provider;
    provider.name = name;
    provider.kind = kind;
    provider.baseUrl = baseUrl;
    if (!apiKeyEnv.isEmpty())
        provider.key = KeyReference { KeyReference::Store::Environment, apiKeyEnv };
    return provider;
}

const PriceCatalogue& PriceCatalogue::bundled()
{
    static const PriceCatalogue catalogue = [] {
        const CatalogueLoad load = readPriceCatalogue(QStringLiteral(":/catalogue/prices.yaml"));
        if (!load.ok())
            qWarning().noquote() << "The bundled price catalogue does not load:\n" << formatErrors(load.errors);
        return load.catalogue;
    }();
    return catalogue;
}

std::optional<CatalogueProvider> PriceCatalogue::provider(const QString& name) const
{
    for (const auto& provider : m_providers) {
        if (provider.name == name)
            return provider;
    }
    return std::nullopt;
}

QList<CatalogueEntry> PriceCatalogue::entriesOf(const QString& providerName) const
{
    QList<CatalogueEntry> result;
    for (const auto& entry : m_entries) {
        if (entry.provider == providerName)
            result.append(entry);
    }
    return result;
}

std::optional<CatalogueEntry> PriceCatalogue::find(ProviderKind kind, const QString& model,
                                                   const QString& baseUrl) const
{
    const auto hostMatches = [&](const CatalogueEntry& entry) {
        if (kind != ProviderKind::OpenAiCompatible)
            return true;
        const auto host = provider(entry.provider);
        return baseUrl.isEmpty() || (host && sameHost(host->baseUrl, baseUrl));
    };
    for (const QString& wanted : { model.trimmed(), aliasOf(model) }) {
        for (const auto& entry : m_entries) {
            if (entry.kind == kind && entry.model == wanted && hostMatches(entry))
                return entry;
        }
    }
    return std::nullopt;
}

std::optional<CatalogueEntry> PriceCatalogue::find(const Provider& provider, const QString& model) const
{
    return find(provider.kind, model, provider.baseUrl);
}

ModelSpec modelSpecFromEntry(const CatalogueEntry& entry, const QString& providerName, const QString& id)
{
    ModelSpec spec;
    spec.id = id.isEmpty() ? entry.model : id;
    spec.provider = providerName;
    spec.model = entry.model;
    spec.displayName = entry.displayName;
    spec.price = entry.price;
    spec.contextWindow = entry.contextWindow;
    return spec;
}
