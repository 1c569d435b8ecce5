// SPDX-License-Identifier: GPL-3.0-or-later
// A batch run in the sandbox, killed while its batches are open at the sandbox's providers and
// resumed by a new process: the sandbox keeps its batches beside the results database as a
// provider does, so every job is collected once and nothing is sent again.
#include "batch/batchstore.h"
#include "clifixture.h"
#include "results/resultsstore.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int totalJobs = 27; // 9 cases on an OpenAI, an Anthropic and a Gemini model
// At 1.0 a sandbox batch takes 20 s and its first poll comes after 10 s: time to kill the run
// between submission and collection.
constexpr double submitScale = 1.0;
// On resume, the batches sent 20 s x 0.05 = 1 s after they were sent have ended.
constexpr double collectScale = 0.05;

QList<BatchRecord> batchesOf(const QString& database, const QString& runId)
{
    ResultsStore results; // creates or upgrades the schema before BatchStore reads it
    BatchStore store;
    if (!results.open(database) || !store.open(database))
        return {};
    return store.batches(runId).value_or(QList<BatchRecord>());
}

qsizetype submittedBatches(const QString& database, const QString& runId)
{
    const QList<BatchRecord> batches = batchesOf(database, runId);
    return std::count_if(batches.cbegin(), batches.cend(),
                         [](const BatchRecord& batch) { return !batch.remoteId.isEmpty(); });
}

QString journalOf(const CliFixture& fixture)
{
    QString path = fixture.database();
    path.chop(3); // .db
    return path + u".sandbox-batches"_s;
}
} // namespace

class TestCliSandboxBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerResultsMetaTypes(); }

    void killedBatchRunResumesAndCollectsEveryJobOnce()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        CliFixture::start(process, { u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--batch"_s }, submitScale);
        const QString runId = CliFixture::startedRunId(process);
        QVERIFY2(!runId.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QTRY_COMPARE_WITH_TIMEOUT(submittedBatches(fixture.database(), runId), 3, 10000);
        process.kill(); // SIGKILL: the batches stay open at the sandbox's providers
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY(fixture.results(runId).isEmpty());

        const QList<BatchRecord> sent = batchesOf(fixture.database(), runId);
        const QByteArray journal = [&] {
            QFile file(journalOf(fixture));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!journal.isEmpty());
        QVERIFY(!journal.contains("authorization") && !journal.contains("x-api-key")
                && !journal.contains("x-goog-api-key"));

        const CliFixture::Result resumed
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--resume"_s }, collectScale);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.out.contains(u"errors 0"_s), qPrintable(resumed.out));
        QVERIFY2(resumed.out.contains(u"at batch prices where batched"_s), qPrintable(resumed.out));

        const QList<ResultRecord> all = fixture.results(runId);
        QCOMPARE(all.size(), totalJobs);
        QCOMPARE(distinctJobs(all), totalJobs);
        for (const ResultRecord& result : all)
            QVERIFY2(result.fromBatch && !result.isError(), qPrintable(result.caseId));
        // The batches collected are the ones sent before the kill: none was sent again.
        const QList<BatchRecord> collected = batchesOf(fixture.database(), runId);
        QCOMPARE(collected.size(), sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            QCOMPARE(collected.at(i).remoteId, sent.at(i).remoteId);
            QCOMPARE(collected.at(i).phase, BatchPhase::Collected);
        }
    }

    void aTornJournalEntryIsLeftOutAndTheRestStillRead()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        QFile torn(journalOf(fixture));
        QVERIFY(torn.open(QIODevice::WriteOnly));
        QVERIFY(torn.write(R"({"at":1,"next":1,"method":"POST","path":"/v1/messages/batches","length":900})"
                           "\n{\"requests\":[") > 0);
        torn.close();
        const CliFixture::Result run
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--batch"_s }, collectScale);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(distinctJobs(fixture.results(fixture.runs().value(0).id)), totalJobs);
        QFile rewritten(journalOf(fixture));
        QVERIFY(rewritten.open(QIODevice::ReadOnly));
        QVERIFY(!rewritten.readAll().contains("\"at\":1,")); // the torn entry is gone, the new ones follow
    }
};

QTEST_GUILESS_MAIN(TestCliSandboxBatch)
#include "tst_clisandboxbatch.moc"
