// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completion.h"

#include <QtGlobal>

// How much of a provider's response is read before it is given up: an answer can only be as long
// as the request's max tokens allow, so anything far beyond that is a broken or hostile server, and
// reading it would cost memory and results-database space in proportion to what it sends.
namespace ResponseLimit {

// A token's text rarely passes 16 bytes; JSON escapes (\uXXXX) can double that.
constexpr qint64 bytesPerToken = 32;
constexpr qint64 overheadBytes = 1024 * 1024; // ids, usage, safety ratings, thoughts' signatures
constexpr qint64 floorBytes = 4 * 1024 * 1024; // also the limit when max tokens is left to the provider
constexpr qint64 ceilingBytes = 32 * 1024 * 1024;
constexpr qint64 errorBodyBytes = 256 * 1024; // an error body only needs to say what went wrong

// The most bytes of a successful response read for this request.
qint64 answerBytes(const CompletionRequest& request);

// A limit in megabytes as messages show it: "4", "1.5".
QString megabytes(qint64 bytes);

} // namespace ResponseLimit
