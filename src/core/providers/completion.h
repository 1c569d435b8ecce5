// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/testcase.h"

#include <optional>
#include <QList>
#include <QMetaType>
#include <QString>

// One chat completion to send, whichever provider kind carries it.
struct CompletionRequest {
    QString id; // the caller's, echoed in the result
    QString model; // the provider's model id, as sent on the wire
    QString systemPrompt;
    QList<ChatMessage> messages; // roles "user" and "assistant"; "system" ones join the system prompt
    std::optional<double> temperature; // absent: the provider's default
    int maxTokens = 1024; // 0: the provider's default (Anthropic requires one: 1024 is sent)
    bool jsonMode = false; // ask for a JSON object where the provider has a switch for it
    int attempt = 1; // 1 for the first try; copied into the result

    friend bool operator==(const CompletionRequest&, const CompletionRequest&) = default;
};

// What went wrong, in the terms that decide what to do next.
enum class CompletionError {
    None,
    Retryable, // rate limits, overload, 5xx, timeouts, dropped connections
    Fatal, // bad request, authentication, unknown model, exhausted quota: retrying cannot help
    Malformed, // a body that is not the provider's format: garbage, truncated
    TooLarge, // an answer past the size its max tokens allow; it was not read to the end
    Cancelled, // the caller aborted it
};

// "none", "retryable", "fatal", "malformed", "too-large", "cancelled"
QString completionErrorKey(CompletionError error);

// A call that succeeded without doing the task: the model declined, the provider's filter stopped
// it, or nothing came back. Not an error: retrying asks the same question of the same model.
enum class Refusal {
    None,
    Refused, // the model declined (OpenAI message.refusal, Anthropic stop_reason "refusal")
    ContentFilter, // the provider's filter blocked the prompt or the answer
    EmptyAnswer, // no text at all: a tool call, the token limit spent on reasoning, an empty message
};

QString refusalKey(Refusal refusal); // "", "refusal", "content-filter", "empty-answer"

struct CompletionResult {
    QString requestId;
    QString text;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0; // reasoning tokens included
    qint64 cachedInputTokens = 0; // part of inputTokens served from the provider's prompt cache
    qint64 reasoningTokens = 0; // part of outputTokens spent on hidden reasoning
    bool usageEstimated = false; // the provider omitted usage; counted at ~4 characters a token
    QString finishReason; // the provider's own word: "stop", "end_turn", "length", "MAX_TOKENS"...
    qint64 latencyMs = 0;
    int httpStatus = 0; // 0: no HTTP response at all
    int attempts = 1;
    CompletionError error = CompletionError::None;
    QString errorMessage; // never holds an API key
    std::optional<qint64> retryAfterMs; // the provider's hint, when it gave one
    Refusal refusal = Refusal::None; // set only when error is None
    QString refusalReason; // the provider's own words for it, when it gave any

    bool isOk() const { return error == CompletionError::None; }
    bool isAnswer() const { return isOk() && refusal == Refusal::None; } // text to score
    friend bool operator==(const CompletionResult&, const CompletionResult&) = default;
};

// Tokens in a text at the usual ~4 characters a token, for providers that omit usage.
qint64 estimateTokens(const QString& text);
qint64 estimateInputTokens(const CompletionRequest& request);

void registerCompletionMetaTypes();

Q_DECLARE_METATYPE(CompletionRequest)
Q_DECLARE_METATYPE(CompletionResult)
Q_DECLARE_METATYPE(CompletionError)
Q_DECLARE_METATYPE(Refusal)
