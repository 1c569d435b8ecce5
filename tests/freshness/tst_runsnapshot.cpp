// SPDX-License-Identifier: GPL-3.0-or-later
#include "freshness/runsnapshot.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Category tickets()
{
    Category category;
    category.name = u"tickets"_s;
    category.systemPrompt = u"Answer with one word."_s;
    TestCase testCase;
    testCase.id = u"t1"_s;
    testCase.prompt = u"My invoice is wrong."_s;
    testCase.expected = u"billing"_s;
    category.cases = { testCase };
    return category;
}
} // namespace

class TestRunSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestFollowsWhatDecidesResults_data()
    {
        QTest::addColumn<bool>("changesDigest");
        QTest::addColumn<int>("edit");
        QTest::newRow("system prompt") << true << 0;
        QTest::newRow("a case's expected output") << true << 1;
        QTest::newRow("a new case") << true << 2;
        QTest::newRow("pass threshold") << true << 3;
        QTest::newRow("bar") << false << 4;
        QTest::newRow("traffic share and description") << false << 5;
        QTest::newRow("cases moved to a file") << false << 6;
    }

    void digestFollowsWhatDecidesResults()
    {
        QFETCH(bool, changesDigest);
        QFETCH(int, edit);
        Category edited = tickets();
        switch (edit) {
        case 0: edited.systemPrompt += u" Lower case."_s; break;
        case 1: edited.cases[0].expected = u"account"_s; break;
        case 2:
            edited.cases.append(edited.cases.constFirst());
            edited.cases.last().id = u"t2"_s;
            break;
        case 3: edited.passThreshold = 0.5; break;
        case 4: edited.threshold = 0.5; break;
        case 5: edited.trafficShare = 0.3; edited.description = u"Queues"_s; break;
        case 6: edited.casesSource.path = u"cases/tickets.csv"_s; break;
        }
        QCOMPARE(categoryDigest(edited) != categoryDigest(tickets()), changesDigest);
        QCOMPARE(categoryDigest(tickets()).size(), 16);
    }

    void jsonRoundTrip()
    {
        Workspace workspace;
        workspace.categories = { tickets() };
        ModelSpec mini { u"mini"_s, u"openai"_s, u"gpt-4o-mini"_s, {}, Price { 0.15, 0.6, 0.075, std::nullopt } };
        ModelSpec haiku { u"haiku"_s, u"anthropic"_s, u"claude-haiku-4-5"_s, {}, Price { 1, 5 } };
        workspace.models = { mini, haiku };
        const RunSnapshot snapshot = takeRunSnapshot(workspace, { u"tickets"_s, u"gone"_s }, { u"mini"_s, u"haiku"_s });
        QCOMPARE(snapshot.prices.size(), 2);
        QCOMPARE(snapshot.prices.value(u"mini"_s), mini.price);
        QCOMPARE(snapshot.categoryDigests.keys(), QStringList { u"tickets"_s });
        QCOMPARE(RunSnapshot::fromJson(snapshot.toJson()), snapshot);
        QVERIFY(RunSnapshot::fromJson({}).isEmpty());
        // A price that is not numbers is left out rather than read as $0.
        QJsonObject broken = snapshot.toJson();
        broken[u"prices"_s] = QJsonObject { { u"mini"_s, QJsonObject { { u"input"_s, u"cheap"_s } } } };
        QVERIFY(RunSnapshot::fromJson(broken).prices.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunSnapshot)
#include "tst_runsnapshot.moc"
