// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <variant>

// What the simulated model is asked, whichever wire format carried the question.
struct SimulatedCall {
    QString model;
    QString systemPrompt;
    QString userPrompt; // the last user message: it keys the expected output
    qint64 inputChars = 0; // every text sent, system prompt included
    int messageCount = 0; // system messages aside
    bool jsonMode = false;
    int maxTokens = 0; // 0: no limit
    bool stream = false; // Ollama streams unless told not to
};

// What it answers.
struct SimulatedAnswer {
    QString text;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    bool truncated = false; // cut at maxTokens
    bool includeUsage = true;
    qint64 latencyMs = 0;
};

// Successes that are no answer. Formats without a form of their own send their nearest one: Gemini
// has no refusal field (its Refusal is a PROHIBITED_CONTENT stop), Anthropic's filters speak through
// stop_reason "refusal", and Ollama, which filters nothing, answers all of them with an empty message.
enum class Decline {
    Refusal,
    ContentFilter,
    EmptyAnswer,
    SafetyBlock, // the prompt, not the answer, was blocked
};

enum class ApiError {
    BadRequest,
    Unauthenticated,
    RateLimited,
    QuotaExceeded, // billing, not rate: retrying cannot help
    ServerError,
    BadGateway,
    Unavailable,
    Overloaded,
};

// One provider's wire format as its real server speaks it: request validation, success bodies,
// and error bodies of the right status and shape.
class FakeApi
{
public:
    virtual ~FakeApi() = default;

    virtual bool handles(const QString& path) const = 0;
    // The call a valid request asks for, or the response the real API gives an invalid one.
    virtual std::variant<SimulatedCall, HttpResponse> parse(const HttpRequest& request) const = 0;
    virtual HttpResponse success(const SimulatedCall& call, const SimulatedAnswer& answer) const = 0;
    // detail replaces the API's usual message; retryDelayMs goes where this format carries it.
    virtual HttpResponse error(ApiError error, const QString& detail = {},
                               std::optional<qint64> retryDelayMs = std::nullopt) const = 0;
    virtual HttpResponse modelNotFound(const QString& model) const = 0;
    virtual HttpResponse declined(Decline decline, const SimulatedCall& call, const SimulatedAnswer& answer) const = 0;

protected:
    // The request body as a JSON object, or why not.
    static std::optional<QJsonObject> jsonBody(const HttpRequest& request, QString* problem);
    static QByteArray responseId(const QByteArray& prefix, const SimulatedCall& call, const SimulatedAnswer& answer);
    // The response with its JSON body changed by edit, headers kept.
    static HttpResponse edited(HttpResponse response, const std::function<void(QJsonObject&)>& edit);
};

// A string, or the joined text of content parts ({"type": "text", "text": ...} or plain strings).
QString contentText(const QJsonValue& content);

// Cloudflare-style HTML, as a gateway in front of any of the APIs sends it.
HttpResponse badGatewayPage();
