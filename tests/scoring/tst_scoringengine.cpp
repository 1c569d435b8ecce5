// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/scoringengine.h"

#include <QtConcurrent>
#include <QTest>

namespace {
AssertionResult assertion(bool pass, double score, double weight = 1.0, bool error = false)
{
    return { QStringLiteral("equals"), weight, pass, score, QStringLiteral("r"), error };
}

ScorerSpec spec(const QString& type, const QVariant& value = {}, double weight = 1.0)
{
    return { type, value, weight };
}

TestCase makeCase(const QString& expected = QStringLiteral("billing"))
{
    TestCase testCase { QStringLiteral("t01") };
    testCase.prompt = QStringLiteral("My invoice shows two charges for March.");
    testCase.expected = expected;
    return testCase;
}

Category makeCategory(const QList<ScorerSpec>& scorers, double passThreshold = 1.0)
{
    Category category { QStringLiteral("ticket-classification") };
    category.scorers = scorers;
    category.passThreshold = passThreshold;
    return category;
}

ScoredOutput output(const QString& text)
{
    return { text, 420, 0.0003 };
}
} // namespace

using AssertionList = QList<AssertionResult>;

class TestScoringEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void combine_data()
    {
        QTest::addColumn<AssertionList>("assertions");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("score");
        QTest::addColumn<bool>("pass");

        QTest::newRow("all pass") << AssertionList { assertion(true, 1), assertion(true, 1) } << 1.0 << 1.0 << true;
        QTest::newRow("one fails, threshold 1")
            << AssertionList { assertion(true, 1), assertion(false, 0) } << 1.0 << 0.5 << false;
        QTest::newRow("one fails, threshold reached exactly")
            << AssertionList { assertion(true, 1), assertion(false, 0) } << 0.5 << 0.5 << true;
        QTest::newRow("3 of 4 meet 0.75")
            << AssertionList { assertion(true, 1), assertion(true, 1), assertion(true, 1), assertion(false, 0) } << 0.75
            << 0.75 << true;
        QTest::newRow("heavy pass") << AssertionList { assertion(true, 1, 3), assertion(false, 0, 1) } << 0.75 << 0.75
                                    << true;
        QTest::newRow("heavy failure") << AssertionList { assertion(true, 1, 1), assertion(false, 0, 3) } << 0.75
                                       << 0.25 << false;
        QTest::newRow("decimal weights tie")
            << AssertionList { assertion(true, 1, 0.1), assertion(true, 1, 0.2), assertion(false, 0, 0.7) } << 0.3
            << 0.3 << true;
        QTest::newRow("partial score that passed")
            << AssertionList { assertion(true, 0.85), assertion(true, 1) } << 1.0 << 0.925 << true;
        QTest::newRow("partial scores below a lower threshold still pass")
            << AssertionList { assertion(true, 0.5), assertion(true, 0.6) } << 0.9 << 0.55 << true;
        QTest::newRow("partial score that failed")
            << AssertionList { assertion(false, 0.6), assertion(true, 1) } << 0.8 << 0.8 << true;
        QTest::newRow("weight 0 failure is ignored")
            << AssertionList { assertion(true, 1, 1), assertion(false, 0, 0) } << 1.0 << 1.0 << true;
        QTest::newRow("all weights 0 count equally")
            << AssertionList { assertion(true, 1, 0), assertion(false, 0, 0) } << 1.0 << 0.5 << false;
        QTest::newRow("error fails even at threshold 0")
            << AssertionList { assertion(true, 1), assertion(false, 0, 1, true) } << 0.0 << 0.5 << false;
        QTest::newRow("error at weight 0 is ignored")
            << AssertionList { assertion(true, 1), assertion(false, 0, 0, true) } << 1.0 << 1.0 << true;
        QTest::newRow("no assertions") << AssertionList {} << 1.0 << 0.0 << false;
        QTest::newRow("threshold 0 passes failures") << AssertionList { assertion(false, 0) } << 0.0 << 0.0 << true;
    }

    void combine()
    {
        QFETCH(AssertionList, assertions);
        QFETCH(double, threshold);
        QFETCH(double, score);
        QFETCH(bool, pass);

        const ScoreResult result = ScoreResult::combine(assertions, threshold);
        QVERIFY2(std::abs(result.score - score) < 1e-9, qPrintable(QString::number(result.score, 'g', 17)));
        QCOMPARE(result.pass, pass);
        QCOMPARE(result.passThreshold, threshold);
        QVERIFY(!result.summary().isEmpty());
    }

    void caseScorersOverrideCategory()
    {
        const Category category = makeCategory({ spec(QStringLiteral("equals")) });
        TestCase testCase = makeCase();
        QVERIFY(scoreOutput(QStringLiteral("billing"), 1, 0.0, testCase, category).pass);
        testCase.scorers = { spec(QStringLiteral("icontains"), QStringLiteral("refund")) };
        const ScoreResult result = scoreOutput(QStringLiteral("billing"), 1, 0.0, testCase, category);
        QCOMPARE(result.assertions.size(), 1);
        QCOMPARE(result.assertions.first().type, QStringLiteral("icontains"));
        QVERIFY(!result.pass);
        QCOMPARE(effectiveScorers(testCase, category), testCase.scorers);
    }

    void categoryPassThresholdApplies()
    {
        const QList<ScorerSpec> scorers = { spec(QStringLiteral("contains"), QStringLiteral("billing"), 3),
                                            spec(QStringLiteral("contains"), QStringLiteral("March"), 1) };
        const QString answer = QStringLiteral("Queue: billing");
        const ScoreResult strict = scoreOutput(answer, 1, 0.0, makeCase(), makeCategory(scorers));
        QVERIFY(!strict.pass);
        QCOMPARE(strict.score, 0.75);
        QVERIFY(strict.summary().contains(QLatin1String("1 of 2")));
        QVERIFY(strict.summary().contains(QLatin1String("did not find 'March'")));
        const ScoreResult lenient = scoreOutput(answer, 1, 0.0, makeCase(), makeCategory(scorers, 0.75));
        QVERIFY(lenient.pass);
        QCOMPARE(lenient.passThreshold, 0.75);
    }

    void noScorersDoesNotPass()
    {
        const ScoreResult result = scoreOutput(QStringLiteral("billing"), 1, 0.0, makeCase(), makeCategory({}));
        QVERIFY(!result.pass);
        QVERIFY(result.summary().contains(QLatin1String("no scorers")));
    }

    void brokenSpecsAreErrors_data()
    {
        QTest::addColumn<ScorerSpec>("scorer");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("reason");

        QTest::newRow("unknown type") << spec(QStringLiteral("fuzzy"), QStringLiteral("x")) << QStringLiteral("billing")
                                      << QStringLiteral("unknown scorer type");
        QTest::newRow("regex broken by placeholder")
            << spec(QStringLiteral("regex"), QStringLiteral("^{{expected}}$")) << QStringLiteral("a(b")
            << QStringLiteral("invalid regular expression");
        QTest::newRow("nothing to compare with")
            << spec(QStringLiteral("equals")) << QString() << QStringLiteral("no expected output");
    }

    void brokenSpecsAreErrors()
    {
        QFETCH(ScorerSpec, scorer);
        QFETCH(QString, expected);
        QFETCH(QString, reason);

        const ScoreResult result
            = scoreOutput(QStringLiteral("a(b"), 1, 0.0, makeCase(expected), makeCategory({ scorer }));
        QVERIFY(result.hasError());
        QVERIFY(!result.pass);
        QVERIFY2(result.assertions.first().reason.contains(reason), qPrintable(result.assertions.first().reason));
        QVERIFY(result.summary().contains(QLatin1String("could not be scored")));
    }

    void negationKeepsErrors()
    {
        ScorerSpec notCost = spec(QStringLiteral("not-cost"));
        notCost.threshold = 0.01;
        const ScoreResult result
            = scoreOutput(QStringLiteral("x"), 1, std::nullopt, makeCase(), makeCategory({ notCost }));
        QVERIFY(result.assertions.first().error);
        QVERIFY(!result.assertions.first().pass);
        QCOMPARE(result.assertions.first().score, 0.0);
    }

    void judgeRoundTrip()
    {
        const Category category = makeCategory(
            { spec(QStringLiteral("icontains"), QStringLiteral("billing")),
              spec(QStringLiteral("llm-rubric"), QStringLiteral("Names the {{expected}} queue politely"), 2) });
        CaseScoring scoring(output(QStringLiteral("This goes to Billing, thank you!")), makeCase(), category);
        QVERIFY(scoring.needsModelCall());
        QCOMPARE(judgeCallCount(makeCase(), category), 1);
        const QList<JudgeRequest> requests = scoring.judgeRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().assertion, 1);
        const QString prompt = requests.first().prompt.userPrompt;
        QVERIFY(prompt.contains(QLatin1String("Names the billing queue politely")));
        QVERIFY(prompt.contains(QLatin1String("This goes to Billing, thank you!")));
        QVERIFY(prompt.contains(QLatin1String("My invoice shows two charges for March.")));
        QVERIFY(!prompt.contains(QLatin1String("<reference_answer>")));

        scoring.setJudgeAnswer(
            1,
            { QStringLiteral("```json\n{\"reason\": \"Polite, right queue\", \"score\": 0.9, \"pass\": true}\n```"),
              0.002 });
        QVERIFY(!scoring.needsModelCall());
        QVERIFY(scoring.judgeRequests().isEmpty());
        const ScoreResult result = scoring.result();
        QVERIFY(result.pass);
        QCOMPARE(result.judgeCostUsd, 0.002);
        QCOMPARE(result.assertions.at(1).score, 0.9);
        QCOMPARE(result.assertions.at(1).judgeCostUsd, 0.002);
        QCOMPARE(result.assertions.at(1).reason, QStringLiteral("Polite, right queue"));
        QVERIFY(std::abs(result.score - (1.0 + 2 * 0.9) / 3) < 1e-9);
    }

    void judgeOutcomes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("threshold"); // < 0: none
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("callError");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<double>("score");
        QTest::addColumn<bool>("error");

        const QString good = QStringLiteral("{\"score\": 0.9, \"pass\": true, \"reason\": \"ok\"}");
        QTest::newRow("judge passes") << QStringLiteral("llm-rubric") << -1.0 << good << QString() << true << 0.9
                                      << false;
        QTest::newRow("below threshold") << QStringLiteral("llm-rubric") << 0.95 << good << QString() << false << 0.9
                                         << false;
        QTest::newRow("judge fails despite score")
            << QStringLiteral("llm-rubric") << 0.5 << QStringLiteral("{\"score\": 0.6, \"pass\": false}") << QString()
            << false << 0.6 << false;
        QTest::newRow("score only, default bar 0.5")
            << QStringLiteral("llm-rubric") << -1.0 << QStringLiteral("Score: 0.6") << QString() << true << 0.6
            << false;
        QTest::newRow("score only, threshold") << QStringLiteral("llm-rubric") << 0.7 << QStringLiteral("Score: 0.6")
                                               << QString() << false << 0.6 << false;
        QTest::newRow("pass only") << QStringLiteral("llm-rubric") << -1.0 << QStringLiteral("PASS") << QString()
                                   << true << 1.0 << false;
        QTest::newRow("negated") << QStringLiteral("not-llm-rubric") << -1.0 << good << QString() << false << 0.1
                                 << false;
        QTest::newRow("unreadable") << QStringLiteral("llm-rubric") << -1.0 << QStringLiteral("I am not sure.")
                                    << QString() << false << 0.0 << true;
        QTest::newRow("negated unreadable") << QStringLiteral("not-llm-rubric") << -1.0 << QStringLiteral("Score: 9")
                                            << QString() << false << 0.0 << true;
        QTest::newRow("call failed") << QStringLiteral("llm-rubric") << -1.0 << QString() << QStringLiteral("HTTP 429")
                                     << false << 0.0 << true;
    }

    void judgeOutcomes()
    {
        QFETCH(QString, type);
        QFETCH(double, threshold);
        QFETCH(QString, answer);
        QFETCH(QString, callError);
        QFETCH(bool, pass);
        QFETCH(double, score);
        QFETCH(bool, error);

        ScorerSpec rubric = spec(type, QStringLiteral("Is polite"));
        if (threshold >= 0)
            rubric.threshold = threshold;
        CaseScoring scoring(output(QStringLiteral("Thanks!")), makeCase(), makeCategory({ rubric }));
        scoring.setJudgeAnswer(0, { answer, 0.001, callError });
        const ScoreResult result = scoring.result();
        const AssertionResult& judged = result.assertions.first();
        QVERIFY2(judged.pass == pass, qPrintable(judged.reason));
        QVERIFY2(std::abs(judged.score - score) < 1e-9, qPrintable(QString::number(judged.score)));
        QCOMPARE(judged.error, error);
        QCOMPARE(result.judgeCostUsd, 0.001); // spent even when the answer is of no use
        if (!callError.isEmpty())
            QVERIFY(judged.reason.contains(callError));
    }

    void rubricDefaultsToReference()
    {
        CaseScoring scoring(output(QStringLiteral("Billing.")), makeCase(),
                            makeCategory({ spec(QStringLiteral("llm-rubric")) }));
        const QList<JudgeRequest> requests = scoring.judgeRequests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().prompt.userPrompt.contains(
            QLatin1String("<reference_answer>\nbilling\n</reference_answer>")));
        QVERIFY(requests.first().prompt.userPrompt.contains(QLatin1String("same answer as the reference")));
    }

    void chatInputReachesTheJudge()
    {
        TestCase testCase = makeCase();
        testCase.prompt.clear();
        testCase.messages = { { QStringLiteral("user"), QStringLiteral("Hi, I can't log in.") } };
        CaseScoring scoring(output(QStringLiteral("Account team.")), testCase,
                            makeCategory({ spec(QStringLiteral("llm-rubric"), QStringLiteral("x")) }));
        QVERIFY(scoring.judgeRequests().first().prompt.userPrompt.contains(QLatin1String("user: Hi, I can't log in.")));
    }

    void invalidJudgeSpecAsksNothing()
    {
        ScorerSpec rubric = spec(QStringLiteral("llm-rubric"), QStringLiteral("x"));
        rubric.threshold = 3;
        CaseScoring scoring(output(QStringLiteral("a")), makeCase(), makeCategory({ rubric }));
        QVERIFY(!scoring.needsModelCall());
        QVERIFY(scoring.result().hasError());
    }

    void answersOutOfRangeAreIgnored()
    {
        CaseScoring scoring(output(QStringLiteral("a")), makeCase(),
                            makeCategory({ spec(QStringLiteral("llm-rubric"), QStringLiteral("x")) }));
        scoring.setJudgeAnswer(5, { QStringLiteral("PASS"), 1.0 });
        scoring.setJudgeAnswer(-1, { QStringLiteral("PASS"), 1.0 });
        QVERIFY(scoring.needsModelCall());
        QCOMPARE(scoring.result().judgeCostUsd, 0.0);
    }

    void jsonRoundTrip()
    {
        const Category category = makeCategory(
            { spec(QStringLiteral("equals")), spec(QStringLiteral("not-contains"), QStringLiteral("sorry"), 0.5) },
            0.6);
        CaseScoring scoring(output(QStringLiteral("Billing")), makeCase(), category);
        const ScoreResult result = scoring.result();
        QCOMPARE(ScoreResult::fromJson(result.toJson()), result);
        QCOMPARE(result.toJson().value(QLatin1String("assertions")).toArray().size(), 2);
    }

    void metaTypes()
    {
        registerScoringMetaTypes();
        QVERIFY(QMetaType::fromName("ScoreResult").isValid());
        QVERIFY(QMetaType::fromName("AssertionResult").isValid());
        const ScoreResult result = ScoreResult::combine({ assertion(true, 1) }, 1.0);
        const QVariant variant = QVariant::fromValue(result);
        QCOMPARE(variant.value<ScoreResult>(), result);
    }

    void threadSafe()
    {
        const Category category = makeCategory({ spec(QStringLiteral("regex"), QStringLiteral("^\\w+ #\\d+$")),
                                                 spec(QStringLiteral("similar"), QStringLiteral("answer #10")),
                                                 spec(QStringLiteral("json-field-equals"), 1) });
        QList<int> numbers(400);
        std::iota(numbers.begin(), numbers.end(), 0);
        const auto scoreOne = [&category](int i) {
            return scoreOutput(QStringLiteral("answer #%1").arg(i), i, 0.0, makeCase(), category);
        };
        const QList<ScoreResult> parallel = QtConcurrent::blockingMapped(numbers, scoreOne);
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(parallel.at(i), scoreOne(i));
    }
};

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
