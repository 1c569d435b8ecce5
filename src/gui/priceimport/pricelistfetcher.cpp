// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricelistfetcher.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
bool looksOffline(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}
} // namespace

PriceListFetcher::PriceListFetcher(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void PriceListFetcher::fetch(const QUrl& url)
{
    cancel();
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_tooLarge = false;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PriceListFetcher::onProgress);
    connect(m_reply, &QNetworkReply::finished, this, &PriceListFetcher::onFinished);
}

void PriceListFetcher::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    Q_EMIT cancelled();
}

void PriceListFetcher::onProgress(qint64 received, qint64 total)
{
    if (received > m_byteCap || total > m_byteCap) {
        m_tooLarge = true;
        m_reply->abort(); // finishes the reply, which reports the cap
        return;
    }
    Q_EMIT progress(received, total);
}

void PriceListFetcher::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this); // its connections end on this thread, not on Qt's network thread
    reply->deleteLater();
    if (m_tooLarge) {
        Q_EMIT failed(tr("%1 is larger than %2; that is not a price list.")
                          .arg(reply->url().toDisplayString(), QLocale().formattedDataSize(m_byteCap)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(errorText(reply));
        return;
    }
    Q_EMIT finished(reply->readAll(), reply->url());
}

QString PriceListFetcher::errorText(QNetworkReply* reply) const
{
    const QString url = reply->url().toDisplayString();
    if (looksOffline(reply->error()))
        return tr("Could not reach %1: %2. This computer seems to be offline or behind a proxy; download the "
                  "list another way and open it as a file.")
            .arg(url, reply->errorString());
    return tr("Could not download %1: %2").arg(url, reply->errorString());
}
