// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/completion.h"

#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkReply;

// What one exchange with a batch API brought back.
struct BatchReply {
    int httpStatus = 0; // 0: no HTTP response
    QByteArray body; // at most the transfer's cap
    CompletionError error = CompletionError::None;
    QString errorMessage; // translated; the provider's message where it gave one

    bool isOk() const { return error == CompletionError::None; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// One HTTP exchange of a batch API: a request, and its response read as it arrives up to a cap,
// past which it is abandoned, so that memory stays bounded whatever the server sends. Deletes
// itself after calling back; destroying its parent first aborts it without a call back.
class BatchTransfer : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const BatchReply&)>;
    using Lines = std::function<void(const QByteArray& lines)>; // whole lines, each ending in '\n'

    // body or multipart (which the transfer then owns); verb "GET", "POST".
    static BatchTransfer* start(QNetworkAccessManager* network, const QNetworkRequest& request, const QByteArray& verb,
                                const QByteArray& body, qint64 maxBytes, QObject* parent, Done done);
    static BatchTransfer* startMultipart(QNetworkAccessManager* network, const QNetworkRequest& request,
                                         QHttpMultiPart* multipart, qint64 maxBytes, QObject* parent, Done done);
    // A GET whose successful body (JSONL) is handed to lines a piece at a time as it arrives, never
    // held whole: only an unfinished line waits, up to maxLineBytes. done then gets an empty body.
    static BatchTransfer* startLines(QNetworkAccessManager* network, const QNetworkRequest& request,
                                     qint64 maxLineBytes, QObject* parent, Lines lines, Done done);
    ~BatchTransfer() override;

    // The message an error body carries: error.message (OpenAI, Anthropic, Gemini), or the status.
    static QString errorText(const BatchReply& reply);

private:
    BatchTransfer(QNetworkReply* reply, qint64 maxBytes, QObject* parent, Done done);
    bool read(); // false when this transfer was destroyed meanwhile (by whom lines called)
    bool passLines(); // the same
    bool succeeding() const; // a 2xx status has arrived
    void finish();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    qint64 m_maxBytes;
    bool m_oversize = false;
    Done m_done;
    Lines m_lines;
};
