// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultsstore.h"
#include "resultsfixtures.h"

#include <atomic>
#include <chrono>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <semaphore>
#include <thread>

using namespace ResultsFixtures;
using namespace std::chrono_literals;

namespace {

// The count of the last complete "committed <n>" line.
int lastCommitted(const QByteArray& output)
{
    const auto lines = output.left(output.lastIndexOf('\n')).split('\n');
    const auto last = lines.constLast();
    return last.startsWith("committed ") ? last.mid(10).toInt() : 0;
}

QList<ResultRecord> batchOf(const QString& runId, int first, int size)
{
    QList<ResultRecord> batch;
    for (int n = first; n < first + size; ++n)
        batch.append(sampleResult(runId, numberedJob(n), n));
    return batch;
}

} // namespace

class TestResultsConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("ws%1.signalbox.db").arg(++m_serial)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerResultsMetaTypes();
    }

    void runLeftRunningIsInterruptedAtReopen()
    {
        const QString path = newPath();
        {
            ResultsStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.createRun(sampleRun(QStringLiteral("cut"), RunStatus::Running)));
            QVERIFY(store.createRun(sampleRun(QStringLiteral("paused"), RunStatus::Paused)));
            QVERIFY(store.createRun(sampleRun(QStringLiteral("done"), RunStatus::Completed)));
            QVERIFY(store.runsInterruptedAtOpen().isEmpty());
        }
        ResultsStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.runsInterruptedAtOpen(), QStringList { QStringLiteral("cut") });
        QCOMPARE(store.run(QStringLiteral("cut"))->status, RunStatus::Interrupted);
        QCOMPARE(store.run(QStringLiteral("paused"))->status, RunStatus::Paused);
        QCOMPARE(store.run(QStringLiteral("done"))->status, RunStatus::Completed);
        store.close();
        QVERIFY(store.open(path));
        QVERIFY(store.runsInterruptedAtOpen().isEmpty());
    }

    void liveRunIsLeftToItsWriter()
    {
        const QString path = newPath();
        ResultsStore writer;
        QVERIFY(writer.open(path));
        RunInfo run = sampleRun(QStringLiteral("live"), RunStatus::Running);
        QVERIFY(writer.createRun(run));

        ResultsStore other;
        QVERIFY(other.open(path));
        QVERIFY(other.runsInterruptedAtOpen().isEmpty());
        QCOMPARE(other.run(run.id)->status, RunStatus::Running);
        QVERIFY(!other.updateRun(run));
        QVERIFY2(other.errorString().contains(QLatin1String("another")), qPrintable(other.errorString()));
        QVERIFY(!other.deleteRun(run.id));
        QVERIFY(other.errorString().contains(run.id));

        run.status = RunStatus::Completed;
        QVERIFY2(writer.updateRun(run), qPrintable(writer.errorString()));
        run.status = RunStatus::Running; // resumed by the other store now that the writer let go
        QVERIFY2(other.updateRun(run), qPrintable(other.errorString()));
        QVERIFY(!writer.updateRun(run));
        other.close();
        QVERIFY2(writer.deleteRun(run.id), qPrintable(writer.errorString()));
    }

    void readerSeesEachCommit()
    {
        const QString path = newPath();
        const QString runId = QStringLiteral("lockstep");
        constexpr int batches = 20;
        constexpr int batchSize = 10;
        // The standard library's semaphores and thread, not Qt's: ThreadSanitizer sees the order
        // they impose (the tsan preset runs this test), and cannot see inside Debian's Qt.
        std::counting_semaphore<> created(0), written(0), readDone(0);
        QString writerError;
        std::thread thread([&] {
            ResultsStore store;
            if (!store.open(path) || !store.createRun(sampleRun(runId, RunStatus::Running))) {
                writerError = store.errorString();
                created.release();
                return;
            }
            created.release();
            for (int b = 0; b < batches; ++b) {
                if (!readDone.try_acquire_for(30s))
                    return;
                const bool ok = store.insertResults(batchOf(runId, b * batchSize, batchSize));
                writerError = ok ? QString() : store.errorString();
                written.release();
                if (!ok)
                    return;
            }
        });
        const auto cleanUp = qScopeGuard([&] {
            readDone.release(batches);
            thread.join();
        });

        QVERIFY(created.try_acquire_for(30s));
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        ResultsStore reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.resultCount(runId), std::optional<qint64>(0));
        readDone.release();
        for (int b = 0; b < batches; ++b) {
            QVERIFY(written.try_acquire_for(30s));
            QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
            QCOMPARE(reader.resultCount(runId), std::optional<qint64>((b + 1) * batchSize));
            readDone.release();
        }
        QCOMPARE(reader.results(runId)->size(), batches * batchSize);
        QVERIFY(reader.runsInterruptedAtOpen().isEmpty());
    }

    void readerAndWriterRunTogether()
    {
        const QString path = newPath();
        const QString runId = QStringLiteral("together");
        constexpr int batches = 100;
        constexpr int batchSize = 20;
        std::binary_semaphore created(0);
        std::atomic<bool> finished = false;
        QString writerError;
        std::thread thread([&] {
            ResultsStore store;
            bool ok = store.open(path) && store.createRun(sampleRun(runId, RunStatus::Running));
            created.release();
            for (int b = 0; ok && b < batches; ++b)
                ok = store.insertResults(batchOf(runId, b * batchSize, batchSize));
            if (!ok)
                writerError = store.errorString();
            finished = true;
        });
        const auto cleanUp = qScopeGuard([&] {
            if (thread.joinable())
                thread.join();
        });
        QVERIFY(created.try_acquire_for(30s));

        ResultsStore reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        qsizetype seen = 0;
        int reads = 0;
        while (!finished) {
            const auto results = reader.results(runId);
            QVERIFY2(results.has_value(), qPrintable(reader.errorString()));
            QVERIFY(results->size() >= seen);
            QCOMPARE(results->size() % batchSize, 0); // a batch is seen whole or not at all
            seen = results->size();
            ++reads;
        }
        qInfo("%d reads while the writer wrote", reads);
        thread.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QCOMPARE(reader.results(runId)->size(), batches * batchSize);
    }

    void killedWriterLosesNoCommittedResult()
    {
        const QString path = newPath();
        const QString runId = QStringLiteral("killed");
        QProcess child;
        QByteArray output;
        connect(&child, &QProcess::readyReadStandardOutput, this, [&] { output += child.readAllStandardOutput(); });
        child.start(QStringLiteral(RESULTS_CRASH_WRITER), { path, runId });
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(lastCommitted(output) >= 400 || child.state() != QProcess::Running, 60'000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL: no chance to close anything
        QVERIFY(child.waitForFinished(30'000));
        output += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(child.readAllStandardError(), QByteArray());

        const int reported = lastCommitted(output);
        ResultsStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.runsInterruptedAtOpen(), QStringList { runId });
        QCOMPARE(store.run(runId)->status, RunStatus::Interrupted);
        QList<JobKey> reportedJobs;
        for (int n = 0; n < reported; ++n)
            reportedJobs.append(numberedJob(n));
        QCOMPARE(store.missingJobs(runId, reportedJobs), std::optional(QList<JobKey> {}));
        const qint64 count = store.resultCount(runId).value_or(-1);
        qInfo("killed after reporting %d results; %lld found", reported, count);
        QVERIFY(count >= reported && count <= reported + 7); // at most the batch it had no time to report
        const auto results = store.results(runId);
        QVERIFY(results.has_value());
        QVERIFY(results->contains(sampleResult(runId, numberedJob(reported - 1), reported - 1)));
        store.close();
        QCOMPARE(querySingle(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestResultsConcurrency)
#include "tst_resultsconcurrency.moc"
