// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicclient.h"

#include <algorithm>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QJsonArray conversation(const CompletionRequest& request)
{
    QJsonArray messages;
    for (const auto& message : request.messages) {
        if (message.role != u"system")
            messages.append(QJsonObject { { u"role"_s, message.role }, { u"content"_s, message.content } });
    }
    return messages;
}
} // namespace

AnthropicClient::AnthropicClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network,
                                 QObject* parent)
    : ProviderClient(provider, apiKey, network, parent)
{
}

QUrl AnthropicClient::endpoint(const CompletionRequest&) const
{
    const QString base = baseUrl();
    return QUrl(base + (base.endsWith(u"/v1") ? u"/messages"_s : u"/v1/messages"_s));
}

void AnthropicClient::setProtocolHeaders(QNetworkRequest& request) const
{
    request.setRawHeader("anthropic-version", apiVersion);
}

void AnthropicClient::authenticate(QNetworkRequest& request) const
{
    request.setRawHeader("x-api-key", apiKey().toUtf8());
}

QJsonObject AnthropicClient::body(const CompletionRequest& request) const
{
    QJsonObject body { { u"model"_s, request.model },
                       { u"max_tokens"_s, request.maxTokens > 0 ? request.maxTokens : defaultMaxTokens },
                       { u"messages"_s, conversation(request) } };
    const QString system = joinedSystemPrompt(request);
    if (!system.isEmpty())
        body.insert(u"system"_s, system);
    if (request.temperature) // Anthropic's scale ends at 1
        body.insert(u"temperature"_s, std::clamp(*request.temperature, 0.0, 1.0));
    return body;
}

ParsedCompletion AnthropicClient::parseCompletion(const QJsonObject& body) const
{
    ParsedCompletion parsed;
    const QJsonValue content = body[u"content"_s];
    if (!content.isArray()) {
        parsed.error = CompletionError::Malformed;
        parsed.problem = tr("The response has no content array");
        return parsed;
    }
    const QJsonArray blocks = content.toArray();
    for (const auto& block : blocks) {
        if (block[u"type"_s].toString() == u"text")
            parsed.text += block[u"text"_s].toString();
    }
    parsed.finishReason = body[u"stop_reason"_s].toString();
    if (parsed.finishReason == u"refusal") {
        // Newer responses say why in stop_details: {"type": "refusal", "category": "cyber", "explanation": "..."}.
        const QJsonValue details = body[u"stop_details"_s];
        const QString category = details[u"category"_s].toString();
        const QString explanation = details[u"explanation"_s].toString();
        parsed.refusal = Refusal::Refused;
        parsed.refusalReason = explanation.isEmpty() ? tr("stop_reason: refusal") : explanation;
        if (!category.isEmpty())
            parsed.refusalReason += u" ("_s + category + u')';
    }
    const QJsonObject usage = body[u"usage"_s].toObject();
    // input_tokens counts only what the prompt cache neither wrote nor read.
    const auto uncached = tokenCount(usage, u"input_tokens"_s);
    const qint64 cacheWrite = tokenCount(usage, u"cache_creation_input_tokens"_s).value_or(0);
    parsed.cachedInputTokens = tokenCount(usage, u"cache_read_input_tokens"_s).value_or(0);
    if (uncached)
        parsed.inputTokens = *uncached + cacheWrite + parsed.cachedInputTokens;
    parsed.outputTokens = tokenCount(usage, u"output_tokens"_s);
    return parsed;
}

QString AnthropicClient::errorMessage(const QJsonValue& body) const
{
    const QJsonValue error = body[u"error"_s];
    if (!error.isObject())
        return error.toString();
    return describeError(error[u"type"_s].toString(), error[u"message"_s].toString());
}
