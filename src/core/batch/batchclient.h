// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchtransfer.h"
#include "batchtypes.h"

#include "providers/providerclient.h"

#include <functional>
#include <memory>
#include <QObject>

class QNetworkAccessManager;

// Speaks one provider's batch API: submit a batch of requests, poll it, read its results, cancel
// it. Every call is asynchronous and calls back exactly once, unless the client is destroyed
// first. The requests' own wire format (the bodies, and what an answer means) is the provider
// client's, so that a batch answer reads exactly as the same answer given interactively would.
class BatchClient : public QObject
{
    Q_OBJECT
public:
    struct Submitted {
        BatchReply reply; // the failure, when there was one
        QString remoteId;
        QString inputRef;
    };
    using SubmitDone = std::function<void(const Submitted&)>;
    using PollDone = std::function<void(const BatchStatus&)>;
    using ResultsDone = std::function<void(const QList<BatchItemResult>&, const QString& error)>;
    using CancelDone = std::function<void(const BatchReply&)>;

    ~BatchClient() override;

    const Provider& provider() const { return m_provider; }
    // The body of one request as the batch carries it, for splitting by size.
    QByteArray requestBody(const CompletionRequest& request) const { return m_calls->requestBody(request); }

    virtual void submit(const QList<BatchItem>& items, SubmitDone done) = 0;
    virtual void poll(const QString& remoteId, PollDone done) = 0;
    // The results of an ended batch; items without one are simply absent.
    virtual void fetchResults(const QString& remoteId, const BatchStatus& status, int itemCount, ResultsDone done) = 0;
    virtual void cancel(const QString& remoteId, CancelDone done) = 0;

    // An item the provider gave up on: errored, expired, cancelled. Retryable: running it again may help.
    static CompletionResult itemError(const QString& requestId, CompletionError kind, const QString& message);
    // What a failed poll means: a passing failure to try again, or a batch the provider has lost.
    static BatchStatus pollFailure(const BatchReply& reply);

protected:
    BatchClient(const Provider& provider, const QString& apiKey, QObject* parent);

    QString baseUrl() const; // without a trailing slash
    QNetworkRequest jsonRequest(const QUrl& url) const; // the provider client's headers and key
    BatchTransfer* send(const QUrl& url, const QByteArray& verb, const QByteArray& body, qint64 maxBytes,
                        BatchTransfer::Done done);
    QNetworkAccessManager* network() const { return m_network; }
    const ProviderClient& calls() const { return *m_calls; }

    // The answer to creating a batch: its id under idKey, or why there is none.
    static Submitted submittedFrom(const BatchReply& reply, const QString& idKey, const QString& inputRef = {});
    // A GET of the batch at url, its answer read by statusOf.
    void pollAt(const QUrl& url, BatchStatus (*statusOf)(const QJsonObject&), PollDone done);
    // A GET of the results of itemCount items at url, read by parse; a failed GET is handed on as the error.
    using ResultsParser = std::function<QList<BatchItemResult>(const BatchReply&)>;
    void fetchAt(const QUrl& url, int itemCount, ResultsParser parse, ResultsDone done);
    // Each line of a JSONL body that is a JSON object with a custom_id.
    static void forEachLine(const QByteArray& jsonl, const std::function<void(const QJsonObject&)>& visit);
    // A result as the interactive client reads a response of this status and body.
    CompletionResult interpret(const QString& customId, int httpStatus, const QByteArray& body) const;
    // The most bytes read for the results of itemCount items: generous per answer, never unbounded.
    static qint64 resultsCap(int itemCount);
    static constexpr qint64 statusCap = 1024 * 1024;

private:
    Provider m_provider;
    QNetworkAccessManager* m_network;
    std::unique_ptr<ProviderClient> m_calls;
};

// The batch client of provider.kind; null for kinds without a batch API.
std::unique_ptr<BatchClient> createBatchClient(const Provider& provider, const QString& apiKey,
                                               QObject* parent = nullptr);
