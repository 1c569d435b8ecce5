// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeopenaiapi.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
HttpResponse openAiError(int status, const QString& type, const QJsonValue& code, const QString& message)
{
    const QJsonObject error {
        { u"message"_s, message }, { u"type"_s, type }, { u"param"_s, QJsonValue::Null }, { u"code"_s, code }
    };
    return HttpResponse::json(status, QJsonObject { { u"error"_s, error } });
}

QString checkMessage(const QJsonValue& message, SimulatedCall& call)
{
    static const QStringList roles { u"system"_s, u"developer"_s, u"user"_s, u"assistant"_s, u"tool"_s };
    const QString role = message[u"role"_s].toString();
    if (!message.isObject() || !roles.contains(role))
        return u"Invalid value: '%1'. Supported values are: 'system', 'assistant', 'user', 'tool', and 'developer'."_s
            .arg(role);
    const QJsonValue content = message[u"content"_s];
    const bool mayBeEmpty = role == u"assistant" && (content.isNull() || content.isUndefined());
    if (!content.isString() && !content.isArray() && !mayBeEmpty)
        return u"Invalid type for 'messages.content': expected one of a string or array of objects."_s;
    const QString text = contentText(content);
    call.inputChars += text.size();
    if (role == u"system" || role == u"developer") {
        call.systemPrompt += call.systemPrompt.isEmpty() ? text : u"\n\n"_s + text;
        return {};
    }
    ++call.messageCount;
    if (role == u"user")
        call.userPrompt = text;
    return {};
}

QString checkMessages(const QJsonObject& body, SimulatedCall& call)
{
    const QJsonValue messages = body[u"messages"_s];
    if (!messages.isArray())
        return u"Missing required parameter: 'messages'."_s;
    if (messages.toArray().isEmpty())
        return u"Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead."_s;
    const QJsonArray messageArray = messages.toArray();
    for (const auto& message : messageArray) {
        if (QString problem = checkMessage(message, call); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkMaxTokens(const QJsonObject& body, SimulatedCall& call)
{
    for (const QString& name : { u"max_tokens"_s, u"max_completion_tokens"_s }) {
        const QJsonValue value = body[name];
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < 1)
            return u"Invalid '%1': expected an integer >= 1."_s.arg(name);
        call.maxTokens = int(value.toInteger());
    }
    return {};
}

QString checkOptions(const QJsonObject& body, SimulatedCall& call)
{
    const QJsonValue temperature = body[u"temperature"_s];
    if (!temperature.isUndefined()
        && (!temperature.isDouble() || temperature.toDouble() < 0 || temperature.toDouble() > 2))
        return u"Invalid 'temperature': expected a number between 0 and 2."_s;
    if (body[u"stream"_s].toBool())
        return u"The Signalbox sandbox does not stream: send \"stream\": false."_s;
    const QJsonValue format = body[u"response_format"_s];
    if (!format.isUndefined()) {
        const QString type = format[u"type"_s].toString();
        if (type != u"text" && type != u"json_object" && type != u"json_schema")
            return u"Invalid value: '%1'. Supported values are: 'json_object', 'json_schema', and 'text'."_s.arg(type);
        call.jsonMode = type != u"text";
    }
    return checkMaxTokens(body, call);
}

bool mentionsJson(const QJsonObject& body)
{
    const QJsonArray messageArray = body[u"messages"_s].toArray();
    for (const auto& message : messageArray) {
        if (contentText(message[u"content"_s]).contains(u"json"_s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

bool FakeOpenAiApi::handles(const QString& path) const
{
    return path == u"/v1/chat/completions" || path == u"/chat/completions";
}

std::variant<SimulatedCall, HttpResponse> FakeOpenAiApi::parse(const HttpRequest& request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty())
        return error(ApiError::Unauthenticated);
    QString problem;
    const auto body = jsonBody(request, &problem);
    if (!body)
        return error(
            ApiError::BadRequest,
            u"We could not parse the JSON body of your request. (HINT: This likely means you aren't using your "
            "HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)"_s);
    SimulatedCall call;
    call.model = (*body)[u"model"_s].toString();
    if (call.model.isEmpty())
        problem = u"you must provide a model parameter"_s;
    if (problem.isEmpty())
        problem = checkMessages(*body, call);
    if (problem.isEmpty())
        problem = checkOptions(*body, call);
    const bool wantsJsonObject = (*body)[u"response_format"_s][u"type"_s].toString() == u"json_object";
    if (problem.isEmpty() && wantsJsonObject && !mentionsJson(*body))
        problem = u"'messages' must contain the word 'json' in some form, to use 'response_format' of type "
                  "'json_object'."_s;
    if (!problem.isEmpty())
        return error(ApiError::BadRequest, problem);
    return call;
}

HttpResponse FakeOpenAiApi::success(const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    const QJsonObject message { { u"role"_s, u"assistant"_s },
                                { u"content"_s, answer.text },
                                { u"refusal"_s, QJsonValue::Null } };
    const QJsonObject choice { { u"index"_s, 0 },
                               { u"message"_s, message },
                               { u"logprobs"_s, QJsonValue::Null },
                               { u"finish_reason"_s, answer.truncated ? u"length"_s : u"stop"_s } };
    QJsonObject body { { u"id"_s, QString::fromLatin1(responseId("chatcmpl-", call, answer)) },
                       { u"object"_s, u"chat.completion"_s },
                       { u"created"_s, QDateTime::currentSecsSinceEpoch() },
                       { u"model"_s, call.model },
                       { u"choices"_s, QJsonArray { choice } },
                       { u"system_fingerprint"_s, u"fp_sandbox"_s } };
    if (answer.includeUsage) {
        body.insert(u"usage"_s,
                    QJsonObject { { u"prompt_tokens"_s, answer.inputTokens },
                                  { u"completion_tokens"_s, answer.outputTokens },
                                  { u"total_tokens"_s, answer.inputTokens + answer.outputTokens },
                                  { u"prompt_tokens_details"_s, QJsonObject { { u"cached_tokens"_s, 0 } } },
                                  { u"completion_tokens_details"_s, QJsonObject { { u"reasoning_tokens"_s, 0 } } } });
    }
    HttpResponse response = HttpResponse::json(200, body);
    response.setHeader("openai-processing-ms", QByteArray::number(answer.latencyMs));
    return response;
}

HttpResponse FakeOpenAiApi::error(ApiError error, const QString& detail, std::optional<qint64> retryDelayMs) const
{
    const auto message = [&detail](const QString& usual) { return detail.isEmpty() ? usual : detail; };
    const QString wait = QString::number(double(retryDelayMs.value_or(1000)) / 1000.0);
    switch (error) {
    case ApiError::BadRequest:
        return openAiError(400, u"invalid_request_error"_s, QJsonValue::Null, message(u"Invalid request."_s));
    case ApiError::Unauthenticated:
        return openAiError(
            401, u"invalid_request_error"_s, QJsonValue::Null,
            message(u"You didn't provide an API key. You need to provide your API key in an Authorization header "
                    "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."_s));
    case ApiError::RateLimited:
        return openAiError(429, u"requests"_s, u"rate_limit_exceeded"_s,
                           message(u"Rate limit reached for requests. Please try again in %1s."_s.arg(wait)));
    case ApiError::QuotaExceeded:
        return openAiError(429, u"insufficient_quota"_s, u"insufficient_quota"_s,
                           message(u"You exceeded your current quota, please check your plan and billing details."_s));
    case ApiError::ServerError:
        return openAiError(500, u"server_error"_s, QJsonValue::Null,
                           message(u"The server had an error while processing your request. Sorry about that!"_s));
    case ApiError::BadGateway:
        return badGatewayPage();
    case ApiError::Unavailable:
        return openAiError(503, u"server_error"_s, QJsonValue::Null,
                           message(u"The engine is currently overloaded, please try again later."_s));
    case ApiError::Overloaded:
        return openAiError(529, u"server_error"_s, QJsonValue::Null, message(u"The server is overloaded."_s));
    }
    return openAiError(500, u"server_error"_s, QJsonValue::Null, detail);
}

HttpResponse FakeOpenAiApi::modelNotFound(const QString& model) const
{
    return openAiError(404, u"invalid_request_error"_s, u"model_not_found"_s,
                       u"The model `%1` does not exist or you do not have access to it."_s.arg(model));
}

// Refusals as OpenAI's models send them, the content filter as Azure OpenAI reports it.
HttpResponse FakeOpenAiApi::declined(Decline decline, const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    if (decline == Decline::SafetyBlock) {
        const QJsonObject flagged { { u"filtered"_s, true }, { u"severity"_s, u"high"_s } };
        QJsonObject error { { u"message"_s,
                              u"The response was filtered due to the prompt triggering Azure OpenAI's content "
                              "management policy."_s },
                            { u"type"_s, QJsonValue::Null },
                            { u"param"_s, u"prompt"_s },
                            { u"code"_s, u"content_filter"_s } };
        error.insert(u"innererror"_s,
                     QJsonObject { { u"code"_s, u"ResponsibleAIPolicyViolation"_s },
                                   { u"content_filter_result"_s, QJsonObject { { u"violence"_s, flagged } } } });
        return HttpResponse::json(400, QJsonObject { { u"error"_s, error } });
    }
    return edited(success(call, answer), [decline](QJsonObject& body) {
        QJsonObject choice = body[u"choices"_s][0].toObject();
        QJsonObject message = choice[u"message"_s].toObject();
        message.insert(u"content"_s, QJsonValue::Null);
        if (decline == Decline::Refusal) {
            message.insert(u"refusal"_s, u"I'm sorry, but I can't help with that request."_s);
        } else if (decline == Decline::ContentFilter) {
            choice.insert(u"finish_reason"_s, u"content_filter"_s);
            choice.insert(u"content_filter_results"_s,
                          QJsonObject { { u"hate"_s, QJsonObject { { u"filtered"_s, true }, { u"severity"_s, u"medium"_s } } } });
        } else {
            const QJsonObject function { { u"name"_s, u"lookup_order"_s }, { u"arguments"_s, u"{}"_s } };
            message.insert(u"tool_calls"_s,
                           QJsonArray { QJsonObject { { u"id"_s, u"call_sandbox"_s },
                                                      { u"type"_s, u"function"_s },
                                                      { u"function"_s, function } } });
            choice.insert(u"finish_reason"_s, u"tool_calls"_s);
        }
        choice.insert(u"message"_s, message);
        body.insert(u"choices"_s, QJsonArray { choice });
    });
}
