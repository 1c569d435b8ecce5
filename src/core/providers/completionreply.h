// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completion.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkReply;

// One completion in flight. Emits finished() exactly once, then deletes itself later; keep a
// QPointer to it to abort. Reads the response as it streams in and stops, aborting the transfer,
// as soon as it passes its limit (see ResponseLimit): memory stays bounded whatever the server sends.
class CompletionReply : public QObject
{
    Q_OBJECT
public:
    ~CompletionReply() override;

    const CompletionRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const CompletionResult& result() const { return m_result; }

    // Ends the request now; finished() then reports CompletionError::Cancelled.
    void abort();

    // The most body bytes this reply held at once, and how many the network layer may buffer
    // besides them: together, what a response can cost in memory.
    qint64 peakBodyBytes() const { return m_peakBodyBytes; }
    static constexpr qint64 readBufferBytes = 256 * 1024;

Q_SIGNALS:
    void finished(const CompletionResult& result);

private:
    friend class ProviderClient;
    CompletionReply(const CompletionRequest& request, QNetworkReply* networkReply, qint64 answerLimit,
                    QObject* parent);
    void complete(const CompletionResult& result);

    bool isSuccessStatus() const;
    qint64 bodyLimit() const; // the answer's limit for a 2xx, a smaller one for an error body
    void checkDeclaredLength();
    void readBody();
    void stopReading(qint64 seenBytes);
    bool isOversize() const { return m_oversizeBytes > 0; }
    qint64 answerLimit() const { return m_answerLimit; }
    QByteArray takeBody();

    CompletionRequest m_request;
    QPointer<QNetworkReply> m_networkReply;
    QElapsedTimer m_clock;
    CompletionResult m_result;
    QByteArray m_body;
    qint64 m_answerLimit;
    qint64 m_peakBodyBytes = 0;
    qint64 m_oversizeBytes = 0; // above 0: the response passed its limit (declared or read) and was abandoned
    bool m_aborted = false;
    bool m_finished = false;
};
