// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeanthropicapi.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
HttpResponse anthropicError(int status, const QString& type, const QString& message)
{
    const QJsonObject error { { u"type"_s, type }, { u"message"_s, message } };
    return HttpResponse::json(status, QJsonObject { { u"type"_s, u"error"_s }, { u"error"_s, error } });
}

bool isTextBlocks(const QJsonValue& value)
{
    if (!value.isArray())
        return false;
    const QJsonArray blocks = value.toArray();
    for (const auto& block : blocks) {
        if (!block.isObject() || block[u"type"_s].toString().isEmpty())
            return false;
    }
    return true;
}

QString checkMessages(const QJsonObject& body, SimulatedCall& call)
{
    const QJsonValue messages = body[u"messages"_s];
    if (!messages.isArray())
        return u"messages: Field required"_s;
    if (messages.toArray().isEmpty())
        return u"messages: at least one message is required"_s;
    for (qsizetype i = 0; i < messages.toArray().size(); ++i) {
        const QJsonValue message = messages[i];
        const QString role = message[u"role"_s].toString();
        if (role == u"system")
            return u"messages: Unexpected role \"system\". The Messages API accepts a top-level `system` parameter, "
                   "not \"system\" as an input message role."_s;
        if (role != u"user" && role != u"assistant")
            return u"messages.%1.role: Input should be 'user' or 'assistant'"_s.arg(i);
        const QJsonValue content = message[u"content"_s];
        if (!content.isString() && !isTextBlocks(content))
            return u"messages.%1.content: Input should be a valid list"_s.arg(i);
        const QString text = contentText(content);
        call.inputChars += text.size();
        ++call.messageCount;
        if (role == u"user")
            call.userPrompt = text;
    }
    return {};
}

QString checkParameters(const QJsonObject& body, SimulatedCall& call)
{
    call.model = body[u"model"_s].toString();
    if (call.model.isEmpty())
        return u"model: Field required"_s;
    const QJsonValue maxTokens = body[u"max_tokens"_s];
    if (maxTokens.isUndefined())
        return u"max_tokens: Field required"_s;
    if (!maxTokens.isDouble() || maxTokens.toDouble() != double(maxTokens.toInteger()) || maxTokens.toInteger() < 1)
        return u"max_tokens: Input should be greater than or equal to 1"_s;
    call.maxTokens = int(maxTokens.toInteger());
    const QJsonValue temperature = body[u"temperature"_s];
    if (!temperature.isUndefined()
        && (!temperature.isDouble() || temperature.toDouble() < 0 || temperature.toDouble() > 1))
        return u"temperature: Input should be less than or equal to 1"_s;
    const QJsonValue system = body[u"system"_s];
    if (!system.isUndefined() && !system.isString() && !isTextBlocks(system))
        return u"system: Input should be a valid string"_s;
    call.systemPrompt = contentText(system);
    call.inputChars += call.systemPrompt.size();
    if (body[u"stream"_s].toBool())
        return u"stream: the Signalbox sandbox does not stream; send \"stream\": false"_s;
    return checkMessages(body, call);
}
} // namespace

bool FakeAnthropicApi::handles(const QString& path) const
{
    return path == u"/v1/messages";
}

std::variant<SimulatedCall, HttpResponse> FakeAnthropicApi::parse(const HttpRequest& request) const
{
    if (request.header("x-api-key").trimmed().isEmpty())
        return error(ApiError::Unauthenticated);
    if (request.header("anthropic-version").trimmed().isEmpty())
        return error(ApiError::BadRequest, u"anthropic-version: header is required"_s);
    QString problem;
    const auto body = jsonBody(request, &problem);
    if (!body)
        return error(ApiError::BadRequest, u"There was an error parsing the body: %1"_s.arg(problem));
    SimulatedCall call;
    problem = checkParameters(*body, call);
    if (!problem.isEmpty())
        return error(ApiError::BadRequest, problem);
    return call;
}

HttpResponse FakeAnthropicApi::success(const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    const QJsonObject text { { u"type"_s, u"text"_s }, { u"text"_s, answer.text } };
    QJsonObject body { { u"id"_s, QString::fromLatin1(responseId("msg_", call, answer)) },
                       { u"type"_s, u"message"_s },
                       { u"role"_s, u"assistant"_s },
                       { u"model"_s, call.model },
                       { u"content"_s, QJsonArray { text } },
                       { u"stop_reason"_s, answer.truncated ? u"max_tokens"_s : u"end_turn"_s },
                       { u"stop_sequence"_s, QJsonValue::Null } };
    if (answer.includeUsage) {
        body.insert(u"usage"_s,
                    QJsonObject { { u"input_tokens"_s, answer.inputTokens },
                                  { u"cache_creation_input_tokens"_s, 0 },
                                  { u"cache_read_input_tokens"_s, 0 },
                                  { u"output_tokens"_s, answer.outputTokens } });
    }
    HttpResponse response = HttpResponse::json(200, body);
    response.setHeader("request-id", responseId("req_", call, answer));
    return response;
}

HttpResponse FakeAnthropicApi::error(ApiError error, const QString& detail, std::optional<qint64>) const
{
    const auto message = [&detail](const QString& usual) { return detail.isEmpty() ? usual : detail; };
    switch (error) {
    case ApiError::BadRequest:
        return anthropicError(400, u"invalid_request_error"_s, message(u"Invalid request"_s));
    case ApiError::Unauthenticated:
        return anthropicError(401, u"authentication_error"_s, message(u"x-api-key header is required"_s));
    case ApiError::RateLimited:
        return anthropicError(
            429, u"rate_limit_error"_s,
            message(u"Number of requests has exceeded your per-minute rate limit. Please try again later."_s));
    case ApiError::QuotaExceeded:
        return anthropicError(
            400, u"invalid_request_error"_s,
            message(u"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to "
                    "upgrade or purchase credits."_s));
    case ApiError::ServerError:
        return anthropicError(500, u"api_error"_s, message(u"Internal server error"_s));
    case ApiError::BadGateway:
        return badGatewayPage();
    case ApiError::Unavailable:
        return anthropicError(503, u"api_error"_s, message(u"Service unavailable"_s));
    case ApiError::Overloaded:
        return anthropicError(529, u"overloaded_error"_s, message(u"Overloaded"_s));
    }
    return anthropicError(500, u"api_error"_s, detail);
}

HttpResponse FakeAnthropicApi::modelNotFound(const QString& model) const
{
    return anthropicError(404, u"not_found_error"_s, u"model: %1"_s.arg(model));
}

// Anthropic's classifiers speak through stop_reason "refusal", with what was written so far.
HttpResponse FakeAnthropicApi::declined(Decline decline, const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    return edited(success(call, answer), [decline](QJsonObject& body) {
        if (decline == Decline::EmptyAnswer) {
            body.insert(u"content"_s, QJsonArray());
            return;
        }
        const QJsonObject partial { { u"type"_s, u"text"_s }, { u"text"_s, u"Hello.."_s } };
        body.insert(u"content"_s, decline == Decline::ContentFilter ? QJsonArray { partial } : QJsonArray());
        body.insert(u"stop_reason"_s, u"refusal"_s);
        if (decline != Decline::SafetyBlock) {
            body.insert(u"stop_details"_s,
                        QJsonObject { { u"type"_s, u"refusal"_s },
                                      { u"category"_s, u"cyber"_s },
                                      { u"explanation"_s,
                                        u"This request was declined because it could enable cyber harm."_s } });
        }
    });
}
