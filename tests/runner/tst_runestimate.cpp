// SPDX-License-Identifier: GPL-3.0-or-later
// The estimate of a re-run from the figures of the run before it, against what the re-run took.
#include "runner/runcontroller.h"
#include "runner/runestimate.h"

#include "results/resultsstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr double timeScale = 0.2; // the sandbox's latencies, shortened five times

Provider provider(const QString& name, ProviderKind kind)
{
    Provider p { name, kind };
    p.key = { KeyReference::Store::Environment, QStringLiteral("SIGNALBOX_TEST_UNUSED_KEY") };
    p.concurrency = 4;
    return p;
}

ModelSpec model(const QString& id, const QString& providerName, int latencyMs, double inputPrice)
{
    ModelSpec m { id, providerName, id };
    m.price = { inputPrice, inputPrice * 4 };
    m.simulation = SimulationProfile { 0.8, latencyMs };
    return m;
}

// Three providers whose models take 200, 600 and 1,000 ms (40, 120 and 200 ms at the time scale);
// 24 cases, so the slowest provider's 24 calls, four at a time, take about 1.2 s.
Workspace workspace()
{
    Workspace ws;
    ws.name = QStringLiteral("estimate test");
    ws.providers = { provider(QStringLiteral("openai"), ProviderKind::OpenAiCompatible),
                     provider(QStringLiteral("anthropic"), ProviderKind::Anthropic),
                     provider(QStringLiteral("gemini"), ProviderKind::Gemini) };
    ws.models = { model(QStringLiteral("mini"), QStringLiteral("openai"), 200, 0.15),
                  model(QStringLiteral("haiku"), QStringLiteral("anthropic"), 600, 1.0),
                  model(QStringLiteral("flash"), QStringLiteral("gemini"), 1000, 0.3) };
    Category tickets { QStringLiteral("tickets") };
    tickets.scorers = { ScorerSpec { QStringLiteral("equals") } };
    for (int i = 0; i < 24; ++i)
        tickets.cases.append(TestCase { QStringLiteral("t%1").arg(i), {},
                                        QStringLiteral("Ticket %1: my order %2 arrived damaged, what now?").arg(i).arg(
                                            1000 + i * 7),
                                        {}, {}, QStringLiteral("refund") });
    ws.categories = { tickets };
    return ws;
}

struct Measured {
    QString runId;
    double costUsd = 0.0;
    double seconds = 0.0;
};
} // namespace

class TestRunEstimate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Batch-capable providers at their batch price (half of list unless the workspace says), others
    // at list price; a run of real providers where only OpenAI's own host has a batch API.
    void batchRunsAreEstimatedAtBatchPrices()
    {
        Workspace ws = workspace();
        ws.providers[0].baseUrl = QStringLiteral("http://127.0.0.1:1/v1"); // a local OpenAI-compatible server
        ws.models[2].batchPrice = Price { 0.1, 0.2 };
        RunPlan interactive;
        RunPlan batched;
        batched.settings.batch = true;
        const RunEstimate full = estimateRun(ws, interactive);
        const RunEstimate half = estimateRun(ws, batched);
        QCOMPARE(half.calls, full.calls);
        QCOMPARE(half.costByModel.value(QStringLiteral("mini")), full.costByModel.value(QStringLiteral("mini")));
        QVERIFY(qAbs(half.costByModel.value(QStringLiteral("haiku")) - full.costByModel.value(QStringLiteral("haiku")) / 2)
                < 1e-12);
        // Every model gets the same prompts and the same expected answers: a third of the tokens each.
        const double input = double(half.inputTokens) / 3;
        const double output = double(half.outputTokens) / 3;
        QVERIFY(input > 0 && output > 0);
        QVERIFY(qAbs(half.costByModel.value(QStringLiteral("flash")) - (input * 0.1 + output * 0.2) / 1e6) < 1e-12);
    }

    void aRerunIsEstimatedFromTheRunBefore()
    {
        const Workspace ws = workspace();
        const Measured first = run(ws);
        QVERIFY(!first.runId.isEmpty());
        const ObservedUsage observed = observeUsage(ws, results(first.runId));
        UsageObserver streamed(ws); // as the Runs area reads it, row by row
        ResultsStore store;
        QVERIFY(store.open(database()));
        QVERIFY(store.forEachResult(first.runId, [&streamed](const ResultRecord& result) { streamed.add(result); }));
        QCOMPARE(streamed.observed().inputTokens, observed.inputTokens);
        QCOMPARE(streamed.observed().outputTokens, observed.outputTokens);
        QCOMPARE(streamed.observed().latencySeconds, observed.latencySeconds);
        QCOMPARE(streamed.observed().parallelism, observed.parallelism);
        QCOMPARE(observed.latencySeconds.size(), 3);
        // The flash model's calls took about 1,000 ms x 0.2 = 200 ms each.
        QVERIFY2(qAbs(observed.latencySeconds.value(QStringLiteral("flash")) - 0.2) < 0.08,
                 qPrintable(QString::number(observed.latencySeconds.value(QStringLiteral("flash")))));
        const RunEstimate estimate = estimateRun(ws, plan(), observed);
        const RunEstimate blind = estimateRun(ws, plan());

        const Measured second = run(ws);
        QVERIFY(!second.runId.isEmpty());
        const QString figures = QStringLiteral("estimated $%1 in %2 s (without observations %3 s); the re-run: $%4 in %5 s")
                                    .arg(estimate.costUsd, 0, 'g', 6)
                                    .arg(estimate.seconds, 0, 'f', 2)
                                    .arg(blind.seconds, 0, 'f', 2)
                                    .arg(second.costUsd, 0, 'g', 6)
                                    .arg(second.seconds, 0, 'f', 2);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(qAbs(estimate.costUsd - second.costUsd) <= 0.15 * second.costUsd, qPrintable(figures));
        QVERIFY2(qAbs(estimate.seconds - second.seconds) <= 0.25 * second.seconds, qPrintable(figures));
        // The nominal latencies, five times the real ones here, would have been far off.
        QVERIFY2(blind.seconds > 2.0 * second.seconds, qPrintable(figures));
    }

    // Cached answers took no time and errors say nothing of an answer's length: both are left out.
    void observationsLeaveOutCachedAndFailedAnswers()
    {
        const Workspace ws = workspace();
        ResultRecord answered;
        answered.category = QStringLiteral("tickets");
        answered.modelId = QStringLiteral("mini");
        answered.inputTokens = 30;
        answered.outputTokens = 10;
        answered.latencyMs = 400;
        answered.finishedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 1), Qt::UTC);
        ResultRecord second = answered;
        second.outputTokens = 20;
        second.latencyMs = 600;
        ResultRecord cached = answered;
        cached.cached = true;
        cached.outputTokens = 1000;
        ResultRecord failed = answered;
        failed.errorKind = QStringLiteral("fatal");
        failed.outputTokens = 0;
        const ObservedUsage observed = observeUsage(ws, { answered, second, cached, failed });
        const QString key = ObservedUsage::usageKey(QStringLiteral("tickets"), QStringLiteral("mini"));
        QCOMPARE(observed.outputTokens.value(key), 15.0);
        QCOMPARE(observed.inputTokens.value(key), 30.0);
        QCOMPARE(observed.latencySeconds.value(QStringLiteral("mini")), 0.5);
        // Both finished at 10:00:01 and started 400 and 600 ms before: 1,000 ms busy in 600 ms of wall time.
        QVERIFY(qAbs(observed.parallelism.value(QStringLiteral("openai")) - 1000.0 / 600.0) < 1e-9);
        QVERIFY(observeUsage(ws, {}).isEmpty());
    }

private:
    RunPlan plan() const
    {
        RunPlan plan;
        plan.simulated = true;
        plan.settings.cacheEnabled = false;
        return plan;
    }

    Measured run(const Workspace& ws)
    {
        RunController controller;
        controller.setSandboxTimeScale(timeScale);
        RunRequest request { ws };
        request.plan = plan();
        request.databasePath = database();
        QSignalSpy finished(&controller, &RunController::finished);
        QElapsedTimer clock;
        clock.start();
        if (!controller.start(request) || !finished.wait(60000))
            return {};
        Measured measured { controller.run().id, 0.0, clock.elapsed() / 1000.0 };
        for (const ResultRecord& result : results(measured.runId))
            measured.costUsd += result.costUsd;
        return measured;
    }

    QList<ResultRecord> results(const QString& runId) const
    {
        ResultsStore store;
        store.open(database());
        return store.results(runId).value_or(QList<ResultRecord>());
    }

    QString database() const { return m_dir.filePath(QStringLiteral("estimate.signalbox.db")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunEstimate)
#include "tst_runestimate.moc"
