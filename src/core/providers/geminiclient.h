// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerclient.h"

// Google Gemini API (generateContent).
class GeminiClient : public ProviderClient
{
    Q_OBJECT
public:
    explicit GeminiClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network = nullptr,
                          QObject* parent = nullptr);

protected:
    QUrl endpoint(const CompletionRequest& request) const override;
    void authenticate(QNetworkRequest& request) const override;
    QJsonObject body(const CompletionRequest& request) const override;
    ParsedCompletion parseCompletion(const QJsonObject& body) const override;
    QString errorMessage(const QJsonValue& body) const override;
    std::optional<qint64> retryHintFromBody(const QJsonValue& body) const override;
};
