// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicbatchclient.h"

#include <memory>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// The batch sought was made between the moment its creation was sent (less the clocks' difference)
// and the moment the answer would have come back, even for an upload of a few hundred megabytes.
constexpr qint64 clockSkewSecs = 2 * 60;
constexpr qint64 longestCreationSecs = 30 * 60;
} // namespace

AnthropicBatchClient::AnthropicBatchClient(const Provider& provider, const QString& apiKey, QObject* parent)
    : BatchClient(provider, apiKey, parent)
{
}

QUrl AnthropicBatchClient::url(const QString& path) const
{
    const QString base = baseUrl();
    return QUrl(base + (base.endsWith(u"/v1") ? QString() : u"/v1"_s) + u"/messages/batches"_s + path);
}

void AnthropicBatchClient::submit(const QList<BatchItem>& items, const QString&, SubmitDone done)
{
    // Written by hand: the bodies are already JSON, and a QJsonArray of 100,000 would cost far more.
    QByteArray body = R"({"requests":[)";
    for (qsizetype i = 0; i < items.size(); ++i) {
        body += (i > 0 ? R"(,{"custom_id":")" : R"({"custom_id":")") + items.at(i).customId.toLatin1()
            + R"(","params":)" + requestBody(items.at(i).request) + '}';
    }
    body += "]}";
    send(url({}), "POST", body, statusCap,
         [done = std::move(done)](const BatchReply& reply) { done(submittedFrom(reply, u"id"_s)); });
}

// A message batch keeps no tag of its own, so the batch sought is told by what it has: created soon
// after its creation was sent, as many requests, and none of the batches the workspace knows.
// Without the time it was sent (batches recorded before it was kept) it cannot be told; when two
// batches fit (another client sending as many requests at the same moment), neither is taken.
void AnthropicBatchClient::find(const BatchSearch& search, FindDone done)
{
    if (!search.sentAt.isValid()) {
        done(Found {});
        return;
    }
    auto fitting = std::make_shared<QStringList>();
    const QDateTime oldest = search.sentAt.addSecs(-clockSkewSecs);
    const QDateTime newest = search.sentAt.addSecs(longestCreationSecs);
    const PageUrl pageUrl = [this](const QString& afterId) {
        QUrl page = url({});
        QUrlQuery query { { u"limit"_s, u"100"_s } };
        if (!afterId.isEmpty())
            query.addQueryItem(u"after_id"_s, afterId);
        page.setQuery(query);
        return page;
    };
    const PageReader readPage = [search, oldest, newest, fitting](const QJsonObject& list) {
        ListPage page;
        const QJsonArray batches = list[u"data"_s].toArray();
        for (const auto& batch : batches) {
            const QDateTime created = QDateTime::fromString(batch[u"created_at"_s].toString(), Qt::ISODateWithMs);
            if (created < oldest)
                return page;
            const QString id = batch[u"id"_s].toString();
            if (created <= newest && !search.knownIds.contains(id)
                && requestCount(batch.toObject()) == search.itemCount)
                fitting->append(id);
        }
        if (list[u"has_more"_s].toBool() && !batches.isEmpty())
            page.nextCursor = list[u"last_id"_s].toString(batches.last()[u"id"_s].toString());
        return page;
    };
    searchPages(pageUrl, readPage, [fitting, done = std::move(done)](const Found& listed) {
        if (!listed.reply.isOk() || fitting->size() < 2) {
            done(listed.reply.isOk() ? Found { listed.reply, fitting->value(0), {} } : listed);
            return;
        }
        const QString ambiguous = tr("%1 batches at the provider fit this one (%2); which is this run's "
                                     "cannot be told.")
                                      .arg(fitting->size())
                                      .arg(fitting->join(u", "_s));
        done(Found { BatchReply { listed.reply.httpStatus, {}, CompletionError::Fatal, ambiguous }, {}, {} });
    });
}

int AnthropicBatchClient::requestCount(const QJsonObject& batch)
{
    const QJsonObject counts = batch[u"request_counts"_s].toObject();
    int total = 0;
    for (const QString& key : { u"processing"_s, u"succeeded"_s, u"errored"_s, u"canceled"_s, u"expired"_s })
        total += counts[key].toInt();
    return total;
}

BatchStatus AnthropicBatchClient::statusOf(const QJsonObject& batch)
{
    BatchStatus status;
    status.ok = true;
    const QString state = batch[u"processing_status"_s].toString();
    status.ended = state == u"ended";
    status.cancelling = state == u"canceling";
    const QJsonObject counts = batch[u"request_counts"_s].toObject();
    const int succeeded = counts[u"succeeded"_s].toInt();
    status.failedItems = counts[u"errored"_s].toInt() + counts[u"canceled"_s].toInt() + counts[u"expired"_s].toInt();
    status.done = succeeded + status.failedItems;
    status.total = status.done + counts[u"processing"_s].toInt();
    status.outputRef = batch[u"results_url"_s].toString();
    return status;
}

void AnthropicBatchClient::poll(const QString& remoteId, PollDone done)
{
    pollAt(url(u"/"_s + remoteId), &AnthropicBatchClient::statusOf, std::move(done));
}

void AnthropicBatchClient::fetchResults(const QString& remoteId, const BatchStatus& status, int, ResultsRead read,
                                        ResultsDone done)
{
    const QUrl results = status.outputRef.isEmpty() ? url(u"/"_s + remoteId + u"/results"_s) : QUrl(status.outputRef);
    readLines(results, [this](const QByteArray& lines) { return parseLines(lines); }, std::move(read),
              std::move(done));
}

QList<BatchItemResult> AnthropicBatchClient::parseLines(const QByteArray& jsonl) const
{
    QList<BatchItemResult> results;
    forEachLine(jsonl, [this, &results](const QJsonObject& line) {
        results.append(resultOf(line[u"custom_id"_s].toString(), line[u"result"_s].toObject()));
    });
    return results;
}

BatchItemResult AnthropicBatchClient::resultOf(const QString& customId, const QJsonObject& result) const
{
    const QString type = result[u"type"_s].toString();
    if (type == u"succeeded") {
        const QByteArray body = QJsonDocument(result[u"message"_s].toObject()).toJson(QJsonDocument::Compact);
        return { customId, interpret(customId, 200, body) };
    }
    if (type == u"errored") {
        // {"type": "error", "error": {"type": "invalid_request_error", "message": ...}}
        const QJsonValue error = result[u"error"_s][u"error"_s];
        const QString kind = error[u"type"_s].toString();
        const bool retryable = kind == u"overloaded_error" || kind == u"api_error" || kind == u"rate_limit_error";
        return { customId, itemError(customId, retryable ? CompletionError::Retryable : CompletionError::Fatal,
                                     tr("%1: %2").arg(kind, error[u"message"_s].toString())) };
    }
    if (type == u"expired")
        return { customId, itemError(customId, CompletionError::Retryable,
                                     tr("The batch expired before this request was processed.")) };
    return { customId, itemError(customId, CompletionError::Retryable,
                                 tr("The batch was cancelled before this request was processed.")) };
}

void AnthropicBatchClient::cancel(const QString& remoteId, CancelDone done)
{
    send(url(u"/"_s + remoteId + u"/cancel"_s), "POST", {}, statusCap, std::move(done));
}
