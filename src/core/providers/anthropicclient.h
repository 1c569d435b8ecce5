// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerclient.h"

// Anthropic Messages API.
class AnthropicClient : public ProviderClient
{
    Q_OBJECT
public:
    explicit AnthropicClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network = nullptr,
                             QObject* parent = nullptr);

    static constexpr int defaultMaxTokens = 1024; // the API requires max_tokens
    static constexpr const char* apiVersion = "2023-06-01";

protected:
    QUrl endpoint(const CompletionRequest& request) const override;
    void setProtocolHeaders(QNetworkRequest& request) const override;
    void authenticate(QNetworkRequest& request) const override;
    QJsonObject body(const CompletionRequest& request) const override;
    ParsedCompletion parseCompletion(const QJsonObject& body) const override;
    QString errorMessage(const QJsonValue& body) const override;
};
