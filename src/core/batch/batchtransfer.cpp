// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchtransfer.h"

#include "providers/providererrors.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

BatchTransfer* BatchTransfer::start(QNetworkAccessManager* network, const QNetworkRequest& request,
                                    const QByteArray& verb, const QByteArray& body, qint64 maxBytes, QObject* parent,
                                    Done done)
{
    QNetworkReply* reply = verb == "GET" ? network->get(request) : network->sendCustomRequest(request, verb, body);
    return new BatchTransfer(reply, maxBytes, parent, std::move(done));
}

BatchTransfer* BatchTransfer::startMultipart(QNetworkAccessManager* network, const QNetworkRequest& request,
                                             QHttpMultiPart* multipart, qint64 maxBytes, QObject* parent, Done done)
{
    QNetworkReply* reply = network->post(request, multipart);
    multipart->setParent(reply);
    return new BatchTransfer(reply, maxBytes, parent, std::move(done));
}

BatchTransfer::BatchTransfer(QNetworkReply* reply, qint64 maxBytes, QObject* parent, Done done)
    : QObject(parent)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
    , m_done(std::move(done))
{
    reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, &BatchTransfer::read);
    connect(reply, &QNetworkReply::finished, this, &BatchTransfer::finish);
}

BatchTransfer::~BatchTransfer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void BatchTransfer::read()
{
    if (m_oversize || !m_reply)
        return;
    const QByteArray piece = m_reply->readAll();
    if (m_body.size() + piece.size() > m_maxBytes) {
        m_oversize = true;
        m_body.clear();
        m_reply->abort();
        return;
    }
    m_body += piece;
}

void BatchTransfer::finish()
{
    read();
    BatchReply result;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_oversize) {
        result.error = CompletionError::TooLarge;
        result.errorMessage = tr("The response passed %1 MB and was not read to the end.")
                                  .arg(QString::number(double(m_maxBytes) / 1e6, 'f', 1));
    } else if (result.httpStatus == 0) {
        result.error = CompletionError::Retryable;
        result.errorMessage = m_reply->errorString();
    } else if (result.httpStatus < 200 || result.httpStatus >= 300) {
        result.body = m_body;
        result.error = ProviderErrors::classifyHttpStatus(result.httpStatus);
        result.errorMessage = errorText(result);
    } else {
        result.body = std::exchange(m_body, {});
    }
    m_reply->deleteLater();
    m_reply.clear();
    const Done done = std::move(m_done);
    deleteLater();
    done(result);
}

QString BatchTransfer::errorText(const BatchReply& reply)
{
    const QJsonDocument document = reply.json();
    const QJsonValue error = document.isArray() ? document.array().at(0)[u"error"_s] : document[u"error"_s];
    // Anthropic nests it once more: {"type": "error", "error": {"type": ..., "message": ...}}.
    const QString message = error[u"message"_s].toString();
    if (!message.isEmpty())
        return tr("HTTP %1: %2").arg(reply.httpStatus).arg(message);
    return tr("HTTP %1").arg(reply.httpStatus);
}
