// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchclient.h"

// Anthropic's Message Batches: requests [{custom_id, params}] in one POST, processing_status
// polled until "ended", results read as JSONL from results_url.
class AnthropicBatchClient : public BatchClient
{
    Q_OBJECT
public:
    explicit AnthropicBatchClient(const Provider& provider, const QString& apiKey, QObject* parent = nullptr);

    void submit(const QList<BatchItem>& items, const QString& tag, SubmitDone done) override;
    void find(const BatchSearch& search, FindDone done) override;
    void poll(const QString& remoteId, PollDone done) override;
    void fetchResults(const QString& remoteId, const BatchStatus& status, int itemCount, ResultsRead read,
                      ResultsDone done) override;
    void cancel(const QString& remoteId, CancelDone done) override;

    static BatchStatus statusOf(const QJsonObject& batch);
    static int requestCount(const QJsonObject& batch); // of every state

private:
    QList<BatchItemResult> parseLines(const QByteArray& jsonl) const;
    BatchItemResult resultOf(const QString& customId, const QJsonObject& result) const;
    QUrl url(const QString& path) const;
};
