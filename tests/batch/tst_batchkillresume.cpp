// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli run --batch killed with SIGKILL between submission and collection, then resumed,
// for each provider's batch API on the fake provider served by this test over real HTTP: every
// job collected once, no batch created twice, per-item failures and expired items recorded as
// errors, and only those run again by --resume --retry-failed.
#include "batch/batchstore.h"
#include "results/resultsstore.h"
#include "sandbox/batch/fakebatchservice.h"
#include "sandbox/fakeproviderserver.h"

#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int caseCount = 6;
constexpr int modelCount = 2; // one model a batch: two batches
constexpr int jobCount = caseCount * modelCount;
const QString keyVariable = u"SIGNALBOX_KILLRESUME_TEST_KEY"_s;

QString workspaceText(ProviderKind kind, const QString& baseUrl)
{
    QString text = u"version: 1\nname: batch kill test\nproviders:\n  - name: batched\n    kind: %1\n"
                   "    base_url: %2\n    api_key_env: %3\n    batch_api: true\nmodels:\n"_s.arg(
                       providerKindKey(kind), baseUrl, keyVariable);
    for (int m = 0; m < modelCount; ++m)
        text += u"  - id: m%1\n    provider: batched\n    model: model-%1\n    price: { input: 2, output: 8 }\n"_s.arg(m);
    text += u"categories:\n  - name: tickets\n    scorers:\n      - type: iequals\n    cases:\n"_s;
    for (int c = 0; c < caseCount; ++c)
        text += u"      - id: t%1\n        input: Ticket %1, my parcel is late.\n        expected: shipping\n"_s.arg(c);
    return text;
}

QString customIdOf(int caseIndex, int modelIndex)
{
    return batchCustomId(u"tickets/t%1/m%2/0"_s.arg(caseIndex).arg(modelIndex));
}

bool writeFile(const QString& path, const QString& text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}
} // namespace

class TestBatchKillResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void killedRunCollectsEachJobOnce_data() { kinds(); }
    void killedRunCollectsEachJobOnce();
    void batchesTheProviderForgotGiveEveryJobAnError_data() { kinds(); }
    void batchesTheProviderForgotGiveEveryJobAnError();

private:
    // signalbox-cli with these arguments, waited for while this test's event loop serves the fake.
    struct Finished {
        int exitCode = -1; // -1: crashed or still running after the wait
        QString err;
    };
    static void kinds();
    // signalbox-cli run --batch on a new workspace, killed once the provider holds its batches and
    // their ids are stored: the run's id, empty on failure.
    QString killAfterSubmission(ProviderKind kind);
    void start(QProcess& process, const QStringList& arguments) const;
    Finished runToEnd(const QStringList& arguments) const;
    QList<BatchRecord> storedBatches(const QString& runId) const;
    QString workspacePath() const { return m_dir->filePath(u"kill.signalbox.yaml"_s); }
    QString databasePath() const { return ResultsStore::databasePathFor(workspacePath()); }

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBatchKillResume::initTestCase()
{
    registerResultsMetaTypes();
}

void TestBatchKillResume::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setTimeScale(0.0);
    // Open far longer than the test waits: the batches end only when the test says so.
    m_server->batches().settings().completionMs = 600'000;
}

void TestBatchKillResume::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void TestBatchKillResume::start(QProcess& process, const QStringList& arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(keyVariable, u"sk-test-kill-resume"_s);
    environment.insert(u"SIGNALBOX_BATCH_FIRST_POLL_MS"_s, u"50"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIGNALBOX_CLI_PATH), arguments);
}

TestBatchKillResume::Finished TestBatchKillResume::runToEnd(const QStringList& arguments) const
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    start(process, arguments);
    if (!finished.wait(30'000)) {
        process.kill();
        process.waitForFinished();
        return { -1, QString::fromUtf8(process.readAllStandardError()) };
    }
    const bool normal = process.exitStatus() == QProcess::NormalExit;
    return { normal ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardError()) };
}

QList<BatchRecord> TestBatchKillResume::storedBatches(const QString& runId) const
{
    ResultsStore results; // creates or upgrades the schema before BatchStore reads it
    BatchStore store;
    if (!results.open(databasePath()) || !store.open(databasePath()))
        return {};
    return store.batches(runId).value_or(QList<BatchRecord>());
}

void TestBatchKillResume::kinds()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::newRow("openai") << ProviderKind::OpenAiCompatible;
    QTest::newRow("anthropic") << ProviderKind::Anthropic;
    QTest::newRow("gemini") << ProviderKind::Gemini;
}

QString TestBatchKillResume::killAfterSubmission(ProviderKind kind)
{
    if (!writeFile(workspacePath(), workspaceText(kind, m_server->baseUrl(kind))))
        return {};
    QProcess first;
    QSignalSpy firstEnded(&first, &QProcess::finished);
    start(first, { u"run"_s, workspacePath(), u"--batch"_s });
    QString runId;
    const bool stored = QTest::qWaitFor(
        [&] {
            if (m_server->batches().batchCount() < modelCount)
                return false;
            ResultsStore results;
            const auto runs = results.open(databasePath()) ? results.runs() : std::nullopt;
            runId = runs && !runs->isEmpty() ? runs->constFirst().id : QString();
            const QList<BatchRecord> batches = runId.isEmpty() ? QList<BatchRecord>() : storedBatches(runId);
            return batches.size() == modelCount
                && std::all_of(batches.cbegin(), batches.cend(),
                               [](const BatchRecord& batch) { return !batch.remoteId.isEmpty(); });
        },
        20'000);
    const bool running = first.state() == QProcess::Running;
    first.kill(); // SIGKILL on Unix: no handler runs, nothing is closed
    if (!firstEnded.wait(10'000) || !stored || !running || first.exitStatus() != QProcess::CrashExit)
        return {};
    return runId;
}

void TestBatchKillResume::killedRunCollectsEachJobOnce()
{
    QFETCH(ProviderKind, kind);
    FakeBatchService& fake = m_server->batches();
    const QString runId = killAfterSubmission(kind);
    QVERIFY(!runId.isEmpty());
    QCOMPARE(fake.batchCount(), modelCount);
    QCOMPARE(fake.resultReads(), 0);
    for (const BatchRecord& batch : storedBatches(runId))
        QCOMPARE(batch.phase, BatchPhase::InProgress);

    // The batches end at the provider, one request failed and one expired.
    const QString failing = customIdOf(1, 0);
    const QString expiring = customIdOf(4, 1);
    fake.settings().completionMs = 0;
    fake.settings().failingIds = { failing };
    fake.settings().expiringIds = { expiring };

    const Finished resumed = runToEnd({ u"run"_s, workspacePath(), u"--resume"_s });
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY2(resumed.err.contains(u"resuming run %1: %2 of %2 jobs left"_s.arg(runId).arg(jobCount)),
             qPrintable(resumed.err));
    QCOMPARE(fake.batchCount(), modelCount); // collected, not sent again
    QCOMPARE(fake.itemsSubmitted(), jobCount);
    QSet<QString> ids;
    for (int c = 0; c < caseCount; ++c) {
        for (int m = 0; m < modelCount; ++m) {
            QCOMPARE(fake.timesSubmitted(customIdOf(c, m)), 1);
            ids.insert(customIdOf(c, m));
        }
    }

    ResultsStore store;
    QVERIFY(store.open(databasePath()));
    QCOMPARE(store.run(runId)->status, RunStatus::Completed);
    QList<ResultRecord> results = store.results(runId).value();
    QCOMPARE(results.size(), jobCount);
    QSet<QString> collected;
    for (const ResultRecord& result : std::as_const(results)) {
        const QString id = batchCustomId(u"tickets/"_s + result.caseId + u'/' + result.modelId + u"/0"_s);
        collected.insert(id);
        QVERIFY(result.fromBatch);
        QCOMPARE(result.isError(), id == failing || id == expiring);
        if (result.isError())
            QCOMPARE(result.errorKind, u"retryable"_s);
    }
    QCOMPARE(collected, ids); // each job exactly once
    for (const BatchRecord& batch : storedBatches(runId))
        QCOMPARE(batch.phase, BatchPhase::Collected);
    store.close();

    // Only the two failed jobs go again, in new batches (one model each), and replace their errors.
    fake.settings().failingIds.clear();
    fake.settings().expiringIds.clear();
    const Finished retried = runToEnd({ u"run"_s, workspacePath(), u"--resume"_s, u"--retry-failed"_s, runId });
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QVERIFY2(retried.err.contains(u"resuming run %1: 2 of %2 jobs left"_s.arg(runId).arg(jobCount)),
             qPrintable(retried.err));
    QCOMPARE(fake.batchCount(), 2 * modelCount);
    QCOMPARE(fake.itemsSubmitted(), jobCount + 2);
    for (const QString& id : std::as_const(ids))
        QCOMPARE(fake.timesSubmitted(id), id == failing || id == expiring ? 2 : 1);
    QVERIFY(store.open(databasePath()));
    results = store.results(runId).value();
    QCOMPARE(results.size(), jobCount);
    for (const ResultRecord& result : std::as_const(results))
        QVERIFY2(!result.isError(), qPrintable(result.errorMessage));

    // Nothing failed, so nothing is left to retry or resume.
    const Finished nothingLeft = runToEnd({ u"run"_s, workspacePath(), u"--resume"_s, u"--retry-failed"_s, runId });
    QVERIFY2(nothingLeft.err.contains(u"0 of %1 jobs left"_s.arg(jobCount)), qPrintable(nothingLeft.err));
    QCOMPARE(fake.batchCount(), 2 * modelCount);
    QCOMPARE(fake.itemsSubmitted(), jobCount + 2);
}

// The provider lost the batches (the fake restarted): every job gets an error result, none is left
// without one, and --retry-failed sends them all again.
void TestBatchKillResume::batchesTheProviderForgotGiveEveryJobAnError()
{
    QFETCH(ProviderKind, kind);
    const QString runId = killAfterSubmission(kind);
    QVERIFY(!runId.isEmpty());
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setTimeScale(0.0);
    m_server->batches().settings().completionMs = 0;
    QVERIFY(writeFile(workspacePath(), workspaceText(kind, m_server->baseUrl(kind))));

    const Finished resumed = runToEnd({ u"run"_s, workspacePath(), u"--resume"_s });
    QVERIFY2(resumed.exitCode == 1, qPrintable(resumed.err)); // every job ended in error
    QCOMPARE(m_server->batches().batchCount(), 0);
    ResultsStore store;
    QVERIFY(store.open(databasePath()));
    QCOMPARE(store.run(runId)->status, RunStatus::Completed);
    const QList<ResultRecord> lost = store.results(runId).value();
    QCOMPARE(lost.size(), jobCount);
    for (const ResultRecord& result : lost) {
        QCOMPARE(result.errorKind, u"retryable"_s);
        QVERIFY2(result.errorMessage.contains(u"no longer knows this batch"_s), qPrintable(result.errorMessage));
    }
    for (const BatchRecord& batch : storedBatches(runId))
        QCOMPARE(batch.phase, BatchPhase::Failed);
    store.close();

    const Finished retried = runToEnd({ u"run"_s, workspacePath(), u"--resume"_s, u"--retry-failed"_s });
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QCOMPARE(m_server->batches().batchCount(), modelCount);
    QCOMPARE(m_server->batches().itemsSubmitted(), jobCount);
    QVERIFY(store.open(databasePath()));
    const QList<ResultRecord> answered = store.results(runId).value();
    QCOMPARE(answered.size(), jobCount);
    for (const ResultRecord& result : answered)
        QVERIFY2(!result.isError(), qPrintable(result.errorMessage));
}

QTEST_GUILESS_MAIN(TestBatchKillResume)
#include "tst_batchkillresume.moc"
