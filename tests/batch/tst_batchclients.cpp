// SPDX-License-Identifier: GPL-3.0-or-later
// Each provider's batch client against the fake provider's batch API, over real HTTP: submit,
// poll until ended, read the results (answers, per-item failures, expiry), cancel, refusals, and
// finding a batch again in the provider's list.
#include "batch/batchclient.h"
#include "sandbox/batch/fakebatchservice.h"
#include "sandbox/fakeproviderserver.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestBatchClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void submitPollCollect_data();
    void submitPollCollect();
    void expiredItemsComeBackAsRetryableErrors_data();
    void expiredItemsComeBackAsRetryableErrors();
    void cancelEndsTheBatch_data();
    void cancelEndsTheBatch();
    void missingKeyIsRefused_data();
    void missingKeyIsRefused();
    void findsABatchByWhatItWasCreatedWith_data();
    void findsABatchByWhatItWasCreatedWith();
    void findReadsTheListPageAfterPage_data();
    void findReadsTheListPageAfterPage();
    void findGivesUpPastTwentyPages_data();
    void findGivesUpPastTwentyPages();

private:
    void kinds();
    std::unique_ptr<BatchClient> client(const QString& key = u"sk-test"_s);
    QList<BatchItem> items(int count) const;
    BatchClient::Submitted submit(BatchClient& batches, const QList<BatchItem>& requests, const QString& tag = {});
    BatchClient::Found find(BatchClient& batches, const BatchSearch& search);
    QStringList submitTagged(BatchClient& batches, int count); // one request each, tagged b0, b1, ...
    BatchStatus pollUntilEnded(BatchClient& batches, const QString& remoteId);
    QList<BatchItemResult> results(BatchClient& batches, const QString& remoteId, const BatchStatus& status, int count);

    std::unique_ptr<FakeProviderServer> m_server;
};

void TestBatchClients::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->batches().settings().completionMs = 150;
}

void TestBatchClients::cleanup()
{
    m_server.reset();
}

void TestBatchClients::kinds()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("model");
    QTest::newRow("openai") << ProviderKind::OpenAiCompatible << u"gpt-4o-mini"_s;
    QTest::newRow("anthropic") << ProviderKind::Anthropic << u"claude-haiku"_s;
    QTest::newRow("gemini") << ProviderKind::Gemini << u"gemini-flash"_s;
}

std::unique_ptr<BatchClient> TestBatchClients::client(const QString& key)
{
    QFETCH(ProviderKind, kind);
    Provider provider { u"p"_s, kind, m_server->baseUrl(kind) };
    return createBatchClient(provider, key);
}

QList<BatchItem> TestBatchClients::items(int count) const
{
    QFETCH(QString, model);
    QList<BatchItem> list;
    for (int i = 0; i < count; ++i) {
        CompletionRequest request;
        request.model = model;
        request.messages = { { u"user"_s, u"Ticket %1: where is my parcel?"_s.arg(i) } };
        list.append({ batchCustomId(u"tickets/t%1/m/0"_s.arg(i)), request });
    }
    return list;
}

BatchClient::Submitted TestBatchClients::submit(BatchClient& batches, const QList<BatchItem>& requests,
                                                const QString& tag)
{
    // An event loop rather than qWaitFor, whose naps would make the hundred submissions below take seconds.
    std::optional<BatchClient::Submitted> submitted;
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    batches.submit(requests, tag, [&](const BatchClient::Submitted& answer) {
        submitted = answer;
        loop.quit();
    });
    if (!submitted)
        loop.exec();
    return submitted.value_or(BatchClient::Submitted {});
}

QStringList TestBatchClients::submitTagged(BatchClient& batches, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const BatchClient::Submitted submitted = submit(batches, items(1), u"b%1"_s.arg(i));
        if (!submitted.reply.isOk())
            return {};
        ids.append(submitted.remoteId);
    }
    return ids;
}

BatchClient::Found TestBatchClients::find(BatchClient& batches, const BatchSearch& search)
{
    std::optional<BatchClient::Found> found;
    batches.find(search, [&](const BatchClient::Found& answer) { found = answer; });
    if (!QTest::qWaitFor([&] { return found.has_value(); }, 10000))
        return { BatchReply { 0, {}, CompletionError::Retryable, u"no answer"_s }, {}, {} };
    return *found;
}

BatchStatus TestBatchClients::pollUntilEnded(BatchClient& batches, const QString& remoteId)
{
    BatchStatus last;
    for (int polls = 0; polls < 200 && !last.ended; ++polls) {
        std::optional<BatchStatus> status;
        batches.poll(remoteId, [&](const BatchStatus& answer) { status = answer; });
        if (!QTest::qWaitFor([&] { return status.has_value(); }, 10000) || !status->ok)
            return status.value_or(BatchStatus {});
        last = *status;
        if (!last.ended)
            QTest::qWait(20); // a poll interval, as the lane keeps one
    }
    return last;
}

QList<BatchItemResult> TestBatchClients::results(BatchClient& batches, const QString& remoteId,
                                                 const BatchStatus& status, int count)
{
    QList<BatchItemResult> collected;
    bool done = false;
    batches.fetchResults(
        remoteId, status, count, [&](const QList<BatchItemResult>& piece) { collected.append(piece); },
        [&](const QString& error) {
            if (!error.isEmpty())
                qWarning() << error;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning() << "no results";
    return collected;
}

void TestBatchClients::submitPollCollect_data()
{
    kinds();
}

void TestBatchClients::submitPollCollect()
{
    auto batches = client();
    const QList<BatchItem> requests = items(12);
    m_server->batches().settings().failingIds = { requests.at(3).customId };
    const BatchClient::Submitted submitted = submit(*batches, requests);
    QVERIFY2(submitted.reply.isOk(), qPrintable(submitted.reply.errorMessage));
    QVERIFY(!submitted.remoteId.isEmpty());
    QCOMPARE(m_server->batches().itemsSubmitted(), 12);

    const BatchStatus status = pollUntilEnded(*batches, submitted.remoteId);
    QVERIFY2(status.ok && status.ended, qPrintable(status.error));
    QCOMPARE(status.total, 12);
    QCOMPARE(status.done, 12);
    QCOMPARE(status.failedItems, 1);

    const QList<BatchItemResult> collected = results(*batches, submitted.remoteId, status, 12);
    QCOMPARE(collected.size(), 12);
    QSet<QString> ids;
    for (const BatchItemResult& item : collected) {
        ids.insert(item.customId);
        if (item.customId == requests.at(3).customId) {
            QCOMPARE(item.result.error, CompletionError::Retryable);
            continue;
        }
        QVERIFY2(item.result.isOk(), qPrintable(item.result.errorMessage));
        QVERIFY(!item.result.text.isEmpty());
        QVERIFY(item.result.inputTokens > 0);
        QVERIFY(!item.result.usageEstimated);
    }
    QCOMPARE(ids.size(), 12);
}

void TestBatchClients::expiredItemsComeBackAsRetryableErrors_data()
{
    kinds();
}

void TestBatchClients::expiredItemsComeBackAsRetryableErrors()
{
    auto batches = client();
    const QList<BatchItem> requests = items(6);
    m_server->batches().settings().expiringIds = { requests.at(0).customId, requests.at(5).customId };
    const BatchClient::Submitted submitted = submit(*batches, requests);
    QVERIFY(submitted.reply.isOk());
    const BatchStatus status = pollUntilEnded(*batches, submitted.remoteId);
    QVERIFY(status.ended && !status.failed);
    QHash<QString, CompletionResult> byId;
    for (const BatchItemResult& item : results(*batches, submitted.remoteId, status, 6))
        byId.insert(item.customId, item.result);
    // Gemini sends nothing at all for an unprocessed request; the lane then records it as unanswered.
    QFETCH(ProviderKind, kind);
    const bool listsExpired = kind != ProviderKind::Gemini;
    for (const QString& expired : { requests.at(0).customId, requests.at(5).customId }) {
        QCOMPARE(byId.contains(expired), listsExpired);
        if (listsExpired)
            QCOMPARE(byId.value(expired).error, CompletionError::Retryable);
    }
    QVERIFY(byId.value(requests.at(2).customId).isOk());
    QCOMPARE(byId.size(), listsExpired ? 6 : 4);
}

void TestBatchClients::cancelEndsTheBatch_data()
{
    kinds();
}

void TestBatchClients::cancelEndsTheBatch()
{
    m_server->batches().settings().completionMs = 60'000;
    auto batches = client();
    const BatchClient::Submitted submitted = submit(*batches, items(4));
    QVERIFY(submitted.reply.isOk());
    std::optional<BatchReply> cancelled;
    batches->cancel(submitted.remoteId, [&](const BatchReply& reply) { cancelled = reply; });
    QVERIFY(QTest::qWaitFor([&] { return cancelled.has_value(); }, 10000));
    QVERIFY2(cancelled->isOk(), qPrintable(cancelled->errorMessage));
    QCOMPARE(m_server->batches().cancelCount(), 1);
    const BatchStatus status = pollUntilEnded(*batches, submitted.remoteId);
    QVERIFY(status.ended);
    for (const BatchItemResult& item : results(*batches, submitted.remoteId, status, 4))
        QCOMPARE(item.result.error, CompletionError::Retryable);
}

void TestBatchClients::missingKeyIsRefused_data()
{
    kinds();
}

void TestBatchClients::missingKeyIsRefused()
{
    auto batches = client(QString());
    const BatchClient::Submitted submitted = submit(*batches, items(2));
    QCOMPARE(submitted.reply.error, CompletionError::Fatal);
    QVERIFY(submitted.reply.httpStatus == 401 || submitted.reply.httpStatus == 403);
    QCOMPARE(m_server->batches().batchCount(), 0);
}

void TestBatchClients::findsABatchByWhatItWasCreatedWith_data()
{
    kinds();
}

// OpenAI and Gemini find the batch by its tag; Anthropic, which keeps none, by when it was made,
// its size and the batches the run knows already: the same searches find the same batches.
void TestBatchClients::findsABatchByWhatItWasCreatedWith()
{
    auto batches = client();
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QStringList ids;
    for (const auto& [tag, count] : { std::pair { u"t1"_s, 2 }, { u"t2"_s, 3 }, { u"t3"_s, 3 } }) {
        const BatchClient::Submitted submitted = submit(*batches, items(count), tag);
        QVERIFY2(submitted.reply.isOk(), qPrintable(submitted.reply.errorMessage));
        ids.append(submitted.remoteId);
    }
    BatchClient::Found found = find(*batches, { u"t2"_s, sentAt, 3, { ids.at(2) } });
    QVERIFY2(found.reply.isOk(), qPrintable(found.reply.errorMessage));
    QCOMPARE(found.remoteId, ids.at(1));
    found = find(*batches, { u"t3"_s, sentAt, 3, { ids.at(0), ids.at(1) } });
    QCOMPARE(found.remoteId, ids.at(2));
    QFETCH(ProviderKind, kind);
    const bool tagged = kind != ProviderKind::Anthropic;
    if (kind == ProviderKind::OpenAiCompatible)
        QVERIFY(found.inputRef.startsWith(u"file-"_s)); // the input file, as the batch was created with
    found = find(*batches, { u"t4"_s, sentAt, 4, {} });
    QVERIFY(found.reply.isOk());
    QVERIFY(found.remoteId.isEmpty());
    // Two batches fit Anthropic's description: neither is taken, and the search says why.
    found = find(*batches, { u"t2"_s, sentAt, 3, {} });
    QCOMPARE(found.reply.isOk(), tagged);
    QCOMPARE(found.remoteId, tagged ? ids.at(1) : QString());
    if (!tagged)
        QVERIFY2(found.reply.errorMessage.contains(ids.at(1)), qPrintable(found.reply.errorMessage));
    // Without the time it was sent, a batch without a tag cannot be told from another; nor by a time
    // long before it was made; and a batch recorded without a tag is never matched to an untagged one.
    found = find(*batches, { u"t2"_s, QDateTime(), 3, { ids.at(2) } });
    QCOMPARE(found.remoteId, tagged ? ids.at(1) : QString());
    found = find(*batches, { u"t2"_s, sentAt.addSecs(-3600), 3, { ids.at(2) } });
    QCOMPARE(found.remoteId, tagged ? ids.at(1) : QString());
    QVERIFY(submit(*batches, items(5)).reply.isOk());
    found = find(*batches, { QString(), sentAt, 5, {} });
    QVERIFY(found.reply.isOk());
    QCOMPARE(found.remoteId.isEmpty(), tagged);
}

void TestBatchClients::findReadsTheListPageAfterPage_data()
{
    kinds();
}

// The batch sought is the oldest of 105, on the list's second page of 100.
void TestBatchClients::findReadsTheListPageAfterPage()
{
    auto batches = client();
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const QStringList ids = submitTagged(*batches, 105);
    QCOMPARE(ids.size(), 105);
    const BatchClient::Found found
        = find(*batches, { u"b0"_s, sentAt, 1, QSet<QString>(ids.cbegin() + 1, ids.cend()) });
    QVERIFY2(found.reply.isOk(), qPrintable(found.reply.errorMessage));
    QCOMPARE(found.remoteId, ids.first());
}

void TestBatchClients::findGivesUpPastTwentyPages_data()
{
    kinds();
}

// Pages of two batches (a server may send fewer than asked): the oldest of 41 is on the 21st page, past
// what a search reads. Not read is not absent: the search says so instead of reporting no batch.
void TestBatchClients::findGivesUpPastTwentyPages()
{
    auto batches = client();
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const QStringList ids = submitTagged(*batches, 41);
    QCOMPARE(ids.size(), 41);
    m_server->batches().settings().listPageCap = 2;
    // A tagged batch on the first page is found there; Anthropic's search reads every batch of its half
    // hour (to see whether two fit), so it stops at the cap too.
    QFETCH(ProviderKind, kind);
    BatchClient::Found found = find(*batches, { u"b40"_s, sentAt, 1, {} });
    QCOMPARE(found.reply.isOk(), kind != ProviderKind::Anthropic);
    QCOMPARE(found.remoteId.isEmpty(), kind == ProviderKind::Anthropic);
    found = find(*batches, { u"b0"_s, sentAt, 1, QSet<QString>(ids.cbegin() + 1, ids.cend()) });
    QCOMPARE(found.reply.error, CompletionError::TooLarge);
    QVERIFY(found.remoteId.isEmpty());
    QVERIFY2(found.reply.errorMessage.contains(u"20 pages"_s), qPrintable(found.reply.errorMessage));
}

QTEST_GUILESS_MAIN(TestBatchClients)
#include "tst_batchclients.moc"
