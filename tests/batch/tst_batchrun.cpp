// SPDX-License-Identifier: GPL-3.0-or-later
// Runs whose jobs go through the providers' batch APIs, end to end over real HTTP against the fake
// provider: results at batch prices, per-item failures, providers without batches in the same run,
// cancel, and a run abandoned between submission and collection then resumed: every job sent once
// and collected once. Batches whose creation went unconfirmed: tst_batchreclaim.
#include "batch/batchstore.h"
#include "batchrunfixture.h"
#include "reporting/reportfields.h"
#include "reporting/reportformats.h"
#include "reporting/runreport.h"
#include "sandbox/batch/fakebatchservice.h"
#include "statistics/runanalysis.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBatchRun : public BatchRunFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTypes(); }
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }
    void runsThroughBatchesAtBatchPrices_data() { kinds(); }
    void runsThroughBatchesAtBatchPrices();
    void abandonedRunResumesAndCollectsEachJobOnce_data() { kinds(); }
    void abandonedRunResumesAndCollectsEachJobOnce();
    void cancelCancelsTheBatches_data() { kinds(); }
    void cancelCancelsTheBatches();
    void batchAnswersHaveNoLatency_data() { kinds(); }
    void batchAnswersHaveNoLatency();
    void killedWhileCollectingLosesAndRepeatsNothing_data() { kinds(); }
    void killedWhileCollectingLosesAndRepeatsNothing();
};

void TestBatchRun::runsThroughBatchesAtBatchPrices()
{
    m_server->batches().settings().failingIds = { customIdOf(u"t5"_s, u"big"_s) };
    RunEngine engine;
    QSignalSpy finished(&engine, &RunEngine::finished);
    QSignalSpy failed(&engine, &RunEngine::failed);
    QSignalSpy progressed(&engine, &RunEngine::progressChanged);
    engine.start(request());
    QVERIFY2(finished.wait(20000), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    const RunInfo run = finished.first().at(0).value<RunInfo>();
    QCOMPARE(run.status, RunStatus::Completed);
    QCOMPARE(m_server->batches().itemsSubmitted(), caseCount);
    QCOMPARE(m_server->batches().batchCount(), 3);

    const QList<ResultRecord> all = results(run.id);
    QCOMPARE(all.size(), 2 * caseCount);
    double batchSpend = 0.0;
    for (const ResultRecord& result : all) {
        QCOMPARE(result.fromBatch, result.modelId == u"big"); // the Ollama model ran interactively
        if (result.modelId == u"big" && result.caseId == u"t5") {
            QCOMPARE(result.errorKind, u"retryable"_s);
            continue;
        }
        QVERIFY2(!result.isError(), qPrintable(result.errorMessage));
        if (result.fromBatch) {
            // Half of $2 / $8 per million tokens.
            const double listCost = (result.inputTokens * 2.0 + result.outputTokens * 8.0) / 1e6;
            QVERIFY(qAbs(result.costUsd - listCost / 2) < 1e-12);
            batchSpend += result.costUsd;
        }
    }
    QVERIFY(batchSpend > 0);
    bool sawBatchText = false;
    for (const QList<QVariant>& signal : std::as_const(progressed))
        sawBatchText = sawBatchText || signal.at(0).value<RunProgress>().batchText.startsWith(u"batch ");
    QVERIFY(sawBatchText);

    BatchStore store;
    QVERIFY(store.open(databasePath()));
    const QList<BatchRecord> batches = *store.batches(run.id);
    QCOMPARE(batches.size(), 3);
    for (const BatchRecord& batch : batches) {
        QCOMPARE(batch.phase, BatchPhase::Collected);
        QVERIFY(!batch.remoteId.isEmpty());
    }
}

void TestBatchRun::abandonedRunResumesAndCollectsEachJobOnce()
{
    m_server->batches().settings().completionMs = 1500;
    // Every batch sent, none ended: the process dies here.
    std::unique_ptr<BatchStore> store;
    const QString runId = runUntilKilled([&](const QString& id) {
        if (m_server->batches().batchCount() < 3)
            return false;
        if (!store) {
            store = std::make_unique<BatchStore>();
            store->open(databasePath());
        }
        const auto batches = store->batches(id).value_or(QList<BatchRecord>());
        return batches.size() == 3 && std::all_of(batches.cbegin(), batches.cend(), [](const BatchRecord& batch) {
                   return !batch.remoteId.isEmpty();
               });
    });
    QVERIFY(!runId.isEmpty());
    QCOMPARE(m_server->batches().resultReads(), 0);
    const int interactiveDone = int(results(runId).size()); // the Ollama jobs that had finished
    QVERIFY(interactiveDone <= caseCount);

    RunEngine resumed;
    QSignalSpy finished(&resumed, &RunEngine::finished);
    resumed.start(request(runId));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<RunInfo>().status, RunStatus::Completed);
    // Nothing sent twice: the resumed run polled the three batches it found and collected them.
    verifyEachJobSentAndSavedOnce(runId);
}

void TestBatchRun::cancelCancelsTheBatches()
{
    m_server->batches().settings().completionMs = 60'000;
    RunEngine engine;
    QSignalSpy finished(&engine, &RunEngine::finished);
    engine.start(request());
    QVERIFY(QTest::qWaitFor([&] { return m_server->batches().batchCount() == 3; }, 10000));
    engine.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<RunInfo>().status, RunStatus::Cancelled);
    QCOMPARE(m_server->batches().cancelCount(), 3);
    BatchStore store;
    QVERIFY(store.open(databasePath()));
    const QList<BatchRecord> batches = store.batches(finished.first().at(0).value<RunInfo>().id).value_or(QList<BatchRecord>());
    QCOMPARE(batches.size(), 3);
    for (const BatchRecord& batch : batches)
        QCOMPARE(batch.phase, BatchPhase::Cancelled);
}

// A batch answer came some time within a day: its latency is not measured, stored as such, left out
// of the percentiles (the report says null, not 0), and kept unmeasured by the response cache, so a
// later interactive run served from the cache does not inherit a latency of 0 either.
void TestBatchRun::batchAnswersHaveNoLatency()
{
    RunRequest batched = request();
    batched.plan.settings.cacheEnabled = true;
    const std::optional<RunInfo> run = runToEnd(batched);
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Completed);
    const QList<ResultRecord> all = results(run->id);
    QCOMPARE(all.size(), 2 * caseCount);
    for (const ResultRecord& result : all) {
        QCOMPARE(result.hasLatency(), !result.fromBatch);
        if (result.fromBatch)
            QCOMPARE(result.latencyMs, ResultRecord::unmeasuredLatency);
    }

    const RunReport report = makeReport(analyseRun(batched.workspace, all));
    QCOMPARE(report.rows.size(), 2);
    for (const ReportRow& row : report.rows) {
        const bool batchOnly = row.model == u"big";
        QCOMPARE(row.latencyP95Ms.has_value(), !batchOnly);
        QCOMPARE(row.unmeasuredLatencies, batchOnly ? caseCount : 0);
        const QList<QJsonValue> values = reportValues(row, false);
        const qsizetype p95 = reportKeys(false).indexOf(u"latency_p95_ms"_s);
        QCOMPARE(values.at(p95).isNull(), batchOnly);
    }
    QVERIFY(reportText(report).contains(u"have no latency of their own"_s));

    RunRequest interactive = request();
    interactive.plan.settings.batch = false;
    interactive.plan.settings.cacheEnabled = true;
    const std::optional<RunInfo> again = runToEnd(interactive);
    QVERIFY(again);
    int cachedBatchAnswers = 0;
    for (const ResultRecord& result : results(again->id)) {
        if (result.modelId != u"big" || !result.cached)
            continue;
        QVERIFY(!result.fromBatch);
        QVERIFY(!result.hasLatency());
        ++cachedBatchAnswers;
    }
    QCOMPARE(cachedBatchAnswers, caseCount);
}

// Results are saved a chunk at a time: a run killed while it collects has some answers saved, some
// counted but not saved, some not read. Resumed, it reads its open batches again and keeps of them
// exactly the answers it has not saved.
void TestBatchRun::killedWhileCollectingLosesAndRepeatsNothing()
{
    m_server->batches().settings().resultsDribbleBytes = 200; // about an answer every 50 ms
    const auto savedBatchResults = [this](const QString& runId) {
        const QList<ResultRecord> all = results(runId);
        return std::count_if(all.cbegin(), all.cend(), [](const ResultRecord& result) { return result.fromBatch; });
    };
    // Killed once every batch is known to the provider and recorded (a kill between the provider
    // creating a batch and the run recording it is another case: see tst_batchreclaim), and while
    // collecting. What the process had not saved when it died is gone.
    const auto allBatchesRecorded = [this](const QString& runId) {
        BatchStore store;
        const auto batches = store.open(databasePath()) ? store.batches(runId) : std::nullopt;
        return batches && batches->size() == 3
            && std::all_of(batches->cbegin(), batches->cend(),
                           [](const BatchRecord& batch) { return !batch.remoteId.isEmpty(); });
    };
    const QString runId = runUntilKilled(
        [&](const QString& id) { return savedBatchResults(id) > 0 && allBatchesRecorded(id); });
    QVERIFY(!runId.isEmpty());
    const qsizetype savedBeforeKill = savedBatchResults(runId);
    QVERIFY2(savedBeforeKill < caseCount, "the kill came after the collection had ended");
    const int readsBeforeResume = m_server->batches().resultReads();

    RunEngine resumed;
    QSignalSpy finished(&resumed, &RunEngine::finished);
    resumed.start(request(runId));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<RunInfo>().status, RunStatus::Completed);
    QVERIFY(m_server->batches().resultReads() > readsBeforeResume); // an open batch was read again
    verifyEachJobSentAndSavedOnce(runId);
    if (QTest::currentTestFailed())
        return;
    BatchStore store;
    QVERIFY(store.open(databasePath()));
    for (const BatchRecord& batch : store.batches(runId).value_or(QList<BatchRecord>()))
        QCOMPARE(batch.phase, BatchPhase::Collected);
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
