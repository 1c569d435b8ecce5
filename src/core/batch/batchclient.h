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
    using ResultsRead = std::function<void(const QList<BatchItemResult>&)>;
    using ResultsDone = std::function<void(const QString& error)>;
    using CancelDone = std::function<void(const BatchReply&)>;
    // What looking for a batch found: its id (empty: the provider holds no such batch), or why
    // the provider could not be asked (reply's error).
    struct Found {
        BatchReply reply;
        QString remoteId;
        QString inputRef;
    };
    using FindDone = std::function<void(const Found&)>;

    ~BatchClient() override;

    const Provider& provider() const { return m_provider; }
    // The body of one request as the batch carries it, for splitting by size.
    QByteArray requestBody(const CompletionRequest& request) const { return m_calls->requestBody(request); }

    // Creates a batch of items, tagged with tag where the provider keeps one (batchTag()).
    virtual void submit(const QList<BatchItem>& items, const QString& tag, SubmitDone done) = 0;
    // Looks among the provider's batches for the one search describes.
    virtual void find(const BatchSearch& search, FindDone done) = 0;
    virtual void poll(const QString& remoteId, PollDone done) = 0;
    // The results of an ended batch, handed to read a piece at a time as they arrive (items without
    // one are simply absent), then done once. After an error the pieces already read stand; the
    // rest was not read.
    virtual void fetchResults(const QString& remoteId, const BatchStatus& status, int itemCount, ResultsRead read,
                              ResultsDone done) = 0;
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
    // A GET of a JSONL body, each piece of whole lines parsed by parse and handed to read.
    void readLines(const QUrl& url, std::function<QList<BatchItemResult>(const QByteArray&)> parse, ResultsRead read,
                   ResultsDone done);
    QNetworkAccessManager* network() const { return m_network; }
    const ProviderClient& calls() const { return *m_calls; }

    // The answer to creating a batch: its id under idKey, or why there is none.
    static Submitted submittedFrom(const BatchReply& reply, const QString& idKey, const QString& inputRef = {});
    // One page of the provider's list of batches as a client reads it: the batch sought if it is on
    // it, else the cursor of the next page worth reading (empty: none).
    struct ListPage {
        QString remoteId;
        QString inputRef;
        QString nextCursor;
    };
    using PageUrl = std::function<QUrl(const QString& cursor)>;
    using PageReader = std::function<ListPage(const QJsonObject& page)>;
    // Reads the list a page at a time from pageUrl (the first with an empty cursor) until readPage
    // finds the batch or names no next page; past maxListPages pages, an error: not read is not absent.
    void searchPages(PageUrl pageUrl, PageReader readPage, FindDone done, const QString& cursor = {},
                     int pagesRead = 0);
    static constexpr int maxListPages = 20;
    // A GET of the batch at url, its answer read by statusOf.
    void pollAt(const QUrl& url, BatchStatus (*statusOf)(const QJsonObject&), PollDone done);
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
