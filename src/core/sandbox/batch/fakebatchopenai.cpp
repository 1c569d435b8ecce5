// SPDX-License-Identifier: GPL-3.0-or-later
// The fake OpenAI Batch API: /v1/files (multipart upload with purpose "batch", and content),
// /v1/batches (create, list, retrieve, cancel).
#include "fakebatchservice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
HttpResponse openAiError(int status, const QString& message)
{
    const QJsonObject error { { u"message"_s, message },
                              { u"type"_s, u"invalid_request_error"_s },
                              { u"param"_s, QJsonValue::Null },
                              { u"code"_s, QJsonValue::Null } };
    return HttpResponse::json(status, QJsonObject { { u"error"_s, error } });
}

// The parts of a multipart/form-data body, by field name.
QHash<QByteArray, QByteArray> formFields(const HttpRequest& request)
{
    const QByteArray type = request.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    QHash<QByteArray, QByteArray> fields;
    if (!type.startsWith("multipart/form-data") || at < 0)
        return fields;
    QByteArray boundary = type.mid(at + 9).trimmed();
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter;
    qsizetype start = request.body.indexOf(delimiter);
    while (start >= 0) {
        const qsizetype headStart = start + delimiter.size() + 2;
        const qsizetype next = request.body.indexOf(separator, headStart);
        const qsizetype headEnd = request.body.indexOf("\r\n\r\n", headStart);
        if (next < 0 || headEnd < 0 || headEnd > next)
            break;
        const QByteArray head = request.body.mid(headStart, headEnd - headStart);
        const qsizetype name = head.indexOf("name=\"");
        if (name >= 0) {
            const qsizetype nameEnd = head.indexOf('"', name + 6);
            fields.insert(head.mid(name + 6, nameEnd - name - 6), request.body.mid(headEnd + 4, next - headEnd - 4));
        }
        start = next + 2;
    }
    return fields;
}

QString openAiStatus(bool cancelled, bool ended, bool expired)
{
    if (cancelled)
        return u"cancelled"_s;
    if (!ended)
        return u"in_progress"_s;
    return expired ? u"expired"_s : u"completed"_s;
}
} // namespace

HttpResponse FakeBatchService::openAi(const HttpRequest& request)
{
    const QString path = request.path;
    if (path == u"/v1/files" && request.method == "POST")
        return uploadFile(request);
    if (path == u"/v1/batches" && request.method == "POST")
        return createOpenAiBatch(request);
    if (path == u"/v1/batches" && request.method == "GET")
        return listOpenAiBatches(request);
    if (path.startsWith(u"/v1/files/") && path.endsWith(u"/content") && request.method == "GET")
        return openAiFile(path.mid(10, path.size() - 18));
    const QString rest = path.mid(12); // after "/v1/batches/"
    const QString id = rest.section(u'/', 0, 0);
    Batch* found = batch(id);
    if (!found || found->format != Format::OpenAi)
        return openAiError(404, u"No batch found with id '%1'."_s.arg(id));
    if (rest == id && request.method == "GET")
        return HttpResponse::json(200, openAiBatchObject(*found));
    if (rest == id + u"/cancel" && request.method == "POST") {
        ++m_cancels;
        found->cancelled = !ended(*found);
        return HttpResponse::json(200, openAiBatchObject(*found));
    }
    return openAiError(405, u"Method not allowed"_s);
}

HttpResponse FakeBatchService::uploadFile(const HttpRequest& request)
{
    const QHash<QByteArray, QByteArray> fields = formFields(request);
    if (!fields.contains("file"))
        return openAiError(400, u"Missing required parameter: 'file'."_s);
    if (fields.value("purpose") != "batch")
        return openAiError(400, u"Invalid value for 'purpose': expected 'batch'."_s);
    const QString id = u"file-%1"_s.arg(m_nextId++);
    m_files.insert(id, fields.value("file"));
    return HttpResponse::json(200, QJsonObject { { u"id"_s, id },
                                                 { u"object"_s, u"file"_s },
                                                 { u"bytes"_s, qint64(fields.value("file").size()) },
                                                 { u"filename"_s, u"batch.jsonl"_s },
                                                 { u"purpose"_s, u"batch"_s } });
}

HttpResponse FakeBatchService::createOpenAiBatch(const HttpRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString fileId = body[u"input_file_id"_s].toString();
    if (body[u"endpoint"_s].toString() != u"/v1/chat/completions")
        return openAiError(400, u"Invalid value for 'endpoint'."_s);
    if (body[u"completion_window"_s].toString() != u"24h")
        return openAiError(400, u"Invalid value for 'completion_window': only '24h' is supported."_s);
    if (!m_files.contains(fileId))
        return openAiError(404, u"No such File object: %1"_s.arg(fileId));
    const QByteArray file = m_files.take(fileId);
    Batch fresh { Format::OpenAi, u"batch_%1"_s.arg(m_nextId++), {}, fileId, {}, 0, 0, false };
    fresh.tag = body[u"metadata"_s][u"signalbox_batch"_s].toString();
    fresh.items.reserve(file.count('\n') + 1);
    HttpRequest item = request;
    item.path = u"/v1/chat/completions"_s;
    for (const QByteArray& raw : file.split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        const QJsonObject line = QJsonDocument::fromJson(raw).object();
        if (line[u"url"_s].toString() != u"/v1/chat/completions" || line[u"method"_s].toString() != u"POST")
            return openAiError(400, u"Each line needs method POST and url /v1/chat/completions."_s);
        item.body = QJsonDocument(line[u"body"_s].toObject()).toJson(QJsonDocument::Compact);
        addItem(fresh, line[u"custom_id"_s].toString(), item);
    }
    if (fresh.items.isEmpty())
        return openAiError(400, u"The input file holds no requests."_s);
    return HttpResponse::json(200, openAiBatchObject(add(std::move(fresh))));
}

QJsonObject FakeBatchService::openAiBatchObject(const Batch& batch) const
{
    int failed = 0;
    const int done = countDone(batch, &failed);
    const bool finished = ended(batch);
    const QJsonObject counts { { u"total"_s, int(batch.items.size()) },
                               { u"completed"_s, done - failed },
                               { u"failed"_s, failed } };
    return QJsonObject {
        { u"id"_s, batch.id },
        { u"object"_s, u"batch"_s },
        { u"endpoint"_s, u"/v1/chat/completions"_s },
        { u"errors"_s, QJsonValue::Null },
        { u"input_file_id"_s, batch.inputFileId },
        { u"completion_window"_s, u"24h"_s },
        { u"status"_s, openAiStatus(batch.cancelled, finished, expires(batch)) },
        { u"output_file_id"_s, finished ? QJsonValue(batch.id + u"-output"_s) : QJsonValue() },
        { u"error_file_id"_s, finished && failed > 0 ? QJsonValue(batch.id + u"-errors"_s) : QJsonValue() },
        { u"created_at"_s, batch.createdAtSecs },
        { u"metadata"_s, batch.tag.isEmpty() ? QJsonValue() : QJsonObject { { u"signalbox_batch"_s, batch.tag } } },
        { u"request_counts"_s, counts }
    };
}

// GET /v1/batches?limit=&after=: a cursor page, newest first.
HttpResponse FakeBatchService::listOpenAiBatches(const HttpRequest& request) const
{
    const int limit = request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : 20;
    if (limit < 1 || limit > 100)
        return openAiError(400, u"Invalid 'limit': must be between 1 and 100."_s);
    const ListPage page = list(Format::OpenAi, request.query.queryItemValue(u"after"_s), limit);
    QJsonArray data;
    for (const Batch* batch : page.batches)
        data.append(openAiBatchObject(*batch));
    return HttpResponse::json(200,
                              QJsonObject { { u"object"_s, u"list"_s },
                                            { u"data"_s, data },
                                            { u"first_id"_s, data.isEmpty() ? QJsonValue() : data.first()[u"id"_s] },
                                            { u"last_id"_s, data.isEmpty() ? QJsonValue() : data.last()[u"id"_s] },
                                            { u"has_more"_s, page.hasMore } });
}

HttpResponse FakeBatchService::openAiFile(const QString& fileId)
{
    const bool errors = fileId.endsWith(u"-errors");
    const Batch* found = batch(fileId.section(u'-', 0, 0));
    if (!found || !ended(*found) || !(errors || fileId.endsWith(u"-output")))
        return openAiError(404, u"No such File object: %1"_s.arg(fileId));
    ++m_resultReads;
    return results(HttpResponse::text(200, "application/jsonl", openAiLines(*found, errors)));
}

// Answers in the output file, everything else in the error file, as OpenAI splits them.
QByteArray FakeBatchService::openAiLines(const Batch& batch, bool errors) const
{
    QByteArray lines;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const Outcome result = outcome(batch, i);
        if ((result == Outcome::Answered) == errors)
            continue;
        const Item& item = batch.items.at(i);
        QByteArray head = R"({"id":"batch_req_)" + QByteArray::number(i) + R"(","custom_id":")" + item.customId.toUtf8()
            + R"(",)";
        if (result == Outcome::Expired || result == Outcome::Cancelled) {
            const QByteArray code = result == Outcome::Expired ? "batch_expired" : "batch_cancelled";
            lines += head + R"("response":null,"error":{"code":")" + code
                + R"(","message":"This request could not be executed before the batch ended."}})" + '\n';
            continue;
        }
        int status = 500;
        const QByteArray body = result == Outcome::Failed
            ? m_openAi.error(ApiError::ServerError).body
            : answerBody(Format::OpenAi, item, &status);
        lines += head + R"("response":{"status_code":)" + QByteArray::number(status) + R"(,"request_id":"req_)"
            + QByteArray::number(i) + R"(","body":)" + body + R"(},"error":null})" + '\n';
    }
    return lines;
}
