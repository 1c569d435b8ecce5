// SPDX-License-Identifier: GPL-3.0-or-later
// The fake Gemini batch mode: models/{model}:batchGenerateContent with inline requests, the
// operation batches/{id} polled until done, its inlined responses, :cancel, and the list of batches.
#include "fakebatchservice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
HttpResponse googleError(int code, const QString& status, const QString& message)
{
    return HttpResponse::json(
        code, QJsonObject { { u"error"_s, QJsonObject { { u"code"_s, code },
                                                         { u"message"_s, message },
                                                         { u"status"_s, status } } } });
}

const QString modelsPrefix = u"/v1beta/models/"_s;
const QString batchSuffix = u":batchGenerateContent"_s;
} // namespace

HttpResponse FakeBatchService::gemini(const HttpRequest& request)
{
    if (request.path.startsWith(modelsPrefix) && request.method == "POST") {
        const QString model = request.path.mid(modelsPrefix.size(),
                                               request.path.size() - modelsPrefix.size() - batchSuffix.size());
        return createGeminiBatch(request, model);
    }
    if (request.path == u"/v1beta/batches" && request.method == "GET")
        return listGeminiBatches(request);
    QString name = request.path.mid(8); // "batches/..."
    const bool cancel = name.endsWith(u":cancel");
    if (cancel)
        name.chop(7);
    Batch* found = batch(name);
    if (!found || found->format != Format::Gemini)
        return googleError(404, u"NOT_FOUND"_s, u"Batch %1 not found."_s.arg(name));
    if (cancel && request.method == "POST") {
        ++m_cancels;
        found->cancelled = !ended(*found);
        return HttpResponse::json(200, QJsonObject {});
    }
    if (request.method != "GET")
        return googleError(405, u"INVALID_ARGUMENT"_s, u"Method not allowed"_s);
    // A field mask without "response" leaves out the inlined responses, as Google's APIs do.
    const QString fields = request.query.queryItemValue(u"fields"_s);
    const bool withResponses = fields.isEmpty() || fields.split(u',').contains(u"response"_s);
    if (ended(*found) && withResponses)
        ++m_resultReads;
    const HttpResponse operation = HttpResponse::json(200, geminiOperation(*found, withResponses));
    return ended(*found) && withResponses ? results(operation) : operation;
}

HttpResponse FakeBatchService::createGeminiBatch(const HttpRequest& request, const QString& model)
{
    const QJsonValue requests = QJsonDocument::fromJson(request.body)[u"batch"_s][u"input_config"_s][u"requests"_s]
                                                                    [u"requests"_s];
    if (!requests.isArray() || requests.toArray().isEmpty())
        return googleError(400, u"INVALID_ARGUMENT"_s, u"batch.input_config.requests is required."_s);
    Batch fresh { Format::Gemini, u"batches/%1"_s.arg(m_nextId++), model, {}, {}, 0, 0, false };
    const QJsonValue sent = QJsonDocument::fromJson(request.body)[u"batch"_s];
    fresh.tag = sent[u"display_name"_s].toString(sent[u"displayName"_s].toString());
    fresh.items.reserve(requests.toArray().size());
    HttpRequest item = request;
    item.path = modelsPrefix + model + u":generateContent"_s;
    const QJsonArray entries = requests.toArray();
    for (const auto& entry : entries) {
        item.body = QJsonDocument(entry[u"request"_s].toObject()).toJson(QJsonDocument::Compact);
        addItem(fresh, entry[u"metadata"_s][u"key"_s].toString(), item);
    }
    return HttpResponse::json(200, geminiOperation(add(std::move(fresh)), false));
}

// GET /v1beta/batches?pageSize=&pageToken=: the operations, without their responses.
HttpResponse FakeBatchService::listGeminiBatches(const HttpRequest& request) const
{
    const int size
        = request.query.hasQueryItem(u"pageSize"_s) ? request.query.queryItemValue(u"pageSize"_s).toInt() : 20;
    if (size < 1 || size > 1000)
        return googleError(400, u"INVALID_ARGUMENT"_s, u"pageSize must be between 1 and 1000."_s);
    const ListPage page = list(Format::Gemini, request.query.queryItemValue(u"pageToken"_s), size);
    QJsonArray operations;
    for (const Batch* batch : page.batches)
        operations.append(geminiOperation(*batch, false));
    QJsonObject listed { { u"operations"_s, operations } };
    if (page.hasMore)
        listed.insert(u"nextPageToken"_s, page.batches.constLast()->id);
    return HttpResponse::json(200, listed);
}

QJsonObject FakeBatchService::geminiOperation(const Batch& batch, bool withResponses) const
{
    int failed = 0;
    const int done = countDone(batch, &failed);
    const bool finished = ended(batch);
    QString state = u"BATCH_STATE_RUNNING"_s;
    if (batch.cancelled)
        state = u"BATCH_STATE_CANCELLED"_s;
    else if (finished)
        state = expires(batch) ? u"BATCH_STATE_EXPIRED"_s : u"BATCH_STATE_SUCCEEDED"_s;
    // int64 fields travel as strings in Google's JSON.
    const QJsonObject stats { { u"requestCount"_s, QString::number(batch.items.size()) },
                              { u"successfulRequestCount"_s, QString::number(done - failed) },
                              { u"failedRequestCount"_s, QString::number(failed) },
                              { u"pendingRequestCount"_s, QString::number(batch.items.size() - done) } };
    const QJsonObject metadata {
        { u"@type"_s, u"type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch"_s },
        { u"model"_s, QString(u"models/"_s + batch.model) },
        { u"name"_s, batch.id },
        { u"displayName"_s, batch.tag },
        { u"createTime"_s, QDateTime::fromSecsSinceEpoch(batch.createdAtSecs, Qt::UTC).toString(Qt::ISODate) },
        { u"state"_s, state },
        { u"batchStats"_s, stats }
    };
    QJsonObject operation { { u"name"_s, batch.id }, { u"metadata"_s, metadata }, { u"done"_s, finished } };
    if (!finished || !withResponses)
        return operation;
    QJsonArray responses;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const Item& item = batch.items.at(i);
        const Outcome result = outcome(batch, i);
        if (result == Outcome::Expired || result == Outcome::Cancelled)
            continue; // never processed: no response at all
        QJsonObject entry { { u"metadata"_s, QJsonObject { { u"key"_s, item.customId } } } };
        int status = 0;
        const QByteArray body = result == Outcome::Failed ? QByteArray() : answerBody(Format::Gemini, item, &status);
        if (result == Outcome::Answered)
            entry.insert(u"response"_s, QJsonDocument::fromJson(body).object());
        else if (result == Outcome::Failed)
            entry.insert(u"error"_s, QJsonObject { { u"code"_s, 500 }, { u"message"_s, u"Internal error encountered."_s },
                                                   { u"status"_s, u"INTERNAL"_s } });
        else
            entry.insert(u"error"_s, QJsonDocument::fromJson(body)[u"error"_s].toObject());
        responses.append(entry);
    }
    operation.insert(u"response"_s,
                     QJsonObject { { u"@type"_s,
                                     u"type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatchOutput"_s },
                                   { u"inlinedResponses"_s, QJsonObject { { u"inlinedResponses"_s, responses } } } });
    return operation;
}
