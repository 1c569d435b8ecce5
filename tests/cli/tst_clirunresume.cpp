// SPDX-License-Identifier: GPL-3.0-or-later
#include "clifixture.h"
#include "results/resultsstore.h"

#include <csignal>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int totalJobs = 27; // 9 cases on 3 models
// Slow enough that the run takes several seconds: 9 answers in a row per provider, each 0.6-0.8 s.
constexpr double slowSandbox = 2.0;

// SQLite's own verdict on the file, through a connection of the test's.
QString integrityCheck(const QString& databasePath)
{
    const QString connection = u"integrity"_s;
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA integrity_check"_s) && query.next())
                verdict = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return verdict;
}
} // namespace

class TestCliRunResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerResultsMetaTypes(); }

    void killedRunResumesWithOnlyTheMissingJobs()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        CliFixture::start(process, { u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--concurrency"_s, u"1"_s },
                          slowSandbox);
        const QString runId = CliFixture::startedRunId(process);
        QVERIFY2(!runId.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        {
            ResultsStore live;
            QVERIFY(live.open(fixture.database()));
            QTRY_VERIFY_WITH_TIMEOUT(live.resultCount(runId).value_or(0) >= 4, 10000);
            QCOMPARE(live.run(runId)->status, RunStatus::Running);
        }
        process.kill(); // SIGKILL: no handler runs, nothing is flushed or closed
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QCOMPARE(integrityCheck(fixture.database()), u"ok"_s);
        ResultsStore store;
        QVERIFY(store.open(fixture.database()));
        QCOMPARE(store.runsInterruptedAtOpen(), QStringList { runId });
        QCOMPARE(store.run(runId)->status, RunStatus::Interrupted);
        const QList<ResultRecord> saved = store.results(runId).value();
        QVERIFY2(saved.size() >= 4 && saved.size() < totalJobs, qPrintable(QString::number(saved.size())));
        QCOMPARE(distinctJobs(saved), saved.size());
        for (const ResultRecord& result : saved)
            QVERIFY(result.score.has_value() && result.finishedAt.isValid());
        store.close();

        const CliFixture::Result resumed
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--resume"_s });
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QString expected
            = u"resuming run %1: %2 of %3 jobs left"_s.arg(runId).arg(totalJobs - saved.size()).arg(totalJobs);
        QVERIFY2(resumed.err.contains(expected), qPrintable(resumed.err));
        QVERIFY(resumed.err.contains(u"estimate: %1 calls"_s.arg(totalJobs - saved.size())));

        const QList<RunInfo> runs = fixture.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RunStatus::Completed);
        const QList<ResultRecord> all = fixture.results(runId);
        QCOMPARE(all.size(), totalJobs);
        QCOMPARE(distinctJobs(all), totalJobs);
        for (const ResultRecord& before : saved)
            QVERIFY(all.contains(before)); // the jobs done before the crash were not run again
        QVERIFY(resumed.out.contains(u"\nTotal: %1 answers"_s.arg(totalJobs)));
    }

    void interruptCancelsCleanlyAndResumesByRunId()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        QProcess process;
        process.setReadChannel(QProcess::StandardError);
        CliFixture::start(process, { u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--concurrency"_s, u"1"_s },
                          slowSandbox);
        const QString runId = CliFixture::startedRunId(process);
        QVERIFY(!runId.isEmpty());
        {
            ResultsStore live;
            QVERIFY(live.open(fixture.database()));
            QTRY_VERIFY_WITH_TIMEOUT(live.resultCount(runId).value_or(0) >= 3, 10000);
        }
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"run %1 cancelled: "_s.arg(runId)), qPrintable(err));
        QVERIFY2(
            err.contains(u"To resume it: signalbox-cli run %1 --sandbox --resume %2"_s.arg(fixture.workspace(), runId)),
            qPrintable(err));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(u"Run %1: cancelled"_s.arg(runId)), qPrintable(out));

        QCOMPARE(fixture.runs().value(0).status, RunStatus::Cancelled);
        const qsizetype saved = fixture.results(runId).size();
        QVERIFY(saved >= 3 && saved < totalJobs);

        const CliFixture::Result resumed = CliFixture::run({ u"run"_s, fixture.workspace(), u"--resume"_s, runId });
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY(resumed.err.contains(
            u"resuming run %1: %2 of %3 jobs left in the sandbox"_s.arg(runId).arg(totalJobs - saved).arg(totalJobs)));
        QCOMPARE(fixture.results(runId).size(), totalJobs);
        QCOMPARE(distinctJobs(fixture.results(runId)), totalJobs);
    }
};

QTEST_GUILESS_MAIN(TestCliRunResume)
#include "tst_clirunresume.moc"
