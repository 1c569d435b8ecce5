// SPDX-License-Identifier: GPL-3.0-or-later
#include "geminiclient.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QJsonObject textContent(const QString& role, const QString& text)
{
    QJsonObject content { { u"parts"_s, QJsonArray { QJsonObject { { u"text"_s, text } } } } };
    if (!role.isEmpty())
        content.insert(u"role"_s, role);
    return content;
}

QJsonObject generationConfig(const CompletionRequest& request)
{
    QJsonObject config;
    if (request.temperature)
        config.insert(u"temperature"_s, *request.temperature);
    if (request.maxTokens > 0)
        config.insert(u"maxOutputTokens"_s, request.maxTokens);
    if (request.jsonMode)
        config.insert(u"responseMimeType"_s, u"application/json"_s);
    return config;
}

// Errors come as an object, or from some endpoints as a one-element array of them.
QJsonValue errorOf(const QJsonValue& body)
{
    return body.isArray() ? body[0][u"error"_s] : body[u"error"_s];
}

// The headline, Gemini's own message when it gave one, and the safety categories that blocked.
QString blockedWhy(const QString& headline, const QString& message, const QJsonValue& rated)
{
    QStringList categories;
    const QJsonArray ratings = rated[u"safetyRatings"_s].toArray();
    for (const auto& rating : ratings) {
        const QString probability = rating[u"probability"_s].toString();
        if (rating[u"blocked"_s].toBool() || probability == u"HIGH" || probability == u"MEDIUM")
            categories.append(rating[u"category"_s].toString() + u" ("_s + probability + u')');
    }
    QString why = headline;
    if (!message.isEmpty())
        why += u": "_s + message;
    if (!categories.isEmpty())
        why += u" ["_s + categories.join(u", "_s) + u']';
    return why;
}

bool isBlockingFinish(const QString& reason)
{
    static const QStringList blocking { u"SAFETY"_s,
                                        u"RECITATION"_s,
                                        u"BLOCKLIST"_s,
                                        u"PROHIBITED_CONTENT"_s,
                                        u"SPII"_s,
                                        u"IMAGE_SAFETY"_s,
                                        u"IMAGE_PROHIBITED_CONTENT"_s };
    return blocking.contains(reason);
}
} // namespace

GeminiClient::GeminiClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network,
                           QObject* parent)
    : ProviderClient(provider, apiKey, network, parent)
{
}

QUrl GeminiClient::endpoint(const CompletionRequest& request) const
{
    QString model = request.model;
    if (model.startsWith(u"models/"))
        model.remove(0, 7);
    const QString base = baseUrl();
    const QString version = base.endsWith(u"/v1beta") ? QString() : u"/v1beta"_s;
    return QUrl(base + version + u"/models/"_s + model + u":generateContent"_s);
}

void GeminiClient::authenticate(QNetworkRequest& request) const
{
    request.setRawHeader("x-goog-api-key", apiKey().toUtf8());
}

QJsonObject GeminiClient::body(const CompletionRequest& request) const
{
    QJsonArray contents;
    for (const auto& message : request.messages) {
        if (message.role != u"system")
            contents.append(textContent(message.role == u"assistant" ? u"model"_s : u"user"_s, message.content));
    }
    QJsonObject body { { u"contents"_s, contents } };
    const QString system = joinedSystemPrompt(request);
    if (!system.isEmpty())
        body.insert(u"systemInstruction"_s, textContent({}, system));
    const QJsonObject config = generationConfig(request);
    if (!config.isEmpty())
        body.insert(u"generationConfig"_s, config);
    return body;
}

ParsedCompletion GeminiClient::parseCompletion(const QJsonObject& body) const
{
    ParsedCompletion parsed;
    const QJsonValue candidate = body[u"candidates"_s][0];
    const QJsonValue feedback = body[u"promptFeedback"_s];
    const QString blockReason = feedback[u"blockReason"_s].toString();
    if (!candidate.isObject() && blockReason.isEmpty()) {
        parsed.error = CompletionError::Malformed;
        parsed.problem = tr("The response has no candidates");
        return parsed;
    }
    if (!candidate.isObject()) {
        parsed.refusal = Refusal::ContentFilter;
        parsed.refusalReason = blockedWhy(tr("The prompt was blocked (%1)").arg(blockReason),
                                          feedback[u"blockReasonMessage"_s].toString(), feedback);
    }
    const QJsonArray parts = candidate[u"content"_s][u"parts"_s].toArray();
    for (const auto& part : parts) {
        if (!part[u"thought"_s].toBool())
            parsed.text += part[u"text"_s].toString();
    }
    parsed.finishReason = candidate[u"finishReason"_s].toString();
    if (isBlockingFinish(parsed.finishReason)) {
        parsed.refusal = Refusal::ContentFilter;
        parsed.refusalReason = blockedWhy(tr("The answer was blocked (%1)").arg(parsed.finishReason),
                                          candidate[u"finishMessage"_s].toString(), candidate);
    }
    const QJsonObject usage = body[u"usageMetadata"_s].toObject();
    parsed.inputTokens = tokenCount(usage, u"promptTokenCount"_s);
    parsed.cachedInputTokens = tokenCount(usage, u"cachedContentTokenCount"_s).value_or(0);
    parsed.reasoningTokens = tokenCount(usage, u"thoughtsTokenCount"_s).value_or(0);
    // An empty answer comes without candidatesTokenCount: that is zero, not unknown.
    const auto candidates = tokenCount(usage, u"candidatesTokenCount"_s);
    if (candidates || (parsed.inputTokens && parsed.text.isEmpty()))
        parsed.outputTokens = candidates.value_or(0) + parsed.reasoningTokens;
    return parsed;
}

QString GeminiClient::errorMessage(const QJsonValue& body) const
{
    const QJsonValue error = errorOf(body);
    if (!error.isObject())
        return error.toString();
    return describeError(error[u"status"_s].toString(), error[u"message"_s].toString());
}

std::optional<qint64> GeminiClient::retryHintFromBody(const QJsonValue& body) const
{
    const QJsonArray details = errorOf(body)[u"details"_s].toArray();
    for (const auto& detail : details) {
        if (const QJsonValue delay = detail[u"retryDelay"_s]; delay.isString())
            return ProviderErrors::parseDuration(delay.toString());
    }
    return std::nullopt;
}
