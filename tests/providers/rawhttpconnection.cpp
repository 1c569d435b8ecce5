// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpconnection.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>

QJsonObject RawHttpConnection::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttpConnection::RawHttpConnection(quint16 port, QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        ++m_readyReads;
        m_buffer += m_socket.readAll();
        Q_EMIT activity();
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, &RawHttpConnection::activity);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void RawHttpConnection::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
}

void RawHttpConnection::post(const QByteArray& path, const QByteArray& body, const QList<QByteArray>& headerLines)
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    for (const auto& line : headerLines)
        request += line + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    send(request);
}

std::optional<RawHttpConnection::Response> RawHttpConnection::read(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (auto response = take())
            return response;
        if (m_socket.state() == QAbstractSocket::UnconnectedState || deadline.hasExpired())
            return std::nullopt;
        QSignalSpy spy(this, &RawHttpConnection::activity);
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    }
}

bool RawHttpConnection::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        QSignalSpy spy(this, &RawHttpConnection::activity);
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

std::optional<RawHttpConnection::Response> RawHttpConnection::take()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    Response response;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = response.headers.value("content-length").toLongLong();
    if (m_buffer.size() - headEnd - 4 < length)
        return std::nullopt;
    response.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    return response;
}
