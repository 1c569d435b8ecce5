// SPDX-License-Identifier: GPL-3.0-or-later
// Runs whose jobs go through the providers' batch APIs, end to end over real HTTP against the fake
// provider: results at batch prices, per-item failures, providers without batches in the same run,
// cancel, and a run abandoned between submission and collection then resumed: every job sent once
// and collected once, also when the provider made a batch whose answer never came back.
#include "batch/batchstore.h"
#include "reporting/reportfields.h"
#include "reporting/reportformats.h"
#include "reporting/runreport.h"
#include "runner/runengine.h"
#include "sandbox/batch/fakebatchservice.h"
#include "sandbox/fakeproviderserver.h"
#include "statistics/runanalysis.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int caseCount = 24;

Workspace workspace(ProviderKind kind)
{
    Workspace ws;
    ws.name = u"batch test"_s;
    Provider batched { u"batched"_s, kind };
    Provider local { u"local"_s, ProviderKind::Ollama };
    ws.providers = { batched, local };
    ModelSpec big { u"big"_s, u"batched"_s, u"big-model"_s };
    big.price = { 2.0, 8.0 };
    ModelSpec small { u"small"_s, u"local"_s, u"small-model"_s };
    small.price = { 0.1, 0.4 };
    ws.models = { big, small };
    Category tickets { u"tickets"_s };
    tickets.scorers = { ScorerSpec { u"equals"_s } };
    for (int i = 0; i < caseCount; ++i)
        tickets.cases.append(TestCase { u"t%1"_s.arg(i), {}, u"Ticket %1: my parcel is late"_s.arg(i), {}, {}, u"shipping"_s });
    ws.categories = { tickets };
    return ws;
}

QString customIdOf(const QString& caseId, const QString& modelId)
{
    return batchCustomId(u"tickets/"_s + caseId + u'/' + modelId + u"/0"_s);
}
} // namespace

class TestBatchRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runsThroughBatchesAtBatchPrices_data();
    void runsThroughBatchesAtBatchPrices();
    void abandonedRunResumesAndCollectsEachJobOnce_data();
    void abandonedRunResumesAndCollectsEachJobOnce();
    void cancelCancelsTheBatches_data();
    void cancelCancelsTheBatches();
    void batchAnswersHaveNoLatency_data();
    void batchAnswersHaveNoLatency();
    void killedWhileCollectingLosesAndRepeatsNothing_data();
    void killedWhileCollectingLosesAndRepeatsNothing();
    void lostCreationAnswerIsFoundNotSentAgain_data();
    void lostCreationAnswerIsFoundNotSentAgain();
    void killedBeforeCreationWasConfirmedResumesWithoutSendingAgain_data();
    void killedBeforeCreationWasConfirmedResumesWithoutSendingAgain();
    void providerThatCannotBeAskedGetsNothingSentTwice_data();
    void providerThatCannotBeAskedGetsNothingSentTwice();

private:
    void kinds();
    RunRequest request(const QString& resumeRunId = {}) const;
    QList<ResultRecord> results(const QString& runId) const;
    void verifyEachJobSentAndSavedOnce(const QString& runId) const;
    QString runUntilKilled(const std::function<bool(const QString& runId)>& killWhen) const;

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBatchRun::initTestCase()
{
    registerCompletionMetaTypes();
    registerResultsMetaTypes();
    qRegisterMetaType<RunProgress>();
}

void TestBatchRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setTimeScale(0.0);
    m_server->batches().settings().completionMs = 200;
}

void TestBatchRun::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void TestBatchRun::kinds()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::newRow("openai") << ProviderKind::OpenAiCompatible;
    QTest::newRow("anthropic") << ProviderKind::Anthropic;
    QTest::newRow("gemini") << ProviderKind::Gemini;
}

RunRequest TestBatchRun::request(const QString& resumeRunId) const
{
    QFETCH(ProviderKind, kind);
    RunRequest request { workspace(kind) };
    request.plan.simulated = true;
    request.plan.settings.batch = true;
    request.plan.settings.cacheEnabled = false;
    request.databasePath = m_dir->filePath(u"runs.signalbox.db"_s);
    request.resumeRunId = resumeRunId;
    for (ProviderKind each : { ProviderKind::OpenAiCompatible, ProviderKind::Anthropic, ProviderKind::Gemini,
                               ProviderKind::Ollama })
        request.sandboxBaseUrls.insert(each, m_server->baseUrl(each));
    request.batchPolicy.firstPollMs = 20;
    request.batchPolicy.maxPollMs = 80;
    request.batchPolicy.maxItemsPerBatch = 10; // three batches for the batched provider's 24 jobs
    return request;
}

namespace {
std::optional<RunInfo> runToEnd(const RunRequest& request)
{
    RunEngine engine;
    QSignalSpy finished(&engine, &RunEngine::finished);
    engine.start(request);
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.first().at(0).value<RunInfo>();
}
} // namespace

QList<ResultRecord> TestBatchRun::results(const QString& runId) const
{
    ResultsStore store;
    if (!store.open(m_dir->filePath(u"runs.signalbox.db"_s)))
        return {};
    return store.results(runId).value_or(QList<ResultRecord>());
}

// Starts a run and destroys its engine once killWhen holds, leaving what a kill -9 would; the run's id.
QString TestBatchRun::runUntilKilled(const std::function<bool(const QString& runId)>& killWhen) const
{
    auto engine = std::make_unique<RunEngine>();
    QSignalSpy started(engine.get(), &RunEngine::started);
    engine->start(request());
    if (started.isEmpty())
        return {};
    const QString runId = started.first().at(0).value<RunInfo>().id;
    return QTest::qWaitFor([&] { return killWhen(runId); }, 20000) ? runId : QString();
}

// Three batches sent, each job in one of them, and every job of the run saved once, without error.
void TestBatchRun::verifyEachJobSentAndSavedOnce(const QString& runId) const
{
    QCOMPARE(m_server->batches().batchCount(), 3);
    QCOMPARE(m_server->batches().itemsSubmitted(), caseCount);
    for (int i = 0; i < caseCount; ++i)
        QCOMPARE(m_server->batches().timesSubmitted(customIdOf(u"t%1"_s.arg(i), u"big"_s)), 1);
    const QList<ResultRecord> all = results(runId);
    QCOMPARE(all.size(), 2 * caseCount);
    QSet<JobKey> jobs;
    for (const ResultRecord& result : all) {
        QVERIFY2(!result.isError(), qPrintable(result.errorMessage));
        jobs.insert(result.job());
    }
    QCOMPARE(jobs.size(), 2 * caseCount);
}

void TestBatchRun::runsThroughBatchesAtBatchPrices_data()
{
    kinds();
}

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
    QVERIFY(store.open(m_dir->filePath(u"runs.signalbox.db"_s)));
    const QList<BatchRecord> batches = *store.batches(run.id);
    QCOMPARE(batches.size(), 3);
    for (const BatchRecord& batch : batches) {
        QCOMPARE(batch.phase, BatchPhase::Collected);
        QVERIFY(!batch.remoteId.isEmpty());
    }
}

void TestBatchRun::abandonedRunResumesAndCollectsEachJobOnce_data()
{
    kinds();
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
            store->open(m_dir->filePath(u"runs.signalbox.db"_s));
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

void TestBatchRun::cancelCancelsTheBatches_data()
{
    kinds();
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
    QVERIFY(store.open(m_dir->filePath(u"runs.signalbox.db"_s)));
    const QList<BatchRecord> batches = store.batches(finished.first().at(0).value<RunInfo>().id).value_or(QList<BatchRecord>());
    QCOMPARE(batches.size(), 3);
    for (const BatchRecord& batch : batches)
        QCOMPARE(batch.phase, BatchPhase::Cancelled);
}

void TestBatchRun::batchAnswersHaveNoLatency_data()
{
    kinds();
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

void TestBatchRun::killedWhileCollectingLosesAndRepeatsNothing_data()
{
    kinds();
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
    // creating a batch and the run recording it is another case: see batchlane.cpp), and while
    // collecting. What the process had not saved when it died is gone.
    const auto allBatchesRecorded = [this](const QString& runId) {
        BatchStore store;
        const auto batches = store.open(m_dir->filePath(u"runs.signalbox.db"_s)) ? store.batches(runId) : std::nullopt;
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
    QVERIFY(store.open(m_dir->filePath(u"runs.signalbox.db"_s)));
    for (const BatchRecord& batch : store.batches(runId).value_or(QList<BatchRecord>()))
        QCOMPARE(batch.phase, BatchPhase::Collected);
}

void TestBatchRun::lostCreationAnswerIsFoundNotSentAgain_data()
{
    kinds();
}

// The provider makes the first batch, but the connection drops before its answer arrives: the lane
// finds the batch in the provider's list instead of sending its ten jobs a second time.
void TestBatchRun::lostCreationAnswerIsFoundNotSentAgain()
{
    m_server->batches().settings().lostCreations = 1;
    const std::optional<RunInfo> run = runToEnd(request());
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Completed);
    QCOMPARE(m_server->batches().settings().lostCreations, 0);
    verifyEachJobSentAndSavedOnce(run->id);
}

void TestBatchRun::killedBeforeCreationWasConfirmedResumesWithoutSendingAgain_data()
{
    kinds();
}

// The process dies after the provider made the first batch and before the answer was recorded (here:
// the answer was lost, and the lane waits to look for it). The resumed run finds that batch at the
// provider, collects it, and sends only the two batches never sent.
void TestBatchRun::killedBeforeCreationWasConfirmedResumesWithoutSendingAgain()
{
    m_server->batches().settings().lostCreations = 1;
    RunRequest first = request();
    first.batchPolicy.firstPollMs = 60'000; // the lane waits this long before looking: it is killed first
    auto engine = std::make_unique<RunEngine>();
    QSignalSpy started(engine.get(), &RunEngine::started);
    engine->start(first);
    QVERIFY(!started.isEmpty());
    const QString runId = started.first().at(0).value<RunInfo>().id;
    QVERIFY(QTest::qWaitFor([&] { return m_server->batches().settings().lostCreations == 0; }, 10000));
    BatchStore store;
    QVERIFY(store.open(m_dir->filePath(u"runs.signalbox.db"_s)));
    const QList<BatchRecord> recorded = store.batches(runId).value_or(QList<BatchRecord>());
    QCOMPARE(recorded.size(), 1);
    QVERIFY(recorded.first().remoteId.isEmpty());
    QCOMPARE(recorded.first().phase, BatchPhase::Submitting);
    engine.reset();
    QCOMPARE(m_server->batches().batchCount(), 1);

    const std::optional<RunInfo> resumed = runToEnd(request(runId));
    QVERIFY(resumed);
    QCOMPARE(resumed->status, RunStatus::Completed);
    verifyEachJobSentAndSavedOnce(runId);
}

void TestBatchRun::providerThatCannotBeAskedGetsNothingSentTwice_data()
{
    kinds();
}

// The answer to the first batch is lost and the provider's list stays unavailable: the batch fails
// with retryable errors for its ten jobs (to be run again knowingly, --retry-failed), instead of
// being sent a second time blind; the other two batches go through.
void TestBatchRun::providerThatCannotBeAskedGetsNothingSentTwice()
{
    m_server->batches().settings().lostCreations = 1;
    m_server->batches().settings().listStatus = 503;
    const std::optional<RunInfo> run = runToEnd(request());
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Completed);
    QCOMPARE(m_server->batches().batchCount(), 3);
    QCOMPARE(m_server->batches().itemsSubmitted(), caseCount);
    int unasked = 0;
    for (const ResultRecord& result : results(run->id)) {
        if (!result.isError())
            continue;
        QCOMPARE(result.errorKind, u"retryable"_s);
        QVERIFY2(result.errorMessage.contains(u"could not be asked whether it already holds this batch"_s),
                 qPrintable(result.errorMessage));
        ++unasked;
    }
    QCOMPARE(unasked, 10);
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
