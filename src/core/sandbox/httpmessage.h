// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>
#include <utility>

// One HTTP/1.1 request as the fake provider server received it. Header names are lower case;
// repeated headers are joined with ", ".
struct HttpRequest {
    QByteArray method;
    QByteArray target; // as on the request line
    QString path; // percent-decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

// An answer, and how to deliver it: faithfully, or in one of the broken ways real servers have.
struct HttpResponse {
    enum class Delivery {
        Whole,
        Truncated, // declares the full Content-Length, sends half, closes
        Dribbled, // sends the body a few bytes at a time
        Reset, // drops the connection without a word
        Streamed, // body, then filler up to streamedBytes, then streamTail: generated as the socket drains
    };
    // How the end of a streamed body is told.
    enum class Framing {
        ContentLength, // declared up front
        Chunked, // Transfer-Encoding: chunked
        UntilClose, // no length at all: the body ends when the connection does
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
    QByteArray body;
    Delivery delivery = Delivery::Whole;
    int dribbleIntervalMs = 20;
    int dribbleChunkBytes = 16;
    qint64 streamedBytes = 0; // for Streamed: the whole body's size, never held in memory at once
    QByteArray streamTail;
    Framing framing = Framing::ContentLength;

    static HttpResponse json(int status, const QJsonObject& body);
    static HttpResponse text(int status, const QByteArray& contentType, const QByteArray& body);
    void setHeader(const QByteArray& name, const QByteArray& value);
    qint64 bodySize() const { return delivery == Delivery::Streamed ? streamedBytes : body.size(); }
    // Up to maxBytes of a streamed body from offset: from the body, the filler ('x') or the tail.
    QByteArray streamedPiece(qint64 offset, qint64 maxBytes) const;
};

QByteArray httpReasonPhrase(int status);

Q_DECLARE_METATYPE(HttpRequest)
