// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelspec.h"
#include "domain/provider.h"
#include "workspacefile/fileerror.h"

#include <optional>
#include <QList>
#include <QString>

// A host that serves models: enough to add it to a workspace as a Provider.
struct CatalogueProvider {
    QString name; // "openai", "groq", ...; the name a new workspace provider gets
    QString displayName;
    ProviderKind kind = ProviderKind::OpenAiCompatible;
    QString baseUrl;
    QString apiKeyEnv; // the variable people usually keep its key in; empty: no key needed
    QString source; // the page the prices were read from

    Provider toProvider() const;
    friend bool operator==(const CatalogueProvider&, const CatalogueProvider&) = default;
};

// One model at one host, with its list price.
struct CatalogueEntry {
    QString provider; // a CatalogueProvider's name
    ProviderKind kind = ProviderKind::OpenAiCompatible; // its provider's kind
    QString model; // the host's model id, as sent on the wire
    QString displayName;
    Price price;
    int contextWindow = 0;
    QString note; // preview, deprecation, pricing tiers...

    friend bool operator==(const CatalogueEntry&, const CatalogueEntry&) = default;
};

struct CatalogueLoad;

// List prices of current models, to seed a workspace's models; users override them per workspace.
class PriceCatalogue
{
public:
    // The catalogue built into Signalbox (":/catalogue/prices.yaml"); parsed once.
    static const PriceCatalogue& bundled();

    QString checked() const { return m_checked; } // the date the prices were read, "YYYY-MM-DD"
    const QList<CatalogueProvider>& providers() const { return m_providers; }
    const QList<CatalogueEntry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    std::optional<CatalogueProvider> provider(const QString& name) const;
    QList<CatalogueEntry> entriesOf(const QString& providerName) const;

    // The entry for a model id at a provider of this kind. Dated snapshots ("gpt-4o-mini-2024-07-18",
    // "claude-haiku-4-5-20251001") and Gemini's "models/" prefix find their alias. OpenAI-compatible
    // hosts share model ids, so for them a base URL must name the same host as the entry's provider.
    std::optional<CatalogueEntry> find(ProviderKind kind, const QString& model, const QString& baseUrl = {}) const;
    std::optional<CatalogueEntry> find(const Provider& provider, const QString& model) const;

private:
    friend CatalogueLoad parsePriceCatalogue(const QByteArray& text, const QString& fileName);

    QString m_checked;
    QList<CatalogueProvider> m_providers;
    QList<CatalogueEntry> m_entries;
};

// What reading a catalogue gave: the catalogue, or the located errors that stopped it.
struct CatalogueLoad {
    PriceCatalogue catalogue;
    FileErrors errors;
    bool ok() const { return errors.isEmpty(); }
};

CatalogueLoad parsePriceCatalogue(const QByteArray& text, const QString& fileName);
CatalogueLoad readPriceCatalogue(const QString& path); // a file path or a ":/" resource

// A workspace model seeded from an entry. The id defaults to the entry's model id.
ModelSpec modelSpecFromEntry(const CatalogueEntry& entry, const QString& providerName, const QString& id = {});
