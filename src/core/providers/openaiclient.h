// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerclient.h"

// OpenAI Chat Completions, as OpenAI, OpenRouter, vLLM, LM Studio, Ollama's /v1 and others speak it.
class OpenAiClient : public ProviderClient
{
    Q_OBJECT
public:
    explicit OpenAiClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network = nullptr,
                          QObject* parent = nullptr);

protected:
    QUrl endpoint(const CompletionRequest& request) const override;
    void authenticate(QNetworkRequest& request) const override;
    QJsonObject body(const CompletionRequest& request) const override;
    ParsedCompletion parseCompletion(const QJsonObject& body) const override;
    QString errorMessage(const QJsonValue& body) const override;
    CompletionError classifyError(int httpStatus, const QJsonValue& body) const override;
    std::optional<QString> filterReasonOfError(int httpStatus, const QJsonValue& body) const override;

private:
    void classifyRefusal(const QJsonObject& choice, ParsedCompletion& parsed) const;
};
