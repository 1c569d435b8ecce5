// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchclient.h"

// OpenAI's Batch API: the requests uploaded as a JSONL file (purpose "batch"), a batch made of it
// for /v1/chat/completions with a 24 h window, polled, and its output and error files read.
class OpenAiBatchClient : public BatchClient
{
    Q_OBJECT
public:
    explicit OpenAiBatchClient(const Provider& provider, const QString& apiKey, QObject* parent = nullptr);

    void submit(const QList<BatchItem>& items, const QString& tag, SubmitDone done) override;
    void find(const BatchSearch& search, FindDone done) override;
    void poll(const QString& remoteId, PollDone done) override;
    void fetchResults(const QString& remoteId, const BatchStatus& status, int itemCount, ResultsRead read,
                      ResultsDone done) override;
    void cancel(const QString& remoteId, CancelDone done) override;

    static BatchStatus statusOf(const QJsonObject& batch);

private:
    QByteArray inputFile(const QList<BatchItem>& items) const;
    void createBatch(const QString& fileId, const QString& tag, SubmitDone done);
    void readFile(const QString& fileId, ResultsRead read, ResultsDone done);
    QList<BatchItemResult> parseLines(const QByteArray& jsonl) const;
    QUrl url(const QString& path) const;
};
