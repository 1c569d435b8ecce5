// SPDX-License-Identifier: GPL-3.0-or-later
// The fake Anthropic Message Batches: create, list, retrieve, cancel, and the results JSONL.
#include "fakebatchservice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
HttpResponse anthropicError(int status, const QString& type, const QString& message)
{
    return HttpResponse::json(
        status, QJsonObject { { u"type"_s, u"error"_s },
                              { u"error"_s, QJsonObject { { u"type"_s, type }, { u"message"_s, message } } } });
}

QByteArray errored(const QByteArray& type, const QByteArray& message)
{
    return R"({"type":"errored","error":{"type":"error","error":{"type":")" + type + R"(","message":")" + message
        + R"("}}})";
}
} // namespace

HttpResponse FakeBatchService::anthropic(const HttpRequest& request)
{
    if (request.path == u"/v1/messages/batches" && request.method == "POST")
        return createAnthropicBatch(request);
    if (request.path == u"/v1/messages/batches" && request.method == "GET")
        return listAnthropicBatches(request);
    const QString rest = request.path.mid(21); // after "/v1/messages/batches/"
    const QString id = rest.section(u'/', 0, 0);
    Batch* found = batch(id);
    if (!found || found->format != Format::Anthropic)
        return anthropicError(404, u"not_found_error"_s, u"No message batch with id %1."_s.arg(id));
    if (rest == id && request.method == "GET")
        return HttpResponse::json(200, anthropicBatchObject(*found, request.header("host")));
    if (rest == id + u"/cancel" && request.method == "POST") {
        ++m_cancels;
        found->cancelled = !ended(*found);
        return HttpResponse::json(200, anthropicBatchObject(*found, request.header("host")));
    }
    if (rest == id + u"/results" && request.method == "GET") {
        if (!ended(*found))
            return anthropicError(400, u"invalid_request_error"_s, u"The message batch has not ended yet."_s);
        ++m_resultReads;
        return results(HttpResponse::text(200, "application/binary", anthropicResults(*found)));
    }
    return anthropicError(405, u"invalid_request_error"_s, u"Method not allowed"_s);
}

HttpResponse FakeBatchService::createAnthropicBatch(const HttpRequest& request)
{
    const QJsonValue requests = QJsonDocument::fromJson(request.body)[u"requests"_s];
    if (!requests.isArray() || requests.toArray().isEmpty())
        return anthropicError(400, u"invalid_request_error"_s, u"requests: Field required"_s);
    Batch fresh { Format::Anthropic, u"msgbatch_%1"_s.arg(m_nextId++), {}, {}, {}, 0, 0, false };
    fresh.items.reserve(requests.toArray().size());
    HttpRequest item = request;
    item.path = u"/v1/messages"_s;
    QSet<QString> seen;
    const QJsonArray entries = requests.toArray();
    for (const auto& entry : entries) {
        const QString customId = entry[u"custom_id"_s].toString();
        static const QRegularExpression valid(u"^[a-zA-Z0-9_-]{1,64}$"_s);
        if (!valid.match(customId).hasMatch() || seen.contains(customId))
            return anthropicError(400, u"invalid_request_error"_s,
                                  u"requests: custom_id '%1' is invalid or not unique"_s.arg(customId));
        seen.insert(customId);
        item.body = QJsonDocument(entry[u"params"_s].toObject()).toJson(QJsonDocument::Compact);
        addItem(fresh, customId, item);
    }
    return HttpResponse::json(200, anthropicBatchObject(add(std::move(fresh)), request.header("host")));
}

QJsonObject FakeBatchService::anthropicBatchObject(const Batch& batch, const QByteArray& host) const
{
    int succeeded = 0;
    int errors = 0;
    int expired = 0;
    int cancelled = 0;
    int failed = 0;
    const int done = countDone(batch, &failed);
    for (qsizetype i = 0; i < done; ++i) {
        const Outcome result = outcome(batch, i);
        succeeded += result == Outcome::Answered ? 1 : 0;
        errors += result == Outcome::Failed || result == Outcome::Refused ? 1 : 0;
        expired += result == Outcome::Expired ? 1 : 0;
        cancelled += result == Outcome::Cancelled ? 1 : 0;
    }
    const bool finished = ended(batch);
    const QJsonObject counts { { u"processing"_s, int(batch.items.size()) - done },
                               { u"succeeded"_s, succeeded },
                               { u"errored"_s, errors },
                               { u"canceled"_s, cancelled },
                               { u"expired"_s, expired } };
    const QString results = u"http://"_s + QString::fromLatin1(host) + u"/v1/messages/batches/"_s + batch.id
        + u"/results"_s;
    // Microseconds, as Anthropic writes them: "2024-08-20T18:37:24.100435Z".
    const QString created
        = QDateTime::fromSecsSinceEpoch(batch.createdAtSecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'000Z'"_s);
    return QJsonObject {
        { u"id"_s, batch.id },           { u"type"_s, u"message_batch"_s },
        { u"created_at"_s, created },    { u"processing_status"_s, finished ? u"ended"_s : u"in_progress"_s },
        { u"request_counts"_s, counts }, { u"results_url"_s, finished ? QJsonValue(results) : QJsonValue() }
    };
}

// GET /v1/messages/batches?limit=&after_id=: newest first.
HttpResponse FakeBatchService::listAnthropicBatches(const HttpRequest& request) const
{
    const int limit = request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : 20;
    if (limit < 1 || limit > 1000)
        return anthropicError(400, u"invalid_request_error"_s, u"limit: must be between 1 and 1000"_s);
    const ListPage page = list(Format::Anthropic, request.query.queryItemValue(u"after_id"_s), limit);
    QJsonArray data;
    for (const Batch* batch : page.batches)
        data.append(anthropicBatchObject(*batch, request.header("host")));
    return HttpResponse::json(200,
                              QJsonObject { { u"data"_s, data },
                                            { u"first_id"_s, data.isEmpty() ? QJsonValue() : data.first()[u"id"_s] },
                                            { u"last_id"_s, data.isEmpty() ? QJsonValue() : data.last()[u"id"_s] },
                                            { u"has_more"_s, page.hasMore } });
}

QByteArray FakeBatchService::anthropicResults(const Batch& batch) const
{
    QByteArray lines;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const Item& item = batch.items.at(i);
        QByteArray result;
        int status = 0;
        switch (outcome(batch, i)) {
        case Outcome::Answered:
            result = R"({"type":"succeeded","message":)" + answerBody(Format::Anthropic, item, &status) + '}';
            break;
        case Outcome::Failed:
            result = errored("api_error", "Internal server error");
            break;
        case Outcome::Refused: {
            const QJsonValue error = QJsonDocument::fromJson(item.refusal->body)[u"error"_s];
            result = errored(error[u"type"_s].toString().toUtf8(), error[u"message"_s].toString().toUtf8());
            break;
        }
        case Outcome::Expired:
            result = R"({"type":"expired"})";
            break;
        case Outcome::Cancelled:
            result = R"({"type":"canceled"})";
            break;
        }
        lines += R"({"custom_id":")" + item.customId.toUtf8() + R"(","result":)" + result + "}\n";
    }
    return lines;
}
