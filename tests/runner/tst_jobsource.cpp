// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/jobsource.h"

#include <QTest>

namespace {
// Two categories of two cases, three models on two providers.
Workspace workspace()
{
    Workspace ws;
    ws.providers = { Provider { QStringLiteral("one"), ProviderKind::OpenAiCompatible },
                     Provider { QStringLiteral("two"), ProviderKind::Anthropic } };
    ws.models = { ModelSpec { QStringLiteral("a"), QStringLiteral("one"), QStringLiteral("a-v1") },
                  ModelSpec { QStringLiteral("b"), QStringLiteral("two") },
                  ModelSpec { QStringLiteral("c"), QStringLiteral("one") } };
    Category labels { QStringLiteral("labels") };
    labels.promptTemplate = QStringLiteral("Label in JSON: {{input}}");
    labels.scorers = { ScorerSpec { QStringLiteral("is-json") } };
    labels.cases = { TestCase { QStringLiteral("l1"), {}, QStringLiteral("Refund please") },
                     TestCase { QStringLiteral("l2"), {}, QStringLiteral("Where is my parcel?") } };
    Category replies { QStringLiteral("replies") };
    replies.cases = { TestCase { QStringLiteral("r1"), {}, QStringLiteral("Say hello") },
                      TestCase { QStringLiteral("r2"), {}, QStringLiteral("Say goodbye") } };
    ws.categories = { labels, replies };
    return ws;
}

using Cells = QList<std::pair<QString, QString>>;

QString keyText(const JobKey& key)
{
    return key.category + u'/' + key.caseId + u'/' + key.modelId + u'/' + QString::number(key.repeat);
}

QStringList drain(JobSource& source)
{
    QStringList keys;
    while (const std::optional<RunJob> job = source.next())
        keys.append(keyText(job->key));
    return keys;
}

// The order runs always had: category, case, model, repeat.
QStringList nestedOrder(const QStringList& categories, const QStringList& models, int repeats,
                        const QSet<std::pair<QString, QString>>& cells = {})
{
    const QMap<QString, QStringList> cases { { QStringLiteral("labels"), { QStringLiteral("l1"), QStringLiteral("l2") } },
                                             { QStringLiteral("replies"), { QStringLiteral("r1"), QStringLiteral("r2") } } };
    QStringList keys;
    for (const QString& category : categories)
        for (const QString& caseId : cases.value(category))
            for (const QString& model : models)
                for (int repeat = 0; repeat < repeats && (cells.isEmpty() || cells.contains({ category, model })); ++repeat)
                    keys.append(keyText({ category, caseId, model, repeat }));
    return keys;
}
} // namespace

class TestJobSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void makesEveryJobInOrder_data()
    {
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<int>("repeats");
        QTest::addColumn<Cells>("cells");
        const QStringList all { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        const QStringList both { QStringLiteral("labels"), QStringLiteral("replies") };
        QTest::newRow("everything once") << both << all << 1 << Cells();
        QTest::newRow("three repeats") << both << all << 3 << Cells();
        QTest::newRow("plan's own order") << QStringList { QStringLiteral("replies"), QStringLiteral("labels") }
                                         << QStringList { QStringLiteral("c"), QStringLiteral("a") } << 2
                                         << Cells();
        QTest::newRow("cells") << both << all << 2
                               << Cells { { QStringLiteral("labels"), QStringLiteral("b") },
                                                                      { QStringLiteral("replies"), QStringLiteral("c") } };
    }

    void makesEveryJobInOrder()
    {
        QFETCH(QStringList, categories);
        QFETCH(QStringList, models);
        QFETCH(int, repeats);
        QFETCH(Cells, cells);
        const Workspace ws = workspace();
        RunPlan plan;
        plan.categories = categories;
        plan.models = models;
        plan.repeats = repeats;
        plan.settings.cells = cells;
        JobSource source(ws, plan);
        const QStringList expected = nestedOrder(categories, models, repeats, QSet<std::pair<QString, QString>>(cells.cbegin(), cells.cend()));
        QCOMPARE(source.count(), expected.size());
        QCOMPARE(source.remaining(), expected.size());
        QCOMPARE(drain(source), expected);
        QCOMPARE(source.remaining(), 0);
        QCOMPARE(source.count(), expected.size()); // counted from the start, wherever the cursor is
        QVERIFY(!source.next());
    }

    void remainingFallsWithEachJob()
    {
        const Workspace ws = workspace();
        RunPlan plan;
        plan.repeats = 2;
        JobSource source(ws, plan);
        QCOMPARE(source.remaining(), 24);
        for (int made = 1; made <= 5; ++made) {
            QVERIFY(source.next());
            QCOMPARE(source.remaining(), 24 - made);
        }
        JobSource copy(source); // a copy counts its rest afresh
        QCOMPARE(copy.remaining(), 19);
        QCOMPARE(drain(copy).size(), 19);
    }

    void jobsCarryTheirRequest()
    {
        const Workspace ws = workspace();
        RunPlan plan;
        plan.models = { QStringLiteral("a"), QStringLiteral("b") };
        plan.settings.temperature = 0.2;
        plan.settings.maxTokens = 64;
        JobSource source(ws, plan);
        const RunJob first = *source.next();
        QCOMPARE(first.request.id, QStringLiteral("labels/l1/a/0"));
        QCOMPARE(first.providerName, QStringLiteral("one"));
        QCOMPARE(first.request.model, QStringLiteral("a-v1")); // the provider's id, not the workspace's
        QCOMPARE(first.request.messages.size(), 1);
        QCOMPARE(first.request.messages.at(0).content, QStringLiteral("Label in JSON: Refund please"));
        QCOMPARE(first.flattenedInput, renderPrompt(ws.categories.at(0), ws.categories.at(0).cases.at(0)).flattened());
        QVERIFY(first.request.jsonMode); // an is-json scorer and a prompt that says JSON
        QCOMPARE(first.request.temperature, std::optional(0.2));
        QCOMPARE(first.request.maxTokens, 64);
        const RunJob second = *source.next();
        QCOMPARE(second.request.id, QStringLiteral("labels/l1/b/0"));
        QCOMPARE(second.request.model, QStringLiteral("b")); // no provider id: the workspace's
        QCOMPARE(second.providerName, QStringLiteral("two"));
        source.next();
        const RunJob other = *source.next(); // the second case: rendered anew
        QCOMPARE(other.request.messages.at(0).content, QStringLiteral("Label in JSON: Where is my parcel?"));
        QCOMPARE(first.caseIndex, 0);
        QCOMPARE(other.caseIndex, 1);
        QCOMPARE(other.testCase(ws.categories.at(0)).id, QStringLiteral("l2"));
        RunJob moved = other; // a case index that no longer fits: found by its id
        moved.caseIndex = 0;
        QCOMPARE(moved.testCase(ws.categories.at(0)).id, QStringLiteral("l2"));
        JobSource replies(ws, RunPlan { { QStringLiteral("replies") } });
        QVERIFY(!replies.next()->request.jsonMode);
    }

    void providersSplitTheJobsInTheSameOrder()
    {
        const Workspace ws = workspace();
        RunPlan plan;
        plan.repeats = 2;
        JobSource all(ws, plan);
        QCOMPARE(all.providerNames(), (QStringList { QStringLiteral("one"), QStringLiteral("two") }));
        const QStringList everything = drain(all);
        QStringList ofOne, ofTwo;
        for (const QString& key : everything)
            (key.contains(QLatin1String("/b/")) ? ofTwo : ofOne).append(key);
        JobSource one(ws, plan, QStringLiteral("one"));
        JobSource two(ws, plan, QStringLiteral("two"));
        QCOMPARE(one.providerNames(), QStringList { QStringLiteral("one") });
        QCOMPARE(one.count() + two.count(), all.count());
        QCOMPARE(drain(one), ofOne);
        QCOMPARE(drain(two), ofTwo);
        QCOMPARE(JobSource(ws, plan, QStringLiteral("nobody")).count(), 0);
    }

    void skipsWhatIsDone_data()
    {
        QTest::addColumn<QStringList>("done");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("the first") << QStringList { QStringLiteral("labels/l1/a/0") };
        QTest::newRow("the last") << QStringList { QStringLiteral("replies/r2/c/1") };
        QTest::newRow("scattered") << QStringList { QStringLiteral("labels/l1/b/1"), QStringLiteral("labels/l2/a/0"),
                                                    QStringLiteral("replies/r1/c/0"), QStringLiteral("replies/r1/c/1") };
        QStringList everything;
        JobSource all(workspace(), RunPlan { {}, {}, 2 });
        everything = drain(all);
        QTest::newRow("all") << everything;
        QTest::newRow("unknown keys") << QStringList { QStringLiteral("gone/x/a/0"), QStringLiteral("labels/l1/a/7") };
    }

    void skipsWhatIsDone()
    {
        QFETCH(QStringList, done);
        const Workspace ws = workspace();
        const RunPlan plan { {}, {}, 2 };
        JobSource all(ws, plan);
        QStringList expected = drain(all);
        expected.removeIf([&done](const QString& key) { return done.contains(key); });

        JobSource missing(ws, plan);
        QCOMPARE(missing.remaining(), 24);
        const QSet<QString> doneSet(done.cbegin(), done.cend());
        missing.setSkip([doneSet](const JobKey& key) { return doneSet.contains(keyText(key)); });
        QCOMPARE(missing.count(), expected.size());
        QCOMPARE(missing.remaining(), expected.size());
        QCOMPARE(drain(missing), expected);
    }
};

QTEST_GUILESS_MAIN(TestJobSource)
#include "tst_jobsource.moc"
