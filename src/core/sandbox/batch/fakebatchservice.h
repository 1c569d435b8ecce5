// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../fakeapi.h"
#include "fakebatchjournal.h"

#include <map>
#include <memory>
#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

class ModelSimulator;

// How the fake batch APIs behave, to try every path offline.
struct FakeBatchSettings {
    int completionMs = 1000; // from submission until a batch has ended
    QSet<QString> failingIds; // custom ids answered with a server error
    QSet<QString> expiringIds; // custom ids not processed in time: the batch ends expired without them
    int failEvery = 0; // above 0: every n-th request of a batch fails (benchmarks)
    int resultsDribbleBytes = 0; // above 0: results are sent this many bytes every 20 ms, to be cut off midway
    // Above 0: so many batches are made whose answer is lost on the way back, as when a gateway in
    // front of the provider times out (504) after the provider has made the batch.
    int lostCreations = 0;
    int failedCreations = 0; // above 0: so many creations fail with a 503 before anything is made (first)
    int listStatus = 200; // other than 200: the lists of batches answer with this status (a 503, say)
    int listPageCap = 0; // above 0: a page of a list holds at most so many batches, whatever was asked
};

// The three providers' batch APIs on the fake provider server: OpenAI's Batch API (files with
// purpose "batch", /v1/batches, output and error files), Anthropic's Message Batches
// (/v1/messages/batches, results_url JSONL) and Gemini's batch mode (models/{model}:batchGenerateContent,
// the operation batches/{id}), each with its list of batches, newest first. Each request of a batch is checked and
// answered by the format's own FakeApi and the model simulator, exactly as the interactive call would be; a batch makes
// progress with time and ends after completionMs. Answers are made when results are read, not held.
class FakeBatchService
{
public:
    enum class Format { OpenAi, Anthropic, Gemini };

    FakeBatchService(const ModelSimulator& simulator, const FakeApi& openAi, const FakeApi& anthropic,
                     const FakeApi& gemini);
    ~FakeBatchService();

    bool handles(const HttpRequest& request) const;
    HttpResponse respond(const HttpRequest& request);

    // Keeps what changes the batches in a journal at path, and first replays what it holds, so
    // batches made by an earlier process are known again (see FakeBatchJournal).
    void setJournal(const QString& path);
    void replayJournal(); // once, before the first request; a failure is logged, the journal then unused

    FakeBatchSettings& settings() { return m_settings; }
    int batchCount() const { return int(m_batches.size()); }
    qint64 itemsSubmitted() const { return m_itemsSubmitted; }
    int timesSubmitted(const QString& customId) const { return m_submitted.value(customId); }
    int cancelCount() const { return m_cancels; }
    int resultReads() const { return m_resultReads; }
    void forgetSubmissions() { m_submitted.clear(); } // for benchmarks that need no counts per id

private:
    struct Item {
        QString customId;
        std::optional<SimulatedCall> call; // absent: refused, with refusal
        std::shared_ptr<const HttpResponse> refusal; // rare: held apart, an item is kept for every request
    };
    struct Batch {
        Format format = Format::OpenAi;
        QString id;
        QString model;
        QString inputFileId;
        QList<Item> items;
        qint64 createdMs = 0;
        qint64 createdAtSecs = 0;
        bool cancelled = false;
        QString tag; // OpenAI's metadata "signalbox_batch", Gemini's display name
        qint64 serial = 0; // the order of creation
    };
    struct ListPage {
        QList<const Batch*> batches; // newest first
        bool hasMore = false;
    };
    enum class Outcome { Answered, Failed, Refused, Expired, Cancelled };

    HttpResponse handle(const HttpRequest& request);
    bool record(const HttpRequest& request);
    void replay(const FakeBatchJournal::Entry& entry);
    qint64 now() const; // on m_clock; while replaying, the time the replayed request came
    qint64 nowSecsSinceEpoch() const;

    const FakeApi& api(Format format) const;
    HttpResponse unauthenticated(const HttpRequest& request, Format format) const;
    std::optional<Format> formatOf(const QString& path) const;
    Batch* batch(const QString& id);
    Batch& add(Batch batch);
    // The batches of format newest first, from the one after afterId (none: the newest), at most limit.
    ListPage list(Format format, const QString& afterId, int limit) const;
    static bool isCreation(const HttpRequest& request);
    static bool isList(const HttpRequest& request);
    void addItem(Batch& batch, const QString& customId, const HttpRequest& itemRequest);
    double progress(const Batch& batch) const; // 0..1
    bool ended(const Batch& batch) const;
    bool expires(const Batch& batch) const;
    Outcome outcome(const Batch& batch, qsizetype index) const;
    QByteArray answerBody(Format format, const Item& item, int* status) const;
    int countDone(const Batch& batch, int* failed) const;
    HttpResponse results(HttpResponse response) const; // delivered as the settings say

    HttpResponse openAi(const HttpRequest& request);
    HttpResponse uploadFile(const HttpRequest& request);
    HttpResponse createOpenAiBatch(const HttpRequest& request);
    HttpResponse listOpenAiBatches(const HttpRequest& request) const;
    QJsonObject openAiBatchObject(const Batch& batch) const;
    HttpResponse openAiFile(const QString& fileId);
    QByteArray openAiLines(const Batch& batch, bool errors) const;

    HttpResponse anthropic(const HttpRequest& request);
    HttpResponse createAnthropicBatch(const HttpRequest& request);
    HttpResponse listAnthropicBatches(const HttpRequest& request) const;
    QJsonObject anthropicBatchObject(const Batch& batch, const QByteArray& host) const;
    QByteArray anthropicResults(const Batch& batch) const;

    HttpResponse gemini(const HttpRequest& request);
    HttpResponse createGeminiBatch(const HttpRequest& request, const QString& model);
    HttpResponse listGeminiBatches(const HttpRequest& request) const;
    QJsonObject geminiOperation(const Batch& batch, bool withResponses) const;

    const ModelSimulator& m_simulator;
    const FakeApi& m_openAi;
    const FakeApi& m_anthropic;
    const FakeApi& m_gemini;
    FakeBatchSettings m_settings;
    QElapsedTimer m_clock;
    std::map<QString, Batch> m_batches;
    QHash<QString, QByteArray> m_files; // uploaded input files not yet made into a batch
    QHash<QString, int> m_submitted; // how often each custom id was sent in a batch
    qint64 m_itemsSubmitted = 0;
    int m_nextId = 1;
    qint64 m_serial = 0;
    int m_cancels = 0;
    int m_resultReads = 0;
    std::unique_ptr<FakeBatchJournal> m_journal;
    bool m_journalReplayed = false;
    std::optional<qint64> m_replayAtMs; // since the epoch
};
