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
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
    QByteArray body;
    Delivery delivery = Delivery::Whole;
    int dribbleIntervalMs = 20;
    int dribbleChunkBytes = 16;

    static HttpResponse json(int status, const QJsonObject& body);
    static HttpResponse text(int status, const QByteArray& contentType, const QByteArray& body);
    void setHeader(const QByteArray& name, const QByteArray& value);
};

QByteArray httpReasonPhrase(int status);

Q_DECLARE_METATYPE(HttpRequest)
