// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTcpSocket>

// A bare HTTP/1.1 client for tests that need to see the bytes: keep-alive, pipelining, broken
// framing. Waits with QSignalSpy on the event loop, so a server on the same thread keeps serving.
class RawHttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Response {
        int status = 0;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json() const;
    };

    explicit RawHttpConnection(quint16 port, QObject* parent = nullptr);

    void send(const QByteArray& bytes);
    void post(const QByteArray& path, const QByteArray& body, const QList<QByteArray>& headerLines = {});
    // The next complete response; nothing when the connection closes first or time runs out.
    std::optional<Response> read(int timeoutMs = 5000);
    bool waitForClose(int timeoutMs = 5000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray unparsed() const { return m_buffer; }
    int readyReadCount() const { return m_readyReads; }

Q_SIGNALS:
    void activity();

private:
    std::optional<Response> take();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_readyReads = 0;
};
