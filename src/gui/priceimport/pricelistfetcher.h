// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

// Downloads a price list in the background on the thread that owns it: asynchronous, cancellable,
// and refused past a byte cap (a price list is a few megabytes; anything far larger is not one).
// Exactly one of finished, failed or cancelled follows each fetch().
class PriceListFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 defaultByteCap = 32 * 1024 * 1024;

    explicit PriceListFetcher(QObject* parent = nullptr);

    void setByteCap(qint64 bytes) { m_byteCap = bytes; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    bool isBusy() const { return m_reply != nullptr; }

    void fetch(const QUrl& url); // a fetch still running is cancelled first
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when the server does not say
    void finished(const QByteArray& body, const QUrl& url);
    void failed(const QString& message); // translated; says when the machine seems to be offline
    void cancelled();

private:
    void onProgress(qint64 received, qint64 total);
    void onFinished();
    QString errorText(QNetworkReply* reply) const;

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    qint64 m_byteCap = defaultByteCap;
    int m_timeoutMs = 60000;
    bool m_tooLarge = false;
};
