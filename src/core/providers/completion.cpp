// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"

QString completionErrorKey(CompletionError error)
{
    switch (error) {
    case CompletionError::None:
        return QStringLiteral("none");
    case CompletionError::Retryable:
        return QStringLiteral("retryable");
    case CompletionError::Fatal:
        return QStringLiteral("fatal");
    case CompletionError::Malformed:
        return QStringLiteral("malformed");
    case CompletionError::TooLarge:
        return QStringLiteral("too-large");
    case CompletionError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString refusalKey(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        break;
    case Refusal::Refused:
        return QStringLiteral("refusal");
    case Refusal::ContentFilter:
        return QStringLiteral("content-filter");
    case Refusal::EmptyAnswer:
        return QStringLiteral("empty-answer");
    }
    return {};
}

qint64 estimateTokens(const QString& text)
{
    return (text.size() + 3) / 4;
}

qint64 estimateInputTokens(const CompletionRequest& request)
{
    qint64 tokens = estimateTokens(request.systemPrompt);
    for (const auto& message : request.messages)
        tokens += estimateTokens(message.content) + 3; // role and separators, as chat templates add
    return tokens;
}

void registerCompletionMetaTypes()
{
    qRegisterMetaType<CompletionRequest>();
    qRegisterMetaType<CompletionResult>();
    qRegisterMetaType<CompletionError>();
    qRegisterMetaType<Refusal>();
}
