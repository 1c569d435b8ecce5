// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchclient.h"

#include "anthropicbatchclient.h"
#include "geminibatchclient.h"
#include "openaibatchclient.h"

#include "providers/providerfactory.h"

#include <QDateTime>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

BatchClient::BatchClient(const Provider& provider, const QString& apiKey, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_network(new QNetworkAccessManager(this))
    , m_calls(createProviderClient(provider, apiKey, m_network))
{
}

BatchClient::~BatchClient()
{
    // Transfers die while this is still a BatchClient, so none calls back into a half-destroyed one.
    qDeleteAll(findChildren<BatchTransfer*>(Qt::FindDirectChildrenOnly));
}

QString BatchClient::baseUrl() const
{
    return callBaseUrl(m_provider);
}

QNetworkRequest BatchClient::jsonRequest(const QUrl& url) const
{
    QNetworkRequest request = m_calls->networkRequest(CompletionRequest {});
    request.setUrl(url);
    // A results file can take a while to produce; the transfer timeout counts silence, not the whole.
    request.setTransferTimeout(std::max(60, m_provider.timeoutSeconds) * 1000);
    return request;
}

BatchTransfer* BatchClient::send(const QUrl& url, const QByteArray& verb, const QByteArray& body, qint64 maxBytes,
                                 BatchTransfer::Done done)
{
    return BatchTransfer::start(m_network, jsonRequest(url), verb, body, maxBytes, this, std::move(done));
}

void BatchClient::readLines(const QUrl& url, std::function<QList<BatchItemResult>(const QByteArray&)> parse,
                            ResultsRead read, ResultsDone done)
{
    BatchTransfer::startLines(
        m_network, jsonRequest(url), resultsCap(1), this,
        [parse = std::move(parse), read = std::move(read)](const QByteArray& lines) { read(parse(lines)); },
        [done = std::move(done)](const BatchReply& reply) { done(reply.isOk() ? QString() : reply.errorMessage); });
}

CompletionResult BatchClient::interpret(const QString& customId, int httpStatus, const QByteArray& body) const
{
    CompletionRequest request;
    request.id = customId;
    return m_calls->interpret(request, httpStatus, body, {}, QDateTime::currentDateTimeUtc());
}

CompletionResult BatchClient::itemError(const QString& customId, CompletionError kind, const QString& message)
{
    CompletionResult result;
    result.requestId = customId;
    result.error = kind;
    result.errorMessage = message;
    return result;
}

BatchClient::Submitted BatchClient::submittedFrom(const BatchReply& reply, const QString& idKey,
                                                 const QString& inputRef)
{
    Submitted submitted { reply, reply.json()[idKey].toString(), inputRef };
    if (reply.isOk() && submitted.remoteId.isEmpty()) {
        submitted.reply.error = CompletionError::Malformed;
        submitted.reply.errorMessage = tr("The provider's answer names no batch (no \"%1\").").arg(idKey);
    }
    return submitted;
}

void BatchClient::pollAt(const QUrl& url, BatchStatus (*statusOf)(const QJsonObject&), PollDone done)
{
    send(url, "GET", {}, statusCap, [statusOf, done = std::move(done)](const BatchReply& reply) {
        done(reply.isOk() ? statusOf(reply.json().object()) : pollFailure(reply));
    });
}

void BatchClient::searchPages(PageUrl pageUrl, PageReader readPage, FindDone done, const QString& cursor, int pagesRead)
{
    const QUrl url = pageUrl(cursor);
    send(url, "GET", {}, statusCap,
         [this, pageUrl = std::move(pageUrl), readPage = std::move(readPage), done = std::move(done),
          pagesRead](const BatchReply& reply) mutable {
             if (!reply.isOk()) {
                 done(Found { reply, {}, {} });
                 return;
             }
             const ListPage page = readPage(reply.json().object());
             if (!page.remoteId.isEmpty() || page.nextCursor.isEmpty()) {
                 done(Found { reply, page.remoteId, page.inputRef });
                 return;
             }
             if (pagesRead + 1 >= maxListPages) {
                 const QString tooLong = tr("The provider's list of batches runs past %1 pages, and the batch "
                                            "was not among them.")
                                             .arg(maxListPages);
                 done(Found { BatchReply { reply.httpStatus, {}, CompletionError::TooLarge, tooLong }, {}, {} });
                 return;
             }
             searchPages(std::move(pageUrl), std::move(readPage), std::move(done), page.nextCursor, pagesRead + 1);
         });
}

void BatchClient::forEachLine(const QByteArray& jsonl, const std::function<void(const QJsonObject&)>& visit)
{
    qsizetype start = 0;
    while (start < jsonl.size()) {
        qsizetype end = jsonl.indexOf('\n', start);
        if (end < 0)
            end = jsonl.size();
        const QJsonObject line = QJsonDocument::fromJson(jsonl.mid(start, end - start)).object();
        start = end + 1;
        if (!line[u"custom_id"_s].toString().isEmpty())
            visit(line);
    }
}

BatchStatus BatchClient::pollFailure(const BatchReply& reply)
{
    BatchStatus status;
    status.error = reply.errorMessage;
    if (reply.error == CompletionError::Fatal) {
        status.ok = true;
        status.ended = true;
        status.lost = true;
    }
    return status;
}

qint64 BatchClient::resultsCap(int itemCount)
{
    constexpr qint64 perItem = 256 * 1024;
    constexpr qint64 ceiling = 2048LL * 1024 * 1024;
    return std::min(ceiling, statusCap + perItem * std::max(1, itemCount));
}

std::unique_ptr<BatchClient> createBatchClient(const Provider& provider, const QString& apiKey, QObject* parent)
{
    switch (provider.kind) {
    case ProviderKind::OpenAiCompatible:
        return std::make_unique<OpenAiBatchClient>(provider, apiKey, parent);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicBatchClient>(provider, apiKey, parent);
    case ProviderKind::Gemini:
        return std::make_unique<GeminiBatchClient>(provider, apiKey, parent);
    case ProviderKind::Ollama:
        break;
    }
    return nullptr;
}
