// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakegeminiapi.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QString modelsPrefix = u"/v1beta/models/"_s;
const QString generateSuffix = u":generateContent"_s;

HttpResponse geminiError(int status, const QString& grpcStatus, const QString& message, const QJsonArray& details = {})
{
    QJsonObject error { { u"code"_s, status }, { u"message"_s, message }, { u"status"_s, grpcStatus } };
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    return HttpResponse::json(status, QJsonObject { { u"error"_s, error } });
}

QJsonArray rateLimitDetails(std::optional<qint64> retryDelayMs)
{
    QJsonArray details { QJsonObject {
        { u"@type"_s, u"type.googleapis.com/google.rpc.QuotaFailure"_s },
        { u"violations"_s,
          QJsonArray {
              QJsonObject { { u"quotaMetric"_s, u"generativelanguage.googleapis.com/generate_content_requests"_s },
                            { u"quotaId"_s, u"GenerateRequestsPerMinutePerProjectPerModel"_s } } } } } };
    if (retryDelayMs) {
        details.append(QJsonObject { { u"@type"_s, u"type.googleapis.com/google.rpc.RetryInfo"_s },
                                     { u"retryDelay"_s, FakeGeminiApi::durationText(*retryDelayMs) } });
    }
    return details;
}

QString checkKeys(const QJsonObject& body)
{
    // "model" is GenerateContentRequest's own field, also in the path: gateways such as Portkey send it.
    static const QStringList known {
        u"model"_s,
        u"contents"_s,          u"systemInstruction"_s, u"system_instruction"_s, u"generationConfig"_s,
        u"generation_config"_s, u"safetySettings"_s,    u"safety_settings"_s,    u"tools"_s,
        u"toolConfig"_s,        u"tool_config"_s,       u"cachedContent"_s,      u"cached_content"_s
    };
    for (const QString& key : body.keys()) {
        if (!known.contains(key))
            return u"Invalid JSON payload received. Unknown name \"%1\": Cannot find field."_s.arg(key);
    }
    return {};
}

QString checkContents(const QJsonObject& body, SimulatedCall& call)
{
    const QJsonArray contents = body[u"contents"_s].toArray();
    if (contents.isEmpty())
        return u"* GenerateContentRequest.contents: contents is not specified\n"_s;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QString role = contents[i][u"role"_s].toString(u"user"_s);
        if (role != u"user" && role != u"model")
            return u"Please use a valid role: user, model."_s;
        const QJsonArray parts = contents[i][u"parts"_s].toArray();
        if (parts.isEmpty())
            return u"* GenerateContentRequest.contents[%1].parts: contents.parts must not be empty.\n"_s.arg(i);
        const QString text = contentText(parts);
        call.inputChars += text.size();
        ++call.messageCount;
        if (role == u"user")
            call.userPrompt = text;
    }
    return {};
}

QString checkConfig(const QJsonObject& body, SimulatedCall& call)
{
    static const QStringList mimeTypes { u"text/plain"_s, u"application/json"_s, u"application/xml"_s,
                                         u"application/yaml"_s, u"text/x.enum"_s };
    const QJsonObject config = body.contains(u"generationConfig"_s) ? body[u"generationConfig"_s].toObject()
                                                                    : body[u"generation_config"_s].toObject();
    const QJsonValue temperature = config[u"temperature"_s];
    if (!temperature.isUndefined()
        && (!temperature.isDouble() || temperature.toDouble() < 0 || temperature.toDouble() > 2))
        return u"* GenerateContentRequest.generation_config.temperature: must be between 0 and 2\n"_s;
    const QJsonValue maxTokens = config[u"maxOutputTokens"_s];
    if (!maxTokens.isUndefined() && (!maxTokens.isDouble() || maxTokens.toInteger() < 1))
        return u"* GenerateContentRequest.generation_config.max_output_tokens: must be positive\n"_s;
    call.maxTokens = int(maxTokens.toInteger());
    const QJsonValue mimeType = config[u"responseMimeType"_s];
    if (!mimeType.isUndefined() && !mimeTypes.contains(mimeType.toString()))
        return u"* GenerateContentRequest.generation_config.response_mime_type: allowed mimetypes are "
               "`text/plain`, `application/json`, `application/xml`, `application/yaml` and `text/x.enum`.\n"_s;
    call.jsonMode = mimeType.toString() == u"application/json";
    return {};
}
} // namespace

bool FakeGeminiApi::handles(const QString& path) const
{
    return !modelOfPath(path).isEmpty();
}

QString FakeGeminiApi::modelOfPath(const QString& path)
{
    if (!path.startsWith(modelsPrefix) || !path.endsWith(generateSuffix))
        return {};
    return path.mid(modelsPrefix.size(), path.size() - modelsPrefix.size() - generateSuffix.size());
}

QString FakeGeminiApi::durationText(qint64 ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u's';
    static const QRegularExpression trailingZeros(u"0+$"_s);
    return QString::number(double(ms) / 1000.0, 'f', 3).remove(trailingZeros) + u's';
}

std::variant<SimulatedCall, HttpResponse> FakeGeminiApi::parse(const HttpRequest& request) const
{
    if (request.header("x-goog-api-key").trimmed().isEmpty() && request.query.queryItemValue(u"key"_s).isEmpty())
        return error(ApiError::Unauthenticated);
    QString problem;
    const auto body = jsonBody(request, &problem);
    if (!body)
        return error(ApiError::BadRequest, u"Invalid JSON payload received. %1"_s.arg(problem));
    SimulatedCall call;
    call.model = modelOfPath(request.path);
    problem = checkKeys(*body);
    if (problem.isEmpty())
        problem = checkContents(*body, call);
    if (problem.isEmpty())
        problem = checkConfig(*body, call);
    const QJsonValue system
        = body->contains(u"systemInstruction"_s) ? (*body)[u"systemInstruction"_s] : (*body)[u"system_instruction"_s];
    call.systemPrompt = contentText(system[u"parts"_s]);
    call.inputChars += call.systemPrompt.size();
    if (!problem.isEmpty())
        return error(ApiError::BadRequest, problem);
    return call;
}

HttpResponse FakeGeminiApi::success(const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    const QJsonObject content { { u"parts"_s, QJsonArray { QJsonObject { { u"text"_s, answer.text } } } },
                                { u"role"_s, u"model"_s } };
    const QJsonObject candidate { { u"content"_s, content },
                                  { u"finishReason"_s, answer.truncated ? u"MAX_TOKENS"_s : u"STOP"_s },
                                  { u"index"_s, 0 } };
    QJsonObject body { { u"candidates"_s, QJsonArray { candidate } },
                       { u"modelVersion"_s, call.model },
                       { u"responseId"_s, QString::fromLatin1(responseId({}, call, answer)) } };
    if (answer.includeUsage) {
        body.insert(u"usageMetadata"_s,
                    QJsonObject { { u"promptTokenCount"_s, answer.inputTokens },
                                  { u"candidatesTokenCount"_s, answer.outputTokens },
                                  { u"totalTokenCount"_s, answer.inputTokens + answer.outputTokens } });
    }
    return HttpResponse::json(200, body);
}

HttpResponse FakeGeminiApi::error(ApiError error, const QString& detail, std::optional<qint64> retryDelayMs) const
{
    const auto message = [&detail](const QString& usual) { return detail.isEmpty() ? usual : detail; };
    switch (error) {
    case ApiError::BadRequest:
        return geminiError(400, u"INVALID_ARGUMENT"_s, message(u"Request contains an invalid argument."_s));
    case ApiError::Unauthenticated:
        return geminiError(
            403, u"PERMISSION_DENIED"_s,
            message(u"Method doesn't allow unregistered callers (callers without established identity). Please use "
                    "API Key or other form of API consumer identity to call this API."_s));
    case ApiError::RateLimited:
        return geminiError(429, u"RESOURCE_EXHAUSTED"_s,
                           message(u"You exceeded your current quota, please check your plan and billing details."_s),
                           rateLimitDetails(retryDelayMs));
    case ApiError::QuotaExceeded:
        return geminiError(
            400, u"FAILED_PRECONDITION"_s,
            message(u"Gemini API free tier is not available in your country. Please enable billing on your project "
                    "in Google AI Studio."_s));
    case ApiError::ServerError:
        return geminiError(500, u"INTERNAL"_s, message(u"An internal error has occurred. Please retry."_s));
    case ApiError::BadGateway:
        return badGatewayPage();
    case ApiError::Unavailable:
        return geminiError(503, u"UNAVAILABLE"_s, message(u"The model is overloaded. Please try again later."_s));
    case ApiError::Overloaded:
        return geminiError(529, u"UNAVAILABLE"_s, message(u"The service is overloaded."_s));
    }
    return geminiError(500, u"INTERNAL"_s, detail);
}

HttpResponse FakeGeminiApi::modelNotFound(const QString& model) const
{
    return geminiError(
        404, u"NOT_FOUND"_s,
        u"models/%1 is not found for API version v1beta, or is not supported for generateContent. Call ListModels "
        "to see the list of available models and their supported methods."_s.arg(model));
}

// Gemini blocks: a stopped candidate, or for the prompt no candidate at all. It has no refusal of its
// own, and PROHIBITED_CONTENT is the nearest.
HttpResponse FakeGeminiApi::declined(Decline decline, const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    const QJsonArray ratings { QJsonObject { { u"category"_s, u"HARM_CATEGORY_DANGEROUS_CONTENT"_s },
                                             { u"probability"_s, u"HIGH"_s },
                                             { u"blocked"_s, true } } };
    return edited(success(call, answer), [decline, ratings](QJsonObject& body) {
        if (decline == Decline::SafetyBlock) {
            body.remove(u"candidates"_s);
            body.insert(u"promptFeedback"_s,
                        QJsonObject { { u"blockReason"_s, u"SAFETY"_s }, { u"safetyRatings"_s, ratings } });
            return;
        }
        QJsonObject candidate = body[u"candidates"_s][0].toObject();
        candidate.insert(u"content"_s, QJsonObject { { u"role"_s, u"model"_s } });
        if (decline == Decline::ContentFilter) {
            candidate.insert(u"finishReason"_s, u"SAFETY"_s);
            candidate.insert(u"safetyRatings"_s, ratings);
        } else if (decline == Decline::Refusal) {
            candidate.insert(u"finishReason"_s, u"PROHIBITED_CONTENT"_s);
        }
        body.insert(u"candidates"_s, QJsonArray { candidate });
    });
}
