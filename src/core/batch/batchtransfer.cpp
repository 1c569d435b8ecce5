// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchtransfer.h"

#include "providers/providererrors.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <utility>

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

BatchTransfer* BatchTransfer::startLines(QNetworkAccessManager* network, const QNetworkRequest& request,
                                         qint64 maxLineBytes, QObject* parent, Lines lines, Done done)
{
    auto* transfer = new BatchTransfer(network->get(request), maxLineBytes, parent, std::move(done));
    transfer->m_lines = std::move(lines);
    return transfer;
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

bool BatchTransfer::read()
{
    if (m_oversize || !m_reply)
        return true;
    m_body += m_reply->readAll();
    if (m_lines && succeeding() && !passLines())
        return false;
    if (m_body.size() > m_maxBytes) {
        m_oversize = true;
        m_body.clear();
        m_reply->abort();
    }
    return true;
}

bool BatchTransfer::succeeding() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

bool BatchTransfer::passLines()
{
    const qsizetype end = m_body.lastIndexOf('\n');
    if (end < 0)
        return true;
    const QByteArray lines = m_body.left(end + 1);
    m_body.remove(0, end + 1);
    const QPointer<BatchTransfer> alive(this);
    m_lines(lines);
    return !alive.isNull();
}

void BatchTransfer::finish()
{
    if (!read())
        return;
    if (m_lines && !m_oversize && succeeding() && !m_body.isEmpty()) {
        m_body += '\n'; // the last line may end without one
        if (!passLines())
            return;
    }
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
    // The transfer goes first, so that its connections to the network reply end here, on this thread;
    // deleted after the reply, it left them to Qt's network thread (see ProviderClient::onNetworkFinished).
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    const Done done = std::move(m_done);
    deleteLater();
    reply->deleteLater();
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
