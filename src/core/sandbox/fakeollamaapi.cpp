// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeollamaapi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
HttpResponse ollamaError(int status, const QString& message)
{
    return HttpResponse::json(status, QJsonObject { { u"error"_s, message } });
}

QString checkMessages(const QJsonObject& body, SimulatedCall& call)
{
    static const QStringList roles { u"system"_s, u"user"_s, u"assistant"_s, u"tool"_s };
    const QJsonArray messageArray = body[u"messages"_s].toArray();
    for (const auto& message : messageArray) {
        const QString role = message[u"role"_s].toString();
        if (!roles.contains(role))
            return u"invalid role: %1"_s.arg(role);
        if (!message[u"content"_s].isString() && !message[u"content"_s].isUndefined())
            return u"json: cannot unmarshal into Go struct field Message.messages.content of type string"_s;
        const QString text = message[u"content"_s].toString();
        call.inputChars += text.size();
        if (role == u"system") {
            call.systemPrompt += call.systemPrompt.isEmpty() ? text : u"\n\n"_s + text;
            continue;
        }
        ++call.messageCount;
        if (role == u"user")
            call.userPrompt = text;
    }
    return {};
}

QString checkOptions(const QJsonObject& body, SimulatedCall& call)
{
    const QJsonValue format = body[u"format"_s];
    if (!format.isUndefined() && !format.isObject() && format.toString() != u"json" && !format.toString().isEmpty())
        return u"invalid format: expected \"json\" or a JSON schema"_s;
    call.jsonMode = format.isObject() || format.toString() == u"json";
    const QJsonValue options = body[u"options"_s];
    if (!options.isUndefined() && !options.isObject())
        return u"json: cannot unmarshal into Go struct field ChatRequest.options of type map[string]interface {}"_s;
    const QJsonValue temperature = options[u"temperature"_s];
    if (!temperature.isUndefined() && !temperature.isDouble())
        return u"option \"temperature\" must be of type float32"_s;
    call.maxTokens = std::max(0, int(options[u"num_predict"_s].toInteger()));
    call.stream = body[u"stream"_s].toBool(true);
    return {};
}

QJsonObject finalChunk(const SimulatedCall& call, const SimulatedAnswer& answer, const QString& content)
{
    const qint64 totalNs = std::max<qint64>(answer.latencyMs, 1) * 1000000;
    QJsonObject chunk { { u"model"_s, call.model },
                        { u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                        { u"message"_s, QJsonObject { { u"role"_s, u"assistant"_s }, { u"content"_s, content } } },
                        { u"done_reason"_s,
                          call.messageCount == 0 ? u"load"_s
                              : answer.truncated ? u"length"_s
                                                 : u"stop"_s },
                        { u"done"_s, true },
                        { u"total_duration"_s, totalNs },
                        { u"load_duration"_s, totalNs / 20 } };
    if (answer.includeUsage && call.messageCount > 0) {
        chunk.insert(u"prompt_eval_count"_s, answer.inputTokens);
        chunk.insert(u"prompt_eval_duration"_s, totalNs / 5);
        chunk.insert(u"eval_count"_s, answer.outputTokens);
        chunk.insert(u"eval_duration"_s, totalNs - totalNs / 4);
    }
    return chunk;
}

HttpResponse streamed(const SimulatedCall& call, const SimulatedAnswer& answer)
{
    QByteArray lines;
    static const QRegularExpression wordEnd(u"(?<=\\s)"_s);
    for (const QString& piece : answer.text.split(wordEnd, Qt::SkipEmptyParts)) {
        const QJsonObject chunk { { u"model"_s, call.model },
                                  { u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                                  { u"message"_s,
                                    QJsonObject { { u"role"_s, u"assistant"_s }, { u"content"_s, piece } } },
                                  { u"done"_s, false } };
        lines += QJsonDocument(chunk).toJson(QJsonDocument::Compact) + '\n';
    }
    lines += QJsonDocument(finalChunk(call, answer, {})).toJson(QJsonDocument::Compact) + '\n';
    return HttpResponse::text(200, QByteArrayLiteral("application/x-ndjson"), lines);
}
} // namespace

bool FakeOllamaApi::handles(const QString& path) const
{
    return path == u"/api/chat";
}

std::variant<SimulatedCall, HttpResponse> FakeOllamaApi::parse(const HttpRequest& request) const
{
    QString problem;
    const auto body = jsonBody(request, &problem);
    if (!body)
        return error(ApiError::BadRequest, problem);
    SimulatedCall call;
    call.model = (*body)[u"model"_s].toString();
    if (call.model.isEmpty())
        problem = u"model is required"_s;
    if (problem.isEmpty())
        problem = checkMessages(*body, call);
    if (problem.isEmpty())
        problem = checkOptions(*body, call);
    if (!problem.isEmpty())
        return error(ApiError::BadRequest, problem);
    return call;
}

HttpResponse FakeOllamaApi::success(const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    if (call.stream)
        return streamed(call, answer);
    const QString content = call.messageCount == 0 ? QString() : answer.text; // no messages: Ollama just loads
    return HttpResponse::json(200, finalChunk(call, answer, content));
}

HttpResponse FakeOllamaApi::error(ApiError error, const QString& detail, std::optional<qint64>) const
{
    const auto message = [&detail](const QString& usual) { return detail.isEmpty() ? usual : detail; };
    switch (error) {
    case ApiError::BadRequest:
        return ollamaError(400, message(u"invalid request"_s));
    case ApiError::Unauthenticated:
        return ollamaError(401, message(u"unauthorized"_s));
    case ApiError::RateLimited:
        return ollamaError(429, message(u"too many requests"_s));
    case ApiError::QuotaExceeded:
        return ollamaError(403, message(u"you have reached your usage limit"_s));
    case ApiError::ServerError:
        return ollamaError(500, message(u"llama runner process has terminated: signal: killed"_s));
    case ApiError::BadGateway:
        return badGatewayPage();
    case ApiError::Unavailable:
        return ollamaError(503, message(u"server busy, please try again.  maximum pending requests exceeded"_s));
    case ApiError::Overloaded:
        return ollamaError(529, message(u"overloaded"_s));
    }
    return ollamaError(500, detail);
}

HttpResponse FakeOllamaApi::modelNotFound(const QString& model) const
{
    return ollamaError(404, u"model \"%1\" not found, try pulling it first"_s.arg(model));
}

// Ollama filters nothing and has no refusal field: every decline is an empty message.
HttpResponse FakeOllamaApi::declined(Decline, const SimulatedCall& call, const SimulatedAnswer& answer) const
{
    return HttpResponse::json(200, finalChunk(call, answer, QString()));
}
