// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultresponses.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
HttpResponse garbage()
{
    return HttpResponse::text(
        200, QByteArrayLiteral("application/json"),
        QByteArrayLiteral("\x1f\x8b\x08\x00upstream connect error or disconnect/reset before headers. "
                          "reset reason: overflow {\"choices\": [{"));
}

Decline declineOf(Fault fault)
{
    switch (fault) {
    case Fault::Refusal:
        return Decline::Refusal;
    case Fault::ContentFilter:
        return Decline::ContentFilter;
    case Fault::SafetyBlock:
        return Decline::SafetyBlock;
    default:
        return Decline::EmptyAnswer;
    }
}

// The format's own success body with an answer of rule.answerBytes in all: its text is the filler
// the connection generates while it writes, so the server never holds it.
HttpResponse hugeAnswer(const FakeApi& api, const SimulatedCall& call, SimulatedAnswer answer, const FaultRule& rule)
{
    static const QByteArray marker = QByteArrayLiteral("@@signalbox-filler@@");
    answer.text = QString::fromLatin1(marker);
    HttpResponse response = rule.hugeError ? api.error(ApiError::ServerError, answer.text) : api.success(call, answer);
    const qsizetype at = response.body.indexOf(marker);
    response.streamTail = response.body.mid(at + marker.size());
    response.body.truncate(at);
    response.streamedBytes = std::max(rule.answerBytes, qint64(response.body.size() + response.streamTail.size()));
    response.delivery = HttpResponse::Delivery::Streamed;
    response.framing = rule.framing;
    return response;
}
} // namespace

namespace FaultResponses {

bool takesModelTime(Fault fault)
{
    switch (fault) {
    case Fault::TruncatedBody:
    case Fault::SlowBody:
    case Fault::MissingUsage:
    case Fault::GarbageBody:
    case Fault::Refusal:
    case Fault::ContentFilter:
    case Fault::EmptyAnswer:
    case Fault::HugeAnswer:
        return true;
    default:
        return false; // errors come back at once, as real ones do; so does a blocked prompt
    }
}

std::optional<HttpResponse> answer(const FakeApi& api, const SimulatedCall& call, const SimulatedAnswer& answer,
                                   const FaultRule& rule)
{
    HttpResponse response;
    switch (rule.fault) {
    case Fault::ConnectionReset:
        response.delivery = HttpResponse::Delivery::Reset;
        return response;
    case Fault::GarbageBody:
        return garbage();
    case Fault::MissingUsage: {
        SimulatedAnswer withoutUsage = answer;
        withoutUsage.includeUsage = false;
        return api.success(call, withoutUsage);
    }
    case Fault::TruncatedBody:
        response = api.success(call, answer);
        response.delivery = HttpResponse::Delivery::Truncated;
        return response;
    case Fault::SlowBody:
        response = api.success(call, answer);
        response.delivery = HttpResponse::Delivery::Dribbled;
        response.dribbleIntervalMs = rule.dribbleIntervalMs;
        return response;
    case Fault::Refusal:
    case Fault::ContentFilter:
    case Fault::EmptyAnswer:
    case Fault::SafetyBlock:
        return api.declined(declineOf(rule.fault), call, answer);
    case Fault::HugeAnswer:
        return hugeAnswer(api, call, answer, rule);
    default:
        return std::nullopt;
    }
}

void addRetryHint(HttpResponse& response, const FaultRule& rule)
{
    const QByteArray seconds = QByteArray::number((rule.retryAfterMs + 999) / 1000);
    switch (rule.hint) {
    case RetryHint::Seconds:
        response.setHeader("retry-after", seconds);
        break;
    case RetryHint::Milliseconds: // as OpenAI sends it: both
        response.setHeader("retry-after-ms", QByteArray::number(rule.retryAfterMs));
        response.setHeader("retry-after", seconds);
        break;
    case RetryHint::HttpDate: {
        const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(rule.retryAfterMs);
        response.setHeader("retry-after", QLocale::c().toString(at, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1());
        break;
    }
    case RetryHint::None:
    case RetryHint::GeminiRetryDelay:
        break;
    }
}

} // namespace FaultResponses
