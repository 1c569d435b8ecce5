// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <optional>
#include <QList>
#include <QMetaType>
#include <QString>

// The ways the fake provider server can misbehave, as real providers do.
enum class Fault {
    RateLimited, // 429 in the wire format's own shape, with a retry hint
    ServerError, // 500
    BadGateway, // 502 with an HTML page from the "gateway"
    ServiceUnavailable, // 503
    Overloaded, // 529
    InsufficientQuota, // the format's billing error: not retryable
    ConnectionReset, // the socket is dropped without an answer
    GarbageBody, // 200 with a body that is not JSON
    TruncatedBody, // Content-Length promises more than is sent before the connection closes
    SlowBody, // the body arrives a few bytes at a time
    MissingUsage, // a good answer without token usage
    // Successes that are no answer, each in the format's own words (see FakeApi::declined):
    Refusal, // the model declines
    ContentFilter, // the provider's filter stops the answer
    EmptyAnswer, // not a word of text (OpenAI: a tool call instead)
    SafetyBlock, // the provider's filter blocks the prompt before anything is generated
    HugeAnswer, // a valid success of FaultRule::answerBytes, generated as it is sent, never held whole
};

// Where a 429 carries its hint.
enum class RetryHint { None, Seconds, Milliseconds, HttpDate, GeminiRetryDelay };

// When a fault strikes. Either by the rule's own request counter (requests of its model, or all
// requests, numbered from 1): requests from..from+count-1 fail, or all from `from` on when count
// is 0; or, with a probability above zero, at random but reproducibly from the injector's seed.
struct FaultRule {
    Fault fault = Fault::ServerError;
    QString model; // empty: every model
    int from = 1;
    int count = 1;
    double probability = 0.0;
    RetryHint hint = RetryHint::Seconds; // for RateLimited
    int retryAfterMs = 1000;
    int dribbleIntervalMs = 20; // for SlowBody: pause between chunks of 16 bytes
    qint64 answerBytes = 60ll * 1024 * 1024; // for HugeAnswer
    HttpResponse::Framing framing = HttpResponse::Framing::ContentLength; // for HugeAnswer
    bool hugeError = false; // for HugeAnswer: the format's 500 with a message of answerBytes instead
};

class FaultInjector
{
public:
    void setSeed(quint64 seed) { m_seed = seed; }
    void addRule(const FaultRule& rule);
    void clear();
    bool isEmpty() const { return m_rules.isEmpty(); }

    // Counts a request for model with every rule that watches it; the first rule that strikes wins.
    std::optional<FaultRule> next(const QString& model);

private:
    struct Entry {
        FaultRule rule;
        int seen = 0;
        int struck = 0;
    };
    bool strikes(const Entry& entry, int index) const;

    QList<Entry> m_rules;
    quint64 m_seed = 0;
};

Q_DECLARE_METATYPE(FaultRule)
