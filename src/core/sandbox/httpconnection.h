// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QObject>

class QTcpSocket;
class QTimer;

// One client connection of the fake provider server: reads HTTP/1.1 requests with
// Content-Length bodies, one at a time (pipelined ones wait their turn), keeps the connection
// alive between them, and writes each response the way HttpResponse::delivery says.
// Deletes itself once the connection is gone.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the connected socket.
    explicit HttpConnection(QTcpSocket* socket, QObject* parent = nullptr);

    // Answers the request last announced by requestReceived().
    void respond(const HttpResponse& response);
    bool isAnswering() const { return m_busy; }

    static constexpr qsizetype maxHeadBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;
    static constexpr int lingerMs = 250;

    static constexpr qint64 streamPieceBytes = 256 * 1024;
    static constexpr qint64 streamBacklogBytes = 1024 * 1024; // written but not yet taken by the kernel

Q_SIGNALS:
    void requestReceived(const HttpRequest& request);
    void closed();
    // A streamed body ended, sent in full or cut by the client: how many of its bytes were written.
    void streamEnded(qint64 bytesWritten);

private:
    enum class Parse { Incomplete, Ready, Failed };

    void readRequests();
    Parse takeRequest(HttpRequest& request, int& failureStatus);
    bool parseHead(const QByteArray& head, HttpRequest& request, int& failureStatus) const;
    void refuse(int status);
    void writeHead(const HttpResponse& response);
    void dribble();
    void pumpStream();
    void endStream();
    void finishResponse();
    void onDisconnected();

    QTcpSocket* m_socket;
    QTimer* m_dribbleTimer;
    QByteArray m_buffer;
    QByteArray m_unsentBody;
    HttpResponse m_stream; // the streamed response being written, when m_streaming
    qint64 m_streamOffset = 0;
    bool m_streaming = false;
    int m_dribbleChunkBytes = 16;
    bool m_busy = false;
    bool m_closeAfterResponse = false;
    bool m_continueSent = false;
    bool m_draining = false; // refused: the rest of the input is read and dropped until we close
    bool m_closed = false;
};
