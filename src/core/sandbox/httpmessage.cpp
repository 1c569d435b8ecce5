// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

#include <algorithm>
#include <QJsonDocument>

HttpResponse HttpResponse::json(int status, const QJsonObject& body)
{
    return text(status, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::text(int status, const QByteArray& contentType, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return response;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray HttpResponse::streamedPiece(qint64 offset, qint64 maxBytes) const
{
    const qint64 fillerEnd = streamedBytes - streamTail.size();
    if (offset < body.size())
        return body.mid(offset, std::min<qint64>(maxBytes, body.size() - offset));
    if (offset < fillerEnd)
        return QByteArray(std::min(maxBytes, fillerEnd - offset), 'x');
    return streamTail.mid(offset - fillerEnd, std::min(maxBytes, streamedBytes - offset));
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}
