// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/runestimate.h"
#include "runner/runplan.h"

#include <QTest>

namespace {
Workspace twoByTwo()
{
    Workspace ws;
    ws.providers = { Provider { QStringLiteral("fast"), ProviderKind::OpenAiCompatible, {}, {}, 2, 0 },
        Provider { QStringLiteral("slow"), ProviderKind::Anthropic, {}, {}, 1, 6 } };
    ModelSpec cheap { QStringLiteral("cheap"), QStringLiteral("fast"), QStringLiteral("cheap-v1") };
    cheap.price = { 1.0, 2.0 };
    cheap.simulation = SimulationProfile { 0.8, 1000 };
    ModelSpec big { QStringLiteral("big"), QStringLiteral("slow") };
    big.price = { 10.0, 20.0 };
    ws.models = { cheap, big };
    Category labels { QStringLiteral("labels") };
    labels.systemPrompt = QStringLiteral("Answer for {{shop}} in JSON.");
    labels.promptTemplate = QStringLiteral("Ticket:\n{{input}}");
    labels.scorers = { ScorerSpec { QStringLiteral("is-json") } };
    labels.cases = { TestCase { QStringLiteral("a"), {}, QStringLiteral("Refund {{order}}"), {}, { { QStringLiteral("order"), QStringLiteral("#12") }, { QStringLiteral("shop"), QStringLiteral("Larkspur") } }, QStringLiteral("{\"q\":\"refund\"}") },
        TestCase { QStringLiteral("b"), QStringLiteral("Be brief."), {}, { ChatMessage { QStringLiteral("user"), QStringLiteral("Hi {{ name }}") } }, { { QStringLiteral("name"), QStringLiteral("Ana") } } } };
    ws.categories = { labels };
    return ws;
}
}

class TestRunPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("no braces") << QStringLiteral("no braces");
        QTest::newRow("one") << QStringLiteral("order {{order}}!") << QStringLiteral("order #7!");
        QTest::newRow("spaces") << QStringLiteral("{{ order }}") << QStringLiteral("#7");
        QTest::newRow("unknown stays") << QStringLiteral("{{nope}} {{order}}") << QStringLiteral("{{nope}} #7");
        QTest::newRow("unclosed") << QStringLiteral("{{order") << QStringLiteral("{{order");
    }

    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(fillPlaceholders(text, { { QStringLiteral("order"), QStringLiteral("#7") } }), expected);
    }

    void rendersTemplateVarsAndSystemPrompt()
    {
        const Workspace ws = twoByTwo();
        const RenderedPrompt prompt = renderPrompt(ws.categories.at(0), ws.categories.at(0).cases.at(0));
        QCOMPARE(prompt.systemPrompt, QStringLiteral("Answer for Larkspur in JSON."));
        QCOMPARE(prompt.messages.size(), 1);
        QCOMPARE(prompt.messages.at(0).role, QStringLiteral("user"));
        QCOMPARE(prompt.messages.at(0).content, QStringLiteral("Ticket:\nRefund #12"));
    }

    void rendersChatCasesAsTheyAre()
    {
        const Workspace ws = twoByTwo();
        const RenderedPrompt prompt = renderPrompt(ws.categories.at(0), ws.categories.at(0).cases.at(1));
        QCOMPARE(prompt.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(prompt.messages.size(), 1);
        QCOMPARE(prompt.messages.at(0).content, QStringLiteral("Hi Ana"));
    }

    void expandsCasesModelsRepeats()
    {
        const Workspace ws = twoByTwo();
        RunPlan plan;
        plan.repeats = 3;
        const QList<RunJob> jobs = expandJobs(ws, plan);
        QCOMPARE(jobs.size(), 2 * 2 * 3);
        QSet<JobKey> keys;
        for (const RunJob& job : jobs)
            keys.insert(job.key);
        QCOMPARE(keys.size(), jobs.size());
        const RunJob& first = jobs.first();
        QCOMPARE(first.request.model, QStringLiteral("cheap-v1")); // the provider's id, not ours
        QCOMPARE(first.providerName, QStringLiteral("fast"));
        QVERIFY(first.request.jsonMode); // the category scores JSON, and the prompt asks for it
        Workspace quiet = ws;
        quiet.categories[0].systemPrompt = QStringLiteral("Answer.");
        QVERIFY(!expandJobs(quiet, plan).first().request.jsonMode);
        QCOMPARE(jobs.at(3).request.model, QStringLiteral("big")); // model id defaults to our id
    }

    void selectsCategoriesAndModels()
    {
        const Workspace ws = twoByTwo();
        RunPlan plan;
        plan.models = { QStringLiteral("big") };
        QCOMPARE(expandJobs(ws, plan).size(), 2);
        QVERIFY(plan.validate(ws).isEmpty());
        plan.models = { QStringLiteral("missing") };
        QVERIFY(plan.validate(ws).contains(QStringLiteral("missing")));
        plan.models = {};
        plan.repeats = 11;
        QVERIFY(!plan.validate(ws).isEmpty());
    }

    // A batch run of a category that checks latency is warned about: batch answers have none.
    void batchRunsWarnOfLatencyChecks_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::addColumn<QString>("scorer");
        QTest::addColumn<QString>("model"); // of the plan; "big" is on Anthropic, which has a batch API
        QTest::addColumn<bool>("warned");
        QTest::newRow("batch, latency") << true << QStringLiteral("latency") << QStringLiteral("big") << true;
        QTest::newRow("batch, not-latency") << true << QStringLiteral("not-latency") << QStringLiteral("big") << true;
        QTest::newRow("interactive") << false << QStringLiteral("latency") << QStringLiteral("big") << false;
        QTest::newRow("no latency check") << true << QStringLiteral("is-json") << QStringLiteral("big") << false;
        QTest::newRow("no batch API") << true << QStringLiteral("latency") << QStringLiteral("cheap") << false;
    }

    void batchRunsWarnOfLatencyChecks()
    {
        QFETCH(bool, batch);
        QFETCH(QString, scorer);
        QFETCH(QString, model);
        QFETCH(bool, warned);
        Workspace ws = twoByTwo();
        ws.providers[0].baseUrl = QStringLiteral("http://127.0.0.1:9/v1"); // a compatible server: no batches
        ScorerSpec check { scorer };
        check.threshold = 2000.0;
        ws.categories[0].cases[1].scorers = { check }; // one case's own scorers suffice
        RunPlan plan;
        plan.models = { model };
        plan.settings.batch = batch;
        QCOMPARE(batchLatencyCheckedCategories(ws, plan),
                 warned ? QStringList { QStringLiteral("labels") } : QStringList());
    }

    void cacheIsBypassedForVaryingRepeats()
    {
        RunPlan plan;
        QVERIFY(plan.usesCache());
        plan.repeats = 3;
        plan.settings.temperature = 0.7;
        QVERIFY(!plan.usesCache());
        plan.settings.temperature = 0.0;
        QVERIFY(plan.usesCache());
        plan.settings.cacheEnabled = false;
        QVERIFY(!plan.usesCache());
    }

    void estimatesCostAndTime()
    {
        const Workspace ws = twoByTwo();
        RunPlan plan;
        plan.settings.concurrency = 0;
        const QList<RunJob> jobs = expandJobs(ws, plan);
        const RunEstimate estimate = estimateJobs(ws, plan, JobSource(ws, plan));
        QCOMPARE(estimate.calls, 4);
        qint64 in = 0, out = 0;
        for (const RunJob& job : jobs) {
            in += estimateTokens(job.flattenedInput);
            const Category& category = ws.categories.at(0);
            out += expectedOutputTokens(category.cases.at(category.indexOfCase(job.key.caseId)));
        }
        QCOMPARE(estimate.inputTokens, in);
        QCOMPARE(estimate.outputTokens, out);
        QVERIFY(estimate.costByModel.value(QStringLiteral("big")) > 9 * estimate.costByModel.value(QStringLiteral("cheap")));
        // "slow" allows 6 calls a minute: its 2 calls take 20 s, more than "fast"'s 2 x 1 s over 2 slots.
        QCOMPARE(estimate.seconds, 20.0);
        QVERIFY(estimate.summary().startsWith(QStringLiteral("4 calls")));
    }

    void hashFollowsCasesNotRouting()
    {
        Workspace ws = twoByTwo();
        const QString before = workspaceHash(ws);
        ws.routing.defaultChain = { QStringLiteral("cheap") };
        QCOMPARE(workspaceHash(ws), before);
        ws.categories[0].cases[0].expected = QStringLiteral("other");
        QVERIFY(workspaceHash(ws) != before);
    }
};

QTEST_GUILESS_MAIN(TestRunPlan)
#include "tst_runplan.moc"
