// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/runcontroller.h"

#include "results/resultsstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString labels[] = { QStringLiteral("billing"), QStringLiteral("shipping"), QStringLiteral("account"),
    QStringLiteral("refund") };

Provider provider(const QString& name, ProviderKind kind, int concurrency = 4)
{
    Provider p { name, kind };
    p.key = { KeyReference::Store::Environment, QStringLiteral("SIGNALBOX_TEST_UNUSED_KEY") };
    p.concurrency = concurrency;
    return p;
}

ModelSpec model(const QString& id, const QString& providerName, double skill, double inputPrice)
{
    ModelSpec m { id, providerName, id };
    m.price = { inputPrice, inputPrice * 4 };
    m.simulation = SimulationProfile { skill, 200 };
    return m;
}

// Three providers of three wire formats, one category of 40 labelled tickets.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.name = QStringLiteral("engine test");
    ws.providers = { provider(QStringLiteral("openai"), ProviderKind::OpenAiCompatible),
        provider(QStringLiteral("anthropic"), ProviderKind::Anthropic),
        provider(QStringLiteral("gemini"), ProviderKind::Gemini) };
    ws.models = { model(QStringLiteral("mini"), QStringLiteral("openai"), 0.8, 0.15),
        model(QStringLiteral("haiku"), QStringLiteral("anthropic"), 0.9, 1.0),
        model(QStringLiteral("flash"), QStringLiteral("gemini"), 0.85, 0.3) };
    Category tickets { QStringLiteral("tickets") };
    tickets.scorers = { ScorerSpec { QStringLiteral("equals") } };
    for (int i = 0; i < 40; ++i) {
        tickets.cases.append(TestCase { QStringLiteral("t%1").arg(i), {},
            QStringLiteral("Ticket %1: please help with my order %2").arg(i).arg(1000 + i * 7), {}, {},
            labels[i % 4] });
    }
    ws.categories = { tickets };
    return ws;
}

struct Harness {
    QTemporaryDir dir;
    RunController controller;
    QString database() const { return dir.filePath(QStringLiteral("test.signalbox.db")); }

    Harness() { controller.setSandboxTimeScale(0.0); }

    RunRequest request(const Workspace& ws = sampleWorkspace()) const
    {
        RunRequest request { ws };
        request.plan.simulated = true;
        request.plan.settings.concurrency = 0;
        request.databasePath = database();
        return request;
    }

    // Runs to the end; returns the final progress.
    RunProgress run(const RunRequest& request)
    {
        QSignalSpy finished(&controller, &RunController::finished);
        QSignalSpy failed(&controller, &RunController::failed);
        if (!controller.start(request) || !finished.wait(20000)) {
            qWarning() << "run did not finish:" << failed;
            return {};
        }
        return finished.first().at(1).value<RunProgress>();
    }

    QList<ResultRecord> results(const QString& runId) const
    {
        ResultsStore store;
        store.open(database());
        return store.results(runId).value_or(QList<ResultRecord>());
    }

    void setFaults(const QList<FaultRule>& faults) { controller.sandbox().setFaults(faults); }
};
}

class TestRunEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsEveryJobOverThreeWireFormats()
    {
        Harness harness;
        QSignalSpy results(&harness.controller, &RunController::resultsAvailable);
        const RunProgress progress = harness.run(harness.request());
        QCOMPARE(progress.total, 120);
        QCOMPARE(progress.done, 120);

        QCOMPARE(progress.errors, 0);
        QCOMPARE(harness.controller.run().status, RunStatus::Completed);
        QVERIFY(harness.controller.run().simulated);
        int delivered = 0;
        for (const QList<QVariant>& batch : std::as_const(results))
            delivered += int(batch.at(0).value<QList<ResultRecord>>().size());
        QCOMPARE(delivered, 120);

        const QList<ResultRecord> stored = harness.results(progress.runId);
        QCOMPARE(stored.size(), 120);
        QHash<QString, int> passes;
        for (const ResultRecord& r : stored) {
            QVERIFY(r.score.has_value());
            QVERIFY(r.inputTokens > 0 && r.outputTokens > 0);
            QVERIFY(r.costUsd > 0);
            passes[r.modelId] += r.pass ? 1 : 0;
        }
        // Simulated skill shows through the real wire formats and the real scorer.
        QVERIFY2(passes.value(QStringLiteral("haiku")) >= 30, qPrintable(QString::number(passes.value(QStringLiteral("haiku")))));
        const int mini = passes.value(QStringLiteral("mini")); // skill 0.8 on labels: about 35 of 40
        QVERIFY2(mini >= 28 && mini <= 40, qPrintable(QString::number(mini)));
        QVERIFY(progress.spentUsd > 0);
    }

    // A concurrency the loader would refuse, reaching the runner another way (an edit, a caller
    // that skipped the loader): the lane clamps it instead of overflowing or allocating for it.
    void absurdConcurrencyIsClamped_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("INT_MAX") << std::numeric_limits<int>::max();
        QTest::newRow("100000000000 cut to an int") << int(100000000000LL & 0x7fffffff);
        QTest::newRow("negative") << -5;
    }

    void absurdConcurrencyIsClamped()
    {
        QFETCH(int, concurrency);
        Harness harness;
        Workspace ws = sampleWorkspace();
        for (Provider& p : ws.providers) {
            p.concurrency = concurrency;
            p.requestsPerMinute = std::numeric_limits<int>::max();
        }
        const RunProgress progress = harness.run(harness.request(ws));
        QCOMPARE(progress.total, 120);
        QCOMPARE(progress.done, 120);
        QCOMPARE(progress.errors, 0);
    }

    void secondRunIsAnsweredFromTheCache()
    {
        Harness harness;
        const RunProgress first = harness.run(harness.request());
        const RunProgress second = harness.run(harness.request());
        QCOMPARE(second.done, 120);
        QCOMPARE(second.cached, 120);
        QCOMPARE(second.spentUsd, 0.0);
        QCOMPARE(second.passed, first.passed);
        RunRequest noCache = harness.request();
        noCache.plan.settings.cacheEnabled = false;
        QCOMPARE(harness.run(noCache).cached, 0);
    }

    void retriesRateLimitsAndServerErrors()
    {
        Harness harness;
        RunRequest request = harness.request();
        request.plan.models = { QStringLiteral("mini"), QStringLiteral("haiku") };
        request.plan.categories = { QStringLiteral("tickets") };
        request.plan.settings.cacheEnabled = false;
        harness.setFaults({ { Fault::RateLimited, QStringLiteral("mini"), 1, 3, 0.0, RetryHint::Milliseconds, 50 },
            { Fault::ServerError, QStringLiteral("haiku"), 5, 2 } });
        const RunProgress progress = harness.run(request);
        QCOMPARE(progress.done, 80);
        QCOMPARE(progress.errors, 0);
        int retried = 0;
        for (const ResultRecord& r : harness.results(progress.runId))
            retried += r.attempts > 1 ? 1 : 0;
        QVERIFY(retried >= 3);
    }

    void fatalErrorsAreNotRetried()
    {
        Harness harness;
        RunRequest request = harness.request();
        request.plan.models = { QStringLiteral("flash") };
        request.plan.settings.cacheEnabled = false;
        harness.setFaults({ { Fault::InsufficientQuota, QStringLiteral("flash"), 1, 0 } });
        const RunProgress progress = harness.run(request);
        QCOMPARE(progress.done, 40);
        QCOMPARE(progress.errors, 40);
        const ResultRecord r = harness.results(progress.runId).first();
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.errorKind, QStringLiteral("fatal"));
        QVERIFY(!r.errorMessage.isEmpty());
        QVERIFY(!r.pass);
    }

    void budgetStopsTheRunCleanly()
    {
        Harness harness;
        RunRequest request = harness.request();
        request.plan.settings.cacheEnabled = false;
        request.plan.settings.concurrency = 1;
        request.plan.settings.budgetUsd = 0.0001;
        const RunProgress progress = harness.run(request);
        QVERIFY(progress.done < progress.total);
        QVERIFY(progress.spentUsd >= 0.0001);
        QVERIFY(progress.stopReason.contains(QStringLiteral("Budget")));
        QCOMPARE(harness.controller.run().status, RunStatus::Cancelled);
    }

    void cancelledRunResumesWithOnlyMissingJobs()
    {
        Harness harness;
        harness.controller.setSandboxTimeScale(0.05);
        RunRequest request = harness.request();
        request.plan.settings.cacheEnabled = false;
        request.plan.settings.concurrency = 2;
        QSignalSpy progressSpy(&harness.controller, &RunController::progressChanged);
        QSignalSpy finished(&harness.controller, &RunController::finished);
        QVERIFY(harness.controller.start(request));
        QTRY_VERIFY_WITH_TIMEOUT(harness.controller.progress().done >= 10, 10000);
        harness.controller.cancel();
        QVERIFY(finished.wait(10000));
        const RunProgress cut = finished.first().at(1).value<RunProgress>();
        QVERIFY(cut.done < cut.total);
        const QList<ResultRecord> before = harness.results(cut.runId);
        QCOMPARE(before.size(), cut.done);

        harness.controller.setSandboxTimeScale(0.0);
        RunRequest resume = harness.request();
        resume.resumeRunId = cut.runId;
        QSignalSpy started(&harness.controller, &RunController::started);
        const RunProgress resumed = harness.run(resume);
        QCOMPARE(started.first().at(2).toInt(), cut.done);
        QCOMPARE(resumed.done, 120);
        const QList<ResultRecord> after = harness.results(cut.runId);
        QCOMPARE(after.size(), 120); // no duplicates
        // The jobs done before were not sent again: their results are the very same.
        for (const ResultRecord& done : before)
            QVERIFY(after.contains(done));
        QCOMPARE(resumed.errors, 0);
        QCOMPARE(resumed.passed, int(std::count_if(after.cbegin(), after.cend(), [](const ResultRecord& r) { return r.pass; })));
        QCOMPARE(harness.controller.run().status, RunStatus::Completed);
    }

    void pauseHoldsNewCalls()
    {
        Harness harness;
        harness.controller.setSandboxTimeScale(1.0);
        RunRequest request = harness.request();
        request.plan.settings.cacheEnabled = false;
        QVERIFY(harness.controller.start(request));
        QTRY_VERIFY_WITH_TIMEOUT(harness.controller.progress().done >= 5, 10000);
        harness.controller.pause();
        QTRY_VERIFY_WITH_TIMEOUT(harness.controller.progress().paused && harness.controller.progress().inFlight == 0, 10000);
        const int held = harness.controller.progress().done;
        QTest::qWait(300);
        QCOMPARE(harness.controller.progress().done, held);
        QSignalSpy finished(&harness.controller, &RunController::finished);
        harness.controller.resume();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<RunProgress>().done, 120);
    }

    void missingKeyFailsWithAClearMessage()
    {
        Harness harness;
        RunRequest request = harness.request();
        request.plan.simulated = false;
        QSignalSpy failed(&harness.controller, &RunController::failed);
        QVERIFY(harness.controller.start(request));
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("SIGNALBOX_TEST_UNUSED_KEY")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
