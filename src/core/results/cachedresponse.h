// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A provider's answer kept in the response cache. Only the answer: never a key or a header.
struct CachedResponse {
    QString text;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    // Of the original call, so that cached runs still chart latency; unmeasured (-1, as
    // ResultRecord::unmeasuredLatency) for an answer collected from a provider's batch.
    qint64 latencyMs = 0;
    QDateTime storedAt; // when the provider gave it; set by the store on reading, ignored on writing
    qint64 cachedInputTokens = 0; // of inputTokens, those the provider's prompt cache served (a cheaper price)

    friend bool operator==(const CachedResponse&, const CachedResponse&) = default;
};

// Everything that decides a provider's answer; two requests with equal parts get the same answer
// from the cache. Credentials and headers are deliberately not parts: they do not change the answer.
struct CacheKeyParts {
    QString providerKind; // "openai-compatible", "anthropic", ...
    QString baseUrl; // trailing slashes do not matter
    QString model; // the provider's model id, as sent on the wire
    QJsonObject parameters; // temperature, max tokens, JSON mode...: whatever is sent besides the input
    QString renderedInput; // system prompt and messages after placeholders were filled
};

// Lower-case hex SHA-256 over the parts, each length-prefixed so that no two part lists collide.
QString responseCacheKey(const CacheKeyParts& parts);

Q_DECLARE_METATYPE(CachedResponse)
