// SPDX-License-Identifier: GPL-3.0-or-later
// ProviderClient, second half: what a response means, whatever carried it. Pure: no network here.
#include "providerclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString bodySnippet(const QByteArray& body)
{
    constexpr int maxLength = 160;
    const QString text = QString::fromUtf8(body.left(maxLength * 2)).simplified();
    return text.size() > maxLength ? text.left(maxLength) + u'…' : text;
}
} // namespace

CompletionResult ProviderClient::interpret(const CompletionRequest& request, int httpStatus, const QByteArray& body,
                                           const HeaderMap& headers, const QDateTime& now) const
{
    CompletionResult result = ProviderErrors::classifyHttpStatus(httpStatus) == CompletionError::None
        ? bodyResult(request, httpStatus, body, headers, now)
        : errorResult(httpStatus, body, headers, now);
    result.httpStatus = httpStatus;
    result.errorMessage = ProviderErrors::scrubSecrets(result.errorMessage, m_apiKey);
    result.refusalReason = ProviderErrors::scrubSecrets(result.refusalReason, m_apiKey);
    return result;
}

CompletionResult ProviderClient::bodyResult(const CompletionRequest& request, int httpStatus, const QByteArray& body,
                                            const HeaderMap& headers, const QDateTime& now) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject() && document.object().contains(u"error") && !errorMessage(document.object()).isEmpty()) {
        // Some gateways answer 200 with an error object instead of a completion.
        CompletionResult result = errorResult(httpStatus, body, headers, now);
        result.error = CompletionError::Malformed;
        return result;
    }
    if (document.isObject())
        return successResult(request, document.object());
    CompletionResult result;
    result.error = CompletionError::Malformed;
    result.errorMessage = parseError.error != QJsonParseError::NoError
        ? tr("The response is not valid JSON (%1): %2").arg(parseError.errorString(), bodySnippet(body))
        : tr("The response is not a JSON object: %1").arg(bodySnippet(body));
    return result;
}

CompletionResult ProviderClient::successResult(const CompletionRequest& request, const QJsonObject& body) const
{
    const ParsedCompletion parsed = parseCompletion(body);
    CompletionResult result;
    if (parsed.error != CompletionError::None) {
        result.error = parsed.error;
        result.errorMessage = parsed.problem;
        return result;
    }
    result.text = parsed.text;
    result.finishReason = parsed.finishReason;
    result.cachedInputTokens = parsed.cachedInputTokens;
    result.reasoningTokens = parsed.reasoningTokens;
    result.usageEstimated = !parsed.inputTokens || !parsed.outputTokens;
    result.inputTokens = parsed.inputTokens.value_or(estimateInputTokens(request));
    result.outputTokens = parsed.outputTokens.value_or(estimateTokens(parsed.text));
    result.refusal = parsed.refusal;
    result.refusalReason = parsed.refusalReason;
    markEmptyAnswer(result);
    return result;
}

// Whatever the format, a success without a word of text did not do the task.
void ProviderClient::markEmptyAnswer(CompletionResult& result)
{
    if (result.refusal != Refusal::None || !result.text.trimmed().isEmpty())
        return;
    result.refusal = Refusal::EmptyAnswer;
    if (result.refusalReason.isEmpty()) {
        result.refusalReason = result.finishReason.isEmpty()
            ? tr("No text came back")
            : tr("No text came back (finish reason: %1)").arg(result.finishReason);
    }
}

CompletionResult ProviderClient::errorResult(int httpStatus, const QByteArray& body, const HeaderMap& headers,
                                             const QDateTime& now) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    CompletionResult result;
    result.httpStatus = httpStatus;
    if (const std::optional<QString> reason = filterReasonOfError(httpStatus, root)) {
        // Nothing was generated, and a filtered prompt is not billed.
        result.refusal = Refusal::ContentFilter;
        result.refusalReason = *reason;
        return result;
    }
    result.error = classifyError(httpStatus, root);
    result.errorMessage = errorMessage(root);
    if (result.errorMessage.isEmpty()) {
        result.errorMessage = body.trimmed().isEmpty()
            ? tr("HTTP status %1 with an empty body").arg(httpStatus)
            : tr("HTTP status %1: %2").arg(httpStatus).arg(bodySnippet(body));
    }
    result.retryAfterMs = ProviderErrors::retryAfterFromHeaders(headers, httpStatus, now);
    if (!result.retryAfterMs)
        result.retryAfterMs = retryHintFromBody(root);
    return result;
}
