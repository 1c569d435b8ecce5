// SPDX-License-Identifier: GPL-3.0-or-later
#include "completionreply.h"

#include "responselimit.h"

#include <QNetworkReply>

CompletionReply::CompletionReply(const CompletionRequest& request, QNetworkReply* networkReply, qint64 answerLimit,
                                 QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_networkReply(networkReply)
    , m_answerLimit(answerLimit)
{
    m_clock.start();
    // Without a bound, Qt reads the socket into the reply as fast as the server sends.
    networkReply->setReadBufferSize(readBufferBytes);
    connect(networkReply, &QNetworkReply::metaDataChanged, this, &CompletionReply::checkDeclaredLength);
    connect(networkReply, &QNetworkReply::readyRead, this, &CompletionReply::readBody);
}

CompletionReply::~CompletionReply()
{
    // The network reply stays the manager's child, so that it never outlives the manager.
    if (m_networkReply) {
        m_networkReply->disconnect(this);
        m_networkReply->abort();
        m_networkReply->deleteLater();
    }
}

void CompletionReply::abort()
{
    if (m_finished || !m_networkReply)
        return;
    m_aborted = true;
    m_networkReply->abort();
}

void CompletionReply::complete(const CompletionResult& result)
{
    m_result = result;
    m_finished = true;
    Q_EMIT finished(m_result);
}

bool CompletionReply::isSuccessStatus() const
{
    const int status = m_networkReply ? m_networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    return status >= 200 && status < 300;
}

qint64 CompletionReply::bodyLimit() const
{
    return isSuccessStatus() ? m_answerLimit : std::min(m_answerLimit, ResponseLimit::errorBodyBytes);
}

void CompletionReply::checkDeclaredLength()
{
    if (!m_networkReply || isOversize())
        return;
    bool known = false;
    const qint64 declared = m_networkReply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    // A compressed length above the limit means a larger text still: give up before reading any of it.
    if (known && declared > bodyLimit())
        stopReading(declared);
}

void CompletionReply::readBody()
{
    while (m_networkReply && !isOversize() && m_networkReply->bytesAvailable() > 0) {
        const qint64 room = bodyLimit() - m_body.size();
        m_body += m_networkReply->read(std::min(m_networkReply->bytesAvailable(), room + 1));
        m_peakBodyBytes = std::max(m_peakBodyBytes, qint64(m_body.size()));
        if (m_body.size() > bodyLimit()) {
            stopReading(m_body.size());
            return;
        }
    }
}

void CompletionReply::stopReading(qint64 seenBytes)
{
    m_oversizeBytes = seenBytes;
    if (isSuccessStatus())
        m_body.clear(); // an answer cut anywhere is of no use; an error body's start still says something
    else
        m_body.truncate(ResponseLimit::errorBodyBytes);
    if (QNetworkReply* reply = m_networkReply) // finished() may come from inside abort()
        reply->abort();
}

QByteArray CompletionReply::takeBody()
{
    readBody();
    return std::exchange(m_body, {});
}
