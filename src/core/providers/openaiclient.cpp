// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaiclient.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// Some servers answer with content parts instead of a string.
QString contentText(const QJsonValue& content)
{
    if (content.isString())
        return content.toString();
    QString text;
    const QJsonArray parts = content.toArray();
    for (const auto& part : parts) {
        if (part[u"type"_s].toString() == u"text")
            text += part[u"text"_s].toString();
    }
    return text;
}

QJsonObject errorObject(const QJsonValue& body)
{
    return body[u"error"_s].toObject();
}

// The model's refusal: message.refusal, or a content part of type "refusal".
QString refusalText(const QJsonValue& message)
{
    if (QString refusal = message[u"refusal"_s].toString(); !refusal.isEmpty())
        return refusal;
    QString text;
    const QJsonArray parts = message[u"content"_s].toArray();
    for (const auto& part : parts) {
        if (part[u"type"_s].toString() == u"refusal")
            text += part[u"refusal"_s].toString();
    }
    return text;
}

// Azure names the categories its filter flagged: {"hate": {"filtered": true, "severity": "high"}, ...}.
QStringList flaggedCategories(const QJsonObject& results)
{
    QStringList flagged;
    for (auto it = results.begin(); it != results.end(); ++it) {
        if (it.value()[u"filtered"_s].toBool()) {
            const QString severity = it.value()[u"severity"_s].toString();
            flagged.append(severity.isEmpty() ? it.key() : it.key() + u" ("_s + severity + u')');
        }
    }
    return flagged;
}

QStringList toolNames(const QJsonValue& message)
{
    QStringList names;
    const QJsonArray calls = message[u"tool_calls"_s].toArray();
    for (const auto& call : calls)
        names.append(call[u"function"_s][u"name"_s].toString());
    if (message[u"function_call"_s].isObject())
        names.append(message[u"function_call"_s][u"name"_s].toString());
    names.removeAll(QString());
    return names;
}
} // namespace

OpenAiClient::OpenAiClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network,
                           QObject* parent)
    : ProviderClient(provider, apiKey, network, parent)
{
}

QUrl OpenAiClient::endpoint(const CompletionRequest&) const
{
    return QUrl(baseUrl() + u"/chat/completions"_s);
}

void OpenAiClient::authenticate(QNetworkRequest& request) const
{
    request.setRawHeader("Authorization", "Bearer " + apiKey().toUtf8());
}

QJsonObject OpenAiClient::body(const CompletionRequest& request) const
{
    QJsonObject body { { u"model"_s, request.model }, { u"messages"_s, chatMessages(request) } };
    if (request.temperature)
        body.insert(u"temperature"_s, *request.temperature);
    if (request.maxTokens > 0) {
        // OpenAI's reasoning models refuse max_tokens; other servers mostly know only max_tokens.
        const bool openAi = QUrl(baseUrl()).host() == u"api.openai.com";
        body.insert(openAi ? u"max_completion_tokens"_s : u"max_tokens"_s, request.maxTokens);
    }
    if (request.jsonMode)
        body.insert(u"response_format"_s, QJsonObject { { u"type"_s, u"json_object"_s } });
    return body;
}

ParsedCompletion OpenAiClient::parseCompletion(const QJsonObject& body) const
{
    ParsedCompletion parsed;
    const QJsonObject choice = body[u"choices"_s][0].toObject();
    const QJsonValue message = choice[u"message"_s];
    if (!message.isObject()) {
        parsed.error = CompletionError::Malformed;
        parsed.problem = tr("The response has no choices[0].message");
        return parsed;
    }
    parsed.text = contentText(message[u"content"_s]);
    parsed.finishReason = choice[u"finish_reason"_s].toString();
    classifyRefusal(choice, parsed);
    const QJsonObject usage = body[u"usage"_s].toObject();
    parsed.inputTokens = tokenCount(usage, u"prompt_tokens"_s);
    parsed.outputTokens = tokenCount(usage, u"completion_tokens"_s);
    parsed.cachedInputTokens = tokenCount(usage[u"prompt_tokens_details"_s].toObject(), u"cached_tokens"_s).value_or(0);
    parsed.reasoningTokens
        = tokenCount(usage[u"completion_tokens_details"_s].toObject(), u"reasoning_tokens"_s).value_or(0);
    return parsed;
}

void OpenAiClient::classifyRefusal(const QJsonObject& choice, ParsedCompletion& parsed) const
{
    const QJsonValue message = choice[u"message"_s];
    if (const QString refusal = refusalText(message); !refusal.isEmpty()) {
        parsed.refusal = Refusal::Refused;
        parsed.refusalReason = refusal;
    } else if (parsed.finishReason == u"content_filter") {
        parsed.refusal = Refusal::ContentFilter;
        const QStringList flagged = flaggedCategories(choice[u"content_filter_results"_s].toObject());
        parsed.refusalReason = flagged.isEmpty() ? tr("finish_reason: content_filter")
                                                 : tr("finish_reason: content_filter: %1").arg(flagged.join(u", "_s));
    } else if (parsed.text.trimmed().isEmpty() && !toolNames(message).isEmpty()) {
        parsed.refusal = Refusal::EmptyAnswer;
        parsed.refusalReason = tr("The model called a tool (%1) instead of answering").arg(toolNames(message).join(u", "_s));
    }
}

std::optional<QString> OpenAiClient::filterReasonOfError(int httpStatus, const QJsonValue& body) const
{
    const QJsonObject error = errorObject(body);
    if (httpStatus != 400 || error[u"code"_s].toString() != u"content_filter")
        return std::nullopt;
    const QStringList flagged
        = flaggedCategories(error[u"innererror"_s][u"content_filter_result"_s].toObject());
    const QString message = describeError(u"content_filter"_s, error[u"message"_s].toString());
    return flagged.isEmpty() ? message : message + u" ["_s + flagged.join(u", "_s) + u']';
}

QString OpenAiClient::errorMessage(const QJsonValue& body) const
{
    const QJsonValue error = body[u"error"_s];
    if (error.isString())
        return error.toString();
    if (error.isObject()) {
        const QString code = error[u"code"_s].toString();
        return describeError(code.isEmpty() ? error[u"type"_s].toString() : code, error[u"message"_s].toString());
    }
    // vLLM and other FastAPI servers put the error at the top level, or in "detail".
    if (body[u"message"_s].isString())
        return describeError(body[u"type"_s].toString(), body[u"message"_s].toString());
    return body[u"detail"_s].toString();
}

CompletionError OpenAiClient::classifyError(int httpStatus, const QJsonValue& body) const
{
    const QJsonObject error = errorObject(body);
    if (error[u"code"_s].toString() == u"insufficient_quota" || error[u"type"_s].toString() == u"insufficient_quota")
        return CompletionError::Fatal;
    return ProviderClient::classifyError(httpStatus, body);
}
