// SPDX-License-Identifier: GPL-3.0-or-later
#include "geminibatchclient.h"

#include "jsonelements.h"
#include "scoring/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// The REST reference names them BATCH_STATE_*; some of Google's own examples print JOB_STATE_*.
bool stateIs(const QString& state, QLatin1String suffix)
{
    return state == u"BATCH_STATE_"_s + suffix || state == u"JOB_STATE_"_s + suffix;
}
} // namespace

GeminiBatchClient::GeminiBatchClient(const Provider& provider, const QString& apiKey, QObject* parent)
    : BatchClient(provider, apiKey, parent)
{
}

QString GeminiBatchClient::root() const
{
    const QString base = baseUrl();
    return base.endsWith(u"/v1beta") ? base : base + u"/v1beta"_s;
}

void GeminiBatchClient::submit(const QList<BatchItem>& items, const QString& tag, SubmitDone done)
{
    QString model = items.isEmpty() ? QString() : items.constFirst().request.model;
    if (model.startsWith(u"models/"))
        model.remove(0, 7);
    const QByteArray displayName = jsonToText(tag).toUtf8();
    QByteArray body = R"({"batch":{"display_name":)" + displayName + R"(,"input_config":{"requests":{"requests":[)";
    for (qsizetype i = 0; i < items.size(); ++i) {
        body += (i > 0 ? "," : "") + QByteArray(R"({"request":)") + requestBody(items.at(i).request)
            + R"(,"metadata":{"key":")" + items.at(i).customId.toLatin1() + R"("}})";
    }
    body += "]}}}}";
    const QUrl url(root() + u"/models/"_s + model + u":batchGenerateContent"_s);
    send(url, "POST", body, statusCap, [done = std::move(done)](const BatchReply& reply) {
        // Gemini's operation is named "batches/{id}": that is what is polled and cancelled.
        done(submittedFrom(reply, u"name"_s));
    });
}

// Found by its display name. The list's order is not documented, so every page may be read; the
// field mask leaves out each batch's requests, which the list would otherwise repeat.
void GeminiBatchClient::find(const BatchSearch& search, FindDone done)
{
    if (search.tag.isEmpty()) { // recorded before batches were tagged: nothing to know it by
        done(Found {});
        return;
    }
    const PageUrl pageUrl = [this](const QString& token) {
        QUrl page(root() + u"/batches"_s);
        QUrlQuery query { { u"pageSize"_s, u"100"_s },
                          { u"fields"_s, u"operations(name,metadata(displayName)),nextPageToken"_s } };
        if (!token.isEmpty())
            query.addQueryItem(u"pageToken"_s, token);
        page.setQuery(query);
        return page;
    };
    const PageReader readPage = [tag = search.tag](const QJsonObject& list) {
        ListPage page;
        const QJsonArray operations = list[u"operations"_s].toArray();
        for (const auto& operation : operations) {
            if (operation[u"metadata"_s][u"displayName"_s].toString() == tag) {
                page.remoteId = operation[u"name"_s].toString();
                return page;
            }
        }
        page.nextCursor = list[u"nextPageToken"_s].toString();
        return page;
    };
    searchPages(pageUrl, readPage, std::move(done));
}

BatchStatus GeminiBatchClient::statusOf(const QJsonObject& operation)
{
    BatchStatus status;
    status.ok = true;
    const QJsonObject metadata = operation[u"metadata"_s].toObject();
    const QString state = metadata[u"state"_s].toString();
    status.ended = operation[u"done"_s].toBool() || stateIs(state, QLatin1String("SUCCEEDED"))
        || stateIs(state, QLatin1String("FAILED")) || stateIs(state, QLatin1String("CANCELLED"))
        || stateIs(state, QLatin1String("EXPIRED"));
    status.failed = stateIs(state, QLatin1String("FAILED")) || operation[u"error"_s].isObject();
    if (status.failed)
        status.error = operation[u"error"_s][u"message"_s].toString();
    const QJsonObject stats = metadata[u"batchStats"_s].toObject();
    status.total = stats[u"requestCount"_s].toString().toInt(); // int64 travels as a string
    status.failedItems = stats[u"failedRequestCount"_s].toString().toInt();
    status.done = stats[u"successfulRequestCount"_s].toString().toInt() + status.failedItems;
    return status;
}

// A finished operation carries every response inline: a poll asks for the state only (the system
// parameter "fields" every Google REST API takes), and fetchResults() reads the responses once.
void GeminiBatchClient::poll(const QString& remoteId, PollDone done)
{
    QUrl url(root() + u'/' + remoteId);
    url.setQuery(u"fields=name,metadata,done,error"_s);
    pollAt(url, &GeminiBatchClient::statusOf, std::move(done));
}

// The responses come inline in the finished operation itself, so it is read once more with room for them.
void GeminiBatchClient::fetchResults(const QString& remoteId, const BatchStatus&, int itemCount, ResultsRead read,
                                     ResultsDone done)
{
    send(QUrl(root() + u'/' + remoteId), "GET", {}, resultsCap(itemCount), [this, read, done](const BatchReply& reply) {
        if (!reply.isOk())
            done(reply.errorMessage);
        else if (readResponses(reply.body, read))
            done({});
    });
}

// Hands out the inlined responses (response.inlinedResponses is an InlinedResponses object holding
// the inlinedResponses array) a slice at a time, each parsed alone: the operation of 10,000 answers
// is never one QJsonDocument. False when this client was destroyed by whom read called.
bool GeminiBatchClient::readResponses(const QByteArray& operation, const ResultsRead& read)
{
    constexpr qsizetype slice = 500;
    const QPointer<GeminiBatchClient> alive(this);
    QList<BatchItemResult> results;
    forEachArrayElement(operation, "inlinedResponses", [&](QByteArrayView element) {
        const QJsonObject item = QJsonDocument::fromJson(element.toByteArray()).object();
        if (std::optional<BatchItemResult> result = resultOf(item))
            results.append(*result);
        if (results.size() >= slice)
            read(std::exchange(results, {}));
        return !alive.isNull();
    });
    if (alive && !results.isEmpty())
        read(results);
    return !alive.isNull();
}

std::optional<BatchItemResult> GeminiBatchClient::resultOf(const QJsonObject& item) const
{
    const QString customId = item[u"metadata"_s][u"key"_s].toString();
    if (customId.isEmpty())
        return std::nullopt;
    const QJsonValue error = item[u"error"_s];
    if (error.isObject()) {
        const int code = error[u"code"_s].toInt();
        const bool retryable = code == 429 || code >= 500 || code == 4; // 4: DEADLINE_EXCEEDED
        return BatchItemResult { customId,
                                 itemError(customId, retryable ? CompletionError::Retryable : CompletionError::Fatal,
                                           tr("%1: %2").arg(error[u"status"_s].toString(),
                                                            error[u"message"_s].toString())) };
    }
    const QByteArray body = QJsonDocument(item[u"response"_s].toObject()).toJson(QJsonDocument::Compact);
    return BatchItemResult { customId, interpret(customId, 200, body) };
}

void GeminiBatchClient::cancel(const QString& remoteId, CancelDone done)
{
    send(QUrl(root() + u'/' + remoteId + u":cancel"_s), "POST", {}, statusCap, std::move(done));
}
