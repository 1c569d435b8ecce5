// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerclient.h"

// Ollama's native chat API, not streamed.
class OllamaClient : public ProviderClient
{
    Q_OBJECT
public:
    explicit OllamaClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network = nullptr,
                          QObject* parent = nullptr);

protected:
    QUrl endpoint(const CompletionRequest& request) const override;
    void authenticate(QNetworkRequest& request) const override;
    QJsonObject body(const CompletionRequest& request) const override;
    ParsedCompletion parseCompletion(const QJsonObject& body) const override;
    QString errorMessage(const QJsonValue& body) const override;
};
