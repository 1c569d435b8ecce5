// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completion.h"
#include "completionreply.h"
#include "domain/provider.h"
#include "providererrors.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

// What a provider's success body says, before usage is estimated where it is missing.
struct ParsedCompletion {
    CompletionError error = CompletionError::None; // Malformed when not None
    QString problem; // why, when error is set
    Refusal refusal = Refusal::None; // an answer that is none; an empty text becomes EmptyAnswer anyway
    QString refusalReason;
    QString text;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    qint64 cachedInputTokens = 0;
    qint64 reasoningTokens = 0;
    QString finishReason;
};

// Speaks one provider's wire format over a QNetworkAccessManager on the thread that owns it;
// asynchronous, many requests in flight at once. One attempt per send(): retries are the
// caller's (see RetryPolicy). The API key never reaches a message, a log or a result.
class ProviderClient : public QObject
{
    Q_OBJECT
public:
    ~ProviderClient() override;

    const Provider& provider() const { return m_provider; }

    CompletionReply* send(const CompletionRequest& request);

    // The exact request send() would make, and what a response means: pure, so tests can check
    // both without a network.
    QNetworkRequest networkRequest(const CompletionRequest& request) const;
    QByteArray requestBody(const CompletionRequest& request) const;
    CompletionResult interpret(const CompletionRequest& request, int httpStatus, const QByteArray& body,
                               const HeaderMap& headers, const QDateTime& now) const;

Q_SIGNALS:
    // Every reply's result, as well as the reply's own signal.
    void finished(const CompletionResult& result);

protected:
    ProviderClient(const Provider& provider, const QString& apiKey, QNetworkAccessManager* network, QObject* parent);

    QString baseUrl() const; // without a trailing slash
    const QString& apiKey() const { return m_apiKey; }

    virtual QUrl endpoint(const CompletionRequest& request) const = 0;
    virtual void setProtocolHeaders(QNetworkRequest& request) const;
    virtual void authenticate(QNetworkRequest& request) const = 0; // only called with a key
    virtual QJsonObject body(const CompletionRequest& request) const = 0;
    virtual ParsedCompletion parseCompletion(const QJsonObject& body) const = 0;
    virtual QString errorMessage(const QJsonValue& body) const = 0; // empty: none found
    virtual CompletionError classifyError(int httpStatus, const QJsonValue& body) const;
    // An error status that is really the provider's filter speaking (Azure's 400 "content_filter"):
    // its reason, or nothing.
    virtual std::optional<QString> filterReasonOfError(int httpStatus, const QJsonValue& body) const;
    virtual std::optional<qint64> retryHintFromBody(const QJsonValue& body) const;

    // Shared by the formats that take OpenAI-style {role, content} messages.
    static QJsonArray chatMessages(const CompletionRequest& request);
    static QString joinedSystemPrompt(const CompletionRequest& request);
    static std::optional<qint64> tokenCount(const QJsonObject& object, const QString& key);
    static QString describeError(const QString& type, const QString& message); // "type: message"

private:
    void onNetworkFinished(CompletionReply* reply);
    CompletionResult resultOf(CompletionReply* reply) const;
    CompletionResult transportFailure(const QNetworkReply* reply) const;
    CompletionResult oversizeResult(CompletionReply* reply, int httpStatus) const;
    CompletionResult bodyResult(const CompletionRequest& request, int httpStatus, const QByteArray& body,
                                const HeaderMap& headers, const QDateTime& now) const;
    CompletionResult successResult(const CompletionRequest& request, const QJsonObject& body) const;
    static void markEmptyAnswer(CompletionResult& result);
    CompletionResult errorResult(int httpStatus, const QByteArray& body, const HeaderMap& headers,
                                 const QDateTime& now) const;

    Provider m_provider;
    QString m_apiKey;
    QNetworkAccessManager* m_network;
};
