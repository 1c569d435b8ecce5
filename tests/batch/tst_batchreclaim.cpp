// SPDX-License-Identifier: GPL-3.0-or-later
// Batch runs whose batch creation went unconfirmed (the process killed before the provider's answer
// was recorded, the answer lost on the way): the batch is looked for at the provider before it is
// sent again, so that no job is run, and paid for, twice.
#include "batch/batchstore.h"
#include "batchrunfixture.h"
#include "sandbox/batch/fakebatchservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBatchReclaim : public BatchRunFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTypes(); }
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }
    void lostCreationAnswerIsFoundNotSentAgain_data() { kinds(); }
    void lostCreationAnswerIsFoundNotSentAgain();
    void killedBeforeCreationWasConfirmedResumesWithoutSendingAgain_data() { kinds(); }
    void killedBeforeCreationWasConfirmedResumesWithoutSendingAgain();
    void providerThatCannotBeAskedGetsNothingSentTwice_data() { kinds(); }
    void providerThatCannotBeAskedGetsNothingSentTwice();
    void batchNotMadeIsSentAgainAndFoundWhenThatAnswerIsLost_data() { kinds(); }
    void batchNotMadeIsSentAgainAndFoundWhenThatAnswerIsLost();
    void lastAttemptsLostAnswerIsStillFound_data() { kinds(); }
    void lastAttemptsLostAnswerIsStillFound();
    void cancelWhileLookingCancelsTheBatchFound_data() { kinds(); }
    void cancelWhileLookingCancelsTheBatchFound();
    void pauseWhileLookingHoldsTheBatchBack_data() { kinds(); }
    void pauseWhileLookingHoldsTheBatchBack();
};

// The provider makes the first batch, but its answer is lost on the way back (a gateway's 504): the
// lane finds the batch in the provider's list instead of sending its ten jobs a second time.
void TestBatchReclaim::lostCreationAnswerIsFoundNotSentAgain()
{
    m_server->batches().settings().lostCreations = 1;
    const std::optional<RunInfo> run = runToEnd(request());
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Completed);
    QCOMPARE(m_server->batches().settings().lostCreations, 0);
    verifyEachJobSentAndSavedOnce(run->id);
}

// The process dies after the provider made the first batch and before the answer was recorded (here:
// the answer was lost, and the lane waits to look for it). The resumed run finds that batch at the
// provider, collects it, and sends only the two batches never sent.
void TestBatchReclaim::killedBeforeCreationWasConfirmedResumesWithoutSendingAgain()
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
    QVERIFY(store.open(databasePath()));
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

// The answer to the first batch is lost and the provider's list stays unavailable: the batch fails
// with retryable errors for its ten jobs (to be run again knowingly, --retry-failed), instead of
// being sent a second time blind; the other two batches go through.
void TestBatchReclaim::providerThatCannotBeAskedGetsNothingSentTwice()
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

// The first creation fails before anything is made: the provider holds no such batch, so it is sent
// again; that answer is lost in turn, and the batch made then is found (by the time of the second
// sending, for Anthropic) instead of being sent a third time.
void TestBatchReclaim::batchNotMadeIsSentAgainAndFoundWhenThatAnswerIsLost()
{
    m_server->batches().settings().failedCreations = 1;
    m_server->batches().settings().lostCreations = 1;
    const std::optional<RunInfo> run = runToEnd(request());
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Completed);
    QCOMPARE(m_server->batches().settings().failedCreations, 0);
    QCOMPARE(m_server->batches().settings().lostCreations, 0);
    verifyEachJobSentAndSavedOnce(run->id);
}

// No attempt is left after the lost answer: the batch is not sent again, but looked for, found,
// and collected, rather than failed while the provider runs it.
void TestBatchReclaim::lastAttemptsLostAnswerIsStillFound()
{
    m_server->batches().settings().lostCreations = 1;
    RunRequest once = request();
    once.batchPolicy.submitAttempts = 1;
    const std::optional<RunInfo> run = runToEnd(once);
    QVERIFY(run);
    QCOMPARE(run->status, RunStatus::Completed);
    verifyEachJobSentAndSavedOnce(run->id);
}

// The run is cancelled while the lane waits to look for the batch whose answer was lost: the batch is
// still looked for, found, and cancelled at the provider, and nothing more is sent.
void TestBatchReclaim::cancelWhileLookingCancelsTheBatchFound()
{
    m_server->batches().settings().lostCreations = 1;
    m_server->batches().settings().completionMs = 60'000;
    RunRequest slow = request();
    slow.batchPolicy.firstPollMs = 500; // the wait before looking, in which the run is cancelled
    RunEngine engine;
    QSignalSpy finished(&engine, &RunEngine::finished);
    engine.start(slow);
    QVERIFY(QTest::qWaitFor([&] { return m_server->batches().settings().lostCreations == 0; }, 10000));
    engine.cancel();
    QVERIFY(finished.wait(20000));
    const RunInfo run = finished.first().at(0).value<RunInfo>();
    QCOMPARE(run.status, RunStatus::Cancelled);
    QCOMPARE(m_server->batches().batchCount(), 1);
    QCOMPARE(m_server->batches().cancelCount(), 1);
    BatchStore store;
    QVERIFY(store.open(databasePath()));
    const QList<BatchRecord> batches = store.batches(run.id).value_or(QList<BatchRecord>());
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().phase, BatchPhase::Cancelled);
    QVERIFY(!batches.first().remoteId.isEmpty());
}

// The run is paused while the lane waits to look for a batch the provider never made: found missing,
// it is held back, not sent, until the run goes on; then it is looked for again and sent once.
void TestBatchReclaim::pauseWhileLookingHoldsTheBatchBack()
{
    m_server->batches().settings().failedCreations = 1;
    RunRequest slow = request();
    slow.batchPolicy.firstPollMs = 500; // the wait before looking, in which the run is paused
    RunEngine engine;
    QSignalSpy finished(&engine, &RunEngine::finished);
    engine.start(slow);
    QVERIFY(QTest::qWaitFor([&] { return m_server->batches().settings().failedCreations == 0; }, 10000));
    engine.pause();
    QTest::qWait(1500); // looked for, not found, held back
    QCOMPARE(m_server->batches().batchCount(), 0);
    engine.resume();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<RunInfo>().status, RunStatus::Completed);
    verifyEachJobSentAndSavedOnce(finished.first().at(0).value<RunInfo>().id);
}

QTEST_GUILESS_MAIN(TestBatchReclaim)
#include "tst_batchreclaim.moc"
