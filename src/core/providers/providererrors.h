// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completion.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QHash>

// Response headers with lower-case names.
using HeaderMap = QHash<QByteArray, QByteArray>;

// Pure helpers that read what a provider's answer means; no network here.
namespace ProviderErrors {

CompletionError classifyHttpStatus(int status);

// The hint in retry-after-ms, retry-after (seconds or an HTTP date, measured from now), or for a 429,
// OpenAI's x-ratelimit-reset-* durations.
std::optional<qint64> retryAfterFromHeaders(const HeaderMap& headers, int httpStatus, const QDateTime& now);

// "3s", "1.5s", "20ms", "6m0s", "1h2m3.5s" (Go and protobuf Duration text) in milliseconds.
std::optional<qint64> parseDuration(const QString& text);

// IMF-fixdate, RFC 850 and asctime forms (RFC 9110 section 5.6.7).
std::optional<QDateTime> parseHttpDate(const QByteArray& text);

// Removes the key, and anything that looks like one, from a text bound for a message or a log.
QString scrubSecrets(const QString& text, const QString& apiKey);

} // namespace ProviderErrors
