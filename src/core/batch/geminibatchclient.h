// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchclient.h"

// Gemini's batch mode: models/{model}:batchGenerateContent with the requests inline (each keyed
// by metadata.key), the long-running operation batches/{id} polled until done, and the inlined
// responses read from it. One batch serves one model.
class GeminiBatchClient : public BatchClient
{
    Q_OBJECT
public:
    explicit GeminiBatchClient(const Provider& provider, const QString& apiKey, QObject* parent = nullptr);

    void submit(const QList<BatchItem>& items, const QString& tag, SubmitDone done) override;
    void find(const BatchSearch& search, FindDone done) override;
    void poll(const QString& remoteId, PollDone done) override;
    void fetchResults(const QString& remoteId, const BatchStatus& status, int itemCount, ResultsRead read,
                      ResultsDone done) override;
    void cancel(const QString& remoteId, CancelDone done) override;

    static BatchStatus statusOf(const QJsonObject& operation);

private:
    bool readResponses(const QByteArray& operation, const ResultsRead& read);
    std::optional<BatchItemResult> resultOf(const QJsonObject& item) const;
    QString root() const; // the base URL with its API version
};
