// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaibatchclient.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString chatEndpoint = u"/v1/chat/completions"_s;
const QString tagKey = u"signalbox_batch"_s; // the metadata key of batchTag()
// Batches created this long before the creation was sent are older than the one sought.
constexpr qint64 clockSkewSecs = 15 * 60;

QHttpPart textPart(const QByteArray& name, const QByteArray& value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
    part.setBody(value);
    return part;
}

QHttpPart filePart(const QByteArray& content)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"file\"; filename=\"signalbox-batch.jsonl\""));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/jsonl"));
    part.setBody(content);
    return part;
}

// An item of the error file, or of the output file with an error of its own.
CompletionError errorKindOf(const QString& code)
{
    static const QStringList retryable { u"batch_expired"_s, u"batch_cancelled"_s, u"rate_limit_exceeded"_s,
                                         u"server_error"_s };
    return retryable.contains(code) ? CompletionError::Retryable : CompletionError::Fatal;
}
} // namespace

OpenAiBatchClient::OpenAiBatchClient(const Provider& provider, const QString& apiKey, QObject* parent)
    : BatchClient(provider, apiKey, parent)
{
}

QUrl OpenAiBatchClient::url(const QString& path) const
{
    return QUrl(baseUrl() + path);
}

QByteArray OpenAiBatchClient::inputFile(const QList<BatchItem>& items) const
{
    QByteArray file;
    for (const BatchItem& item : items) {
        const QByteArray line = R"({"custom_id":")" + item.customId.toLatin1() + R"(","method":"POST","url":")"
            + chatEndpoint.toLatin1() + R"(","body":)" + requestBody(item.request) + "}\n";
        file += line;
    }
    return file;
}

void OpenAiBatchClient::submit(const QList<BatchItem>& items, const QString& tag, SubmitDone done)
{
    QNetworkRequest request = jsonRequest(url(u"/files"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    multipart->append(textPart("purpose", "batch"));
    multipart->append(filePart(inputFile(items)));
    BatchTransfer::startMultipart(network(), request, multipart, statusCap, this,
                                  [this, tag, done = std::move(done)](const BatchReply& reply) {
                                      const QString fileId = reply.json()[u"id"_s].toString();
                                      if (!reply.isOk() || fileId.isEmpty()) {
                                          Submitted failed { reply, {}, {} };
                                          if (reply.isOk()) {
                                              failed.reply.error = CompletionError::Malformed;
                                              failed.reply.errorMessage = tr("The file upload returned no file id.");
                                          }
                                          done(failed);
                                          return;
                                      }
                                      createBatch(fileId, tag, done);
                                  });
}

void OpenAiBatchClient::createBatch(const QString& fileId, const QString& tag, SubmitDone done)
{
    const QJsonObject body { { u"input_file_id"_s, fileId },
                             { u"endpoint"_s, chatEndpoint },
                             { u"completion_window"_s, u"24h"_s },
                             { u"metadata"_s, QJsonObject { { tagKey, tag } } } };
    send(url(u"/batches"_s), "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), statusCap,
         [fileId, done = std::move(done)](const BatchReply& reply) { done(submittedFrom(reply, u"id"_s, fileId)); });
}

// The list comes newest first, so the search stops at batches created before this one was sent.
void OpenAiBatchClient::find(const BatchSearch& search, FindDone done)
{
    if (search.tag.isEmpty()) { // recorded before batches were tagged: nothing to know it by
        done(Found {});
        return;
    }
    const qint64 oldest = search.sentAt.isValid() ? search.sentAt.toSecsSinceEpoch() - clockSkewSecs : 0;
    const PageUrl pageUrl = [this](const QString& after) {
        QUrl page = url(u"/batches"_s);
        QUrlQuery query { { u"limit"_s, u"100"_s } };
        if (!after.isEmpty())
            query.addQueryItem(u"after"_s, after);
        page.setQuery(query);
        return page;
    };
    const PageReader readPage = [tag = search.tag, oldest](const QJsonObject& list) {
        ListPage page;
        const QJsonArray batches = list[u"data"_s].toArray();
        for (const auto& batch : batches) {
            if (batch[u"metadata"_s][tagKey].toString() == tag) {
                page.remoteId = batch[u"id"_s].toString();
                page.inputRef = batch[u"input_file_id"_s].toString();
                return page;
            }
            if (batch[u"created_at"_s].toInteger() < oldest)
                return page;
        }
        if (list[u"has_more"_s].toBool() && !batches.isEmpty())
            page.nextCursor = list[u"last_id"_s].toString(batches.last()[u"id"_s].toString());
        return page;
    };
    searchPages(pageUrl, readPage, std::move(done));
}

BatchStatus OpenAiBatchClient::statusOf(const QJsonObject& batch)
{
    BatchStatus status;
    status.ok = true;
    const QString state = batch[u"status"_s].toString();
    status.ended = state == u"completed" || state == u"failed" || state == u"expired" || state == u"cancelled";
    status.failed = state == u"failed";
    status.cancelling = state == u"cancelling";
    const QJsonObject counts = batch[u"request_counts"_s].toObject();
    status.total = counts[u"total"_s].toInt();
    status.failedItems = counts[u"failed"_s].toInt();
    status.done = counts[u"completed"_s].toInt() + status.failedItems;
    status.outputRef = batch[u"output_file_id"_s].toString();
    status.errorRef = batch[u"error_file_id"_s].toString();
    if (status.failed) {
        QStringList messages;
        const QJsonArray errors = batch[u"errors"_s][u"data"_s].toArray();
        for (const auto& error : errors)
            messages.append(error[u"message"_s].toString());
        status.error = messages.join(u"; "_s);
    }
    return status;
}

void OpenAiBatchClient::poll(const QString& remoteId, PollDone done)
{
    pollAt(url(u"/batches/"_s + remoteId), &OpenAiBatchClient::statusOf, std::move(done));
}

void OpenAiBatchClient::readFile(const QString& fileId, ResultsRead read, ResultsDone done)
{
    if (fileId.isEmpty()) {
        done({});
        return;
    }
    readLines(url(u"/files/"_s + fileId + u"/content"_s),
              [this](const QByteArray& lines) { return parseLines(lines); }, std::move(read), std::move(done));
}

// The output file first, then the error file.
void OpenAiBatchClient::fetchResults(const QString&, const BatchStatus& status, int, ResultsRead read,
                                     ResultsDone done)
{
    const QString errorRef = status.errorRef;
    readFile(status.outputRef, read, [this, errorRef, read, done](const QString& error) {
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        readFile(errorRef, read, done);
    });
}

QList<BatchItemResult> OpenAiBatchClient::parseLines(const QByteArray& jsonl) const
{
    QList<BatchItemResult> results;
    forEachLine(jsonl, [this, &results](const QJsonObject& line) {
        const QString customId = line[u"custom_id"_s].toString();
        const QJsonValue error = line[u"error"_s];
        if (error.isObject()) {
            const QString code = error[u"code"_s].toString();
            results.append({ customId, itemError(customId, errorKindOf(code),
                                                 tr("%1: %2").arg(code, error[u"message"_s].toString())) });
            return;
        }
        const QJsonObject response = line[u"response"_s].toObject();
        const QByteArray body = QJsonDocument(response[u"body"_s].toObject()).toJson(QJsonDocument::Compact);
        results.append({ customId, interpret(customId, response[u"status_code"_s].toInt(), body) });
    });
    return results;
}

void OpenAiBatchClient::cancel(const QString& remoteId, CancelDone done)
{
    send(url(u"/batches/"_s + remoteId + u"/cancel"_s), "POST", {}, statusCap, std::move(done));
}
