// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {
bool validToken(const QByteArray& token)
{
    if (token.isEmpty())
        return false;
    for (char c : token) {
        if (c <= ' ' || c >= 127 || c == ':')
            return false;
    }
    return true;
}

bool keepAliveOf(const QByteArray& version, const QByteArray& connection)
{
    const QByteArray lower = connection.toLower();
    if (version == "HTTP/1.0")
        return lower.contains("keep-alive");
    return !lower.contains("close");
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_dribbleTimer(new QTimer(this))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_dribbleTimer, &QTimer::timeout, this, &HttpConnection::dribble);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pumpStream);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::readRequests()
{
    if (m_closed)
        return;
    if (m_draining) {
        m_socket->readAll();
        return;
    }
    m_buffer += m_socket->readAll();
    while (!m_busy && !m_closed) {
        HttpRequest request;
        int failureStatus = 0;
        const Parse parse = takeRequest(request, failureStatus);
        if (parse == Parse::Incomplete)
            return;
        if (parse == Parse::Failed) {
            refuse(failureStatus);
            return;
        }
        m_busy = true;
        m_closeAfterResponse = !request.keepAlive;
        Q_EMIT requestReceived(request);
    }
}

HttpConnection::Parse HttpConnection::takeRequest(HttpRequest& request, int& failureStatus)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        failureStatus = 431;
        return m_buffer.size() > maxHeadBytes ? Parse::Failed : Parse::Incomplete;
    }
    if (!parseHead(m_buffer.left(headEnd), request, failureStatus))
        return Parse::Failed;
    bool ok = true;
    const QByteArray lengthText = request.header("content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.trimmed().toLongLong(&ok);
    if (!ok || length < 0) {
        failureStatus = 400;
        return Parse::Failed;
    }
    if (length > maxBodyBytes) {
        failureStatus = 413;
        return Parse::Failed;
    }
    const qsizetype bodyStart = headEnd + 4;
    if (m_buffer.size() - bodyStart < length) {
        if (!m_continueSent && request.header("expect").toLower() == "100-continue") {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
        return Parse::Incomplete;
    }
    request.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    m_continueSent = false;
    return Parse::Ready;
}

bool HttpConnection::parseHead(const QByteArray& head, HttpRequest& request, int& failureStatus) const
{
    failureStatus = 400;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !validToken(requestLine[0]) || !requestLine[2].startsWith("HTTP/1."))
        return false;
    request.method = requestLine[0];
    request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !validToken(line.left(colon)))
            return false;
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        const QByteArray previous = request.headers.value(name);
        request.headers.insert(name, previous.isEmpty() ? value : previous + ", " + value);
    }
    if (request.headers.contains("transfer-encoding")) {
        failureStatus = 411; // chunked request bodies are not needed by any client of this server
        return false;
    }
    const qsizetype question = request.target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? request.target : request.target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(request.target.mid(question + 1)));
    request.keepAlive = keepAliveOf(requestLine[2], request.header("connection"));
    return true;
}

void HttpConnection::refuse(int status)
{
    m_busy = true;
    m_closeAfterResponse = true;
    m_draining = true;
    m_buffer.clear();
    respond(HttpResponse::text(status, QByteArrayLiteral("text/plain"), httpReasonPhrase(status) + '\n'));
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (!m_busy || m_closed)
        return;
    switch (response.delivery) {
    case HttpResponse::Delivery::Reset:
        m_socket->abort();
        onDisconnected();
        return;
    case HttpResponse::Delivery::Truncated:
        writeHead(response);
        m_socket->write(response.body.left(response.body.size() / 2));
        m_socket->disconnectFromHost();
        return;
    case HttpResponse::Delivery::Dribbled:
        writeHead(response);
        m_unsentBody = response.body;
        m_dribbleChunkBytes = std::max(1, response.dribbleChunkBytes);
        m_dribbleTimer->start(std::max(1, response.dribbleIntervalMs));
        return;
    case HttpResponse::Delivery::Streamed:
        writeHead(response);
        m_stream = response;
        m_streamOffset = 0;
        m_streaming = true;
        pumpStream();
        return;
    case HttpResponse::Delivery::Whole:
        writeHead(response);
        m_socket->write(response.body);
        finishResponse();
        return;
    }
}

void HttpConnection::writeHead(const HttpResponse& response)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    const bool streamed = response.delivery == HttpResponse::Delivery::Streamed;
    if (streamed && response.framing == HttpResponse::Framing::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!streamed || response.framing == HttpResponse::Framing::ContentLength)
        head += "Content-Length: " + QByteArray::number(response.bodySize()) + "\r\n";
    else
        m_closeAfterResponse = true; // the close is what ends the body
    head += m_closeAfterResponse ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "Server: signalbox-sandbox\r\n\r\n";
    m_socket->write(head);
}

void HttpConnection::dribble()
{
    if (m_closed) {
        m_dribbleTimer->stop();
        return;
    }
    m_socket->write(m_unsentBody.left(m_dribbleChunkBytes));
    m_unsentBody.remove(0, m_dribbleChunkBytes);
    if (m_unsentBody.isEmpty()) {
        m_dribbleTimer->stop();
        finishResponse();
    }
}

// Writes the next pieces while the socket's own buffer is short, so that the body is never held whole.
void HttpConnection::pumpStream()
{
    const bool chunked = m_stream.framing == HttpResponse::Framing::Chunked;
    while (m_streaming && !m_closed && m_socket->bytesToWrite() < streamBacklogBytes) {
        const QByteArray piece = m_stream.streamedPiece(m_streamOffset, streamPieceBytes);
        // A socket the client has closed takes nothing: the stream ends there.
        const bool written = m_socket->state() == QAbstractSocket::ConnectedState
            && m_socket->write(chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece) >= 0;
        if (!written) {
            endStream();
            return;
        }
        m_streamOffset += piece.size();
        if (m_streamOffset < m_stream.streamedBytes)
            continue;
        if (chunked)
            m_socket->write("0\r\n\r\n");
        endStream();
        finishResponse();
    }
}

void HttpConnection::endStream()
{
    if (!m_streaming)
        return;
    m_streaming = false;
    m_stream = {};
    Q_EMIT streamEnded(m_streamOffset);
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (m_draining) {
        // Closing on unread input makes the kernel reset the connection, and the client may then
        // lose the response: let it read first.
        QTimer::singleShot(lingerMs, m_socket, [this] { m_socket->disconnectFromHost(); });
        return;
    }
    if (m_closeAfterResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    m_dribbleTimer->stop();
    endStream();
    Q_EMIT closed();
    deleteLater();
}
