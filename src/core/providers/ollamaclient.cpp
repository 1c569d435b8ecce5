// SPDX-License-Identifier: GPL-3.0-or-later
#include "ollamaclient.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

OllamaClient::OllamaClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network,
                           QObject* parent)
    : ProviderClient(provider, apiKey, network, parent)
{
}

QUrl OllamaClient::endpoint(const CompletionRequest&) const
{
    return QUrl(baseUrl() + u"/api/chat"_s);
}

// A local Ollama needs no key; ollama.com and authenticating proxies take a bearer token.
void OllamaClient::authenticate(QNetworkRequest& request) const
{
    request.setRawHeader("Authorization", "Bearer " + apiKey().toUtf8());
}

QJsonObject OllamaClient::body(const CompletionRequest& request) const
{
    QJsonObject body { { u"model"_s, request.model },
                       { u"messages"_s, chatMessages(request) },
                       { u"stream"_s, false } };
    if (request.jsonMode)
        body.insert(u"format"_s, u"json"_s);
    QJsonObject options;
    if (request.temperature)
        options.insert(u"temperature"_s, *request.temperature);
    if (request.maxTokens > 0)
        options.insert(u"num_predict"_s, request.maxTokens);
    if (!options.isEmpty())
        body.insert(u"options"_s, options);
    return body;
}

ParsedCompletion OllamaClient::parseCompletion(const QJsonObject& body) const
{
    ParsedCompletion parsed;
    const QJsonValue content = body[u"message"_s][u"content"_s];
    if (!content.isString()) {
        parsed.error = CompletionError::Malformed;
        parsed.problem = tr("The response has no message.content");
        return parsed;
    }
    parsed.text = content.toString();
    parsed.finishReason = body[u"done_reason"_s].toString();
    // Ollama leaves prompt_eval_count out when the whole prompt came from its cache.
    parsed.inputTokens = tokenCount(body, u"prompt_eval_count"_s);
    parsed.outputTokens = tokenCount(body, u"eval_count"_s);
    return parsed;
}

QString OllamaClient::errorMessage(const QJsonValue& body) const
{
    const QJsonValue error = body[u"error"_s];
    if (error.isObject()) // OpenAI-style proxies in front of Ollama
        return describeError(error[u"type"_s].toString(), error[u"message"_s].toString());
    return error.toString();
}
