// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routingexport.h"

#include <QCoreApplication>

// What the three export formats share: the header facts, how a chain's models resolve to
// providers, where a provider's key is found, and numbers written so that every reader parses
// them back as the same numbers.
class ExportFacts
{
public:
    ExportFacts(const Workspace& workspace, const ExportOptions& options);

    const Workspace& workspace() const { return m_workspace; }
    QDateTime generatedAt() const { return m_generatedAt; } // UTC, whole seconds
    QString runId() const { return m_runId; } // empty: no route has evidence and none was named

    // "# ..." lines, in English, saying what made the file, when, from which run and for which workspace.
    QString headerComment(const QString& title) const;

    // The chain's models that the workspace defines, with their providers, primary first.
    struct Deployment {
        const ModelSpec* model = nullptr;
        const Provider* provider = nullptr;
    };
    QList<Deployment> deployments(const QStringList& chain) const;

private:
    const Workspace& m_workspace;
    QDateTime m_generatedAt;
    QString m_runId;
};

// The name of the route for categories the map does not name: "default", unless a category
// is called that.
QString defaultRouteName(const RoutingMap& routing);

// The environment variable a gateway reads the provider's key from: the one the workspace names,
// or for a key kept in the keyring one derived from the provider's name ("my-lab" ->
// "MY_LAB_API_KEY"), which the user has to set. Empty for a provider without a key.
QString keyVariable(const Provider& provider);
inline bool keyVariableIsDerived(const Provider& provider)
{
    return provider.key.store == KeyReference::Store::Keyring;
}

// How a gateway names the provider's kind: LiteLLM's model prefix ("openai", "anthropic", "gemini",
// "ollama") or Portkey's provider ("openai", "anthropic", "google", "ollama").
QString gatewayProviderName(ProviderKind kind, ExportFormat format);

// The provider's base URL, without a trailing slash; the kind's default when it names none.
QString baseUrlOf(const Provider& provider);
bool hasDefaultBaseUrl(const Provider& provider);

// The shortest text that reads back as exactly this number; always with a '.' before an exponent,
// so that YAML 1.1 readers (PyYAML) take it for a float.
QString exactNumber(double value);
// Plain decimal notation without an exponent (0.00000015), trailing zeros dropped; for per-token
// prices, which YAML 1.1 readers would take for text as "1.5e-07" written without a dot.
QString decimalNumber(double value);
