// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/judgeanswer.h"
#include "scoring/llmrubric.h"

#include <cmath>
#include <limits>
#include <QTest>

namespace {
constexpr double noScore = std::numeric_limits<double>::quiet_NaN();
constexpr int noPass = -1;
} // namespace

// Judge answers as models really write them.
class TestJudgeAnswer : public QObject
{
    Q_OBJECT
private:
    static void row(const char* name, const QString& answer, double score, int pass, const QString& reason = {})
    {
        QTest::newRow(name) << answer << true << score << pass << reason;
    }
    static void unreadable(const char* name, const QString& answer, const QString& error)
    {
        QTest::newRow(name) << answer << false << noScore << noPass << error;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("pass");
        QTest::addColumn<QString>("text"); // in the reason, or in the error

        row("plain JSON",
            QStringLiteral("{\"reason\": \"Polite and offers a refund.\", \"score\": 0.9, \"pass\": true}"), 0.9, 1,
            QStringLiteral("offers a refund"));
        row("JSON in a fence with prose",
            QStringLiteral("Here is my evaluation:\n\n```json\n{\n  \"reason\": \"Misses the refund.\",\n"
                           "  \"score\": 0.2,\n  \"pass\": false\n}\n```\nLet me know if you need more."),
            0.2, 0, QStringLiteral("Misses the refund"));
        row("fence without language", QStringLiteral("```\n{\"score\": 1, \"pass\": true, \"reason\": \"ok\"}\n```"),
            1.0, 1);
        row("prose around bare JSON",
            QStringLiteral("Sure. {\"pass\": true, \"score\": 0.75, \"reason\": \"fine\"} Hope this helps!"), 0.75, 1);
        row("keys in other case, values as text",
            QStringLiteral("{\"Score\": \"0.7\", \"Pass\": \"yes\", \"Reasoning\": \"Mostly right\"}"), 0.7, 1,
            QStringLiteral("Mostly right"));
        row("pass only", QStringLiteral("{\"pass\": false, \"reason\": \"wrong queue\"}"), noScore, 0,
            QStringLiteral("wrong queue"));
        row("score only", QStringLiteral("{\"score\": 0.4}"), 0.4, noPass);
        row("verdict word", QStringLiteral("{\"verdict\": \"PASS\", \"explanation\": \"Meets all points\"}"), noScore,
            1, QStringLiteral("Meets all points"));
        row("score out of ten as text", QStringLiteral("{\"score\": \"8/10\", \"pass\": true}"), 0.8, 1);
        row("braces and quotes in the reason",
            QStringLiteral(
                "{\"reason\": \"Uses {placeholders} and \\\"quotes\\\" correctly\", \"score\": 0.5, \"pass\": false}"),
            0.5, 0, QStringLiteral("{placeholders}"));
        row("an unrelated object first",
            QStringLiteral("The output was {\"name\": \"Ann\"}. Verdict: {\"score\": 0.4, \"pass\": false}"), 0.4, 0);
        row("think block first",
            QStringLiteral("<think>\nThe score: 0.1 would be harsh... pass: no?\n</think>\n"
                           "{\"reason\": \"Good\", \"score\": 0.8, \"pass\": true}"),
            0.8, 1, QStringLiteral("Good"));
        row("Score line", QStringLiteral("Score: 0.8\nReason: mostly right but terse"), 0.8, noPass,
            QStringLiteral("mostly right"));
        row("markdown bold", QStringLiteral("**Score:** 8/10\n**Pass:** yes\n**Reason:** Clear answer."), 0.8, 1,
            QStringLiteral("Clear answer"));
        row("percent", QStringLiteral("Overall score: 80%. The answer is correct."), 0.8, noPass);
        row("out of", QStringLiteral("I would give this a score of 7 out of 10."), 0.7, noPass);
        row("score is", QStringLiteral("The score is 0.35 because key facts are missing."), 0.35, noPass);
        row("python dict", QStringLiteral("{'score': 0.6, 'pass': False, 'reason': 'too long'}"), 0.6, 0,
            QStringLiteral("too long"));
        row("trailing comma JSON", QStringLiteral("{\"score\": 0.9, \"pass\": true,}"), 0.9, 1);
        row("leading PASS", QStringLiteral("PASS - the reply meets the rubric."), noScore, 1,
            QStringLiteral("meets the rubric"));
        row("leading FAIL in bold", QStringLiteral("**FAIL**: it never mentions the refund window."), noScore, 0);
        row("verdict line", QStringLiteral("After review.\nVerdict: fail\nThe tone is rude."), noScore, 0);
        row("result correct", QStringLiteral("Result: correct"), noScore, 1);
        row("unicode reason",
            QStringLiteral("{\"score\": 1.0, \"pass\": true, \"reason\": \"Répond en français \u2714\"}"), 1.0, 1,
            QStringLiteral("français"));
        row("zero", QStringLiteral("{\"score\": 0, \"pass\": false, \"reason\": \"empty\"}"), 0.0, 0);

        unreadable("empty", QString(), QStringLiteral("empty"));
        unreadable("white space", QStringLiteral("  \n "), QStringLiteral("empty"));
        unreadable("no verdict", QStringLiteral("I cannot grade this output without more context."),
                   QStringLiteral("no score or verdict"));
        unreadable("score above 1 without scale", QStringLiteral("Score: 8"), QStringLiteral("outside 0 to 1"));
        unreadable("JSON score above 1", QStringLiteral("{\"score\": 1.5, \"pass\": true}"),
                   QStringLiteral("outside 0 to 1"));
        unreadable("negative JSON score", QStringLiteral("{\"score\": -0.2}"), QStringLiteral("outside 0 to 1"));
        unreadable("more than the scale", QStringLiteral("Score: 12/10"), QStringLiteral("outside 0 to 1"));
        unreadable("JSON without known keys", QStringLiteral("{\"grade_letter\": \"B\"}"),
                   QStringLiteral("no score or verdict"));
        unreadable("only thinking", QStringLiteral("<think>score: 0.9</think>"), QStringLiteral("empty"));
    }

    void parse()
    {
        QFETCH(QString, answer);
        QFETCH(bool, valid);
        QFETCH(double, score);
        QFETCH(int, pass);
        QFETCH(QString, text);

        const JudgeVerdict verdict = parseJudgeAnswer(answer);
        QVERIFY2(verdict.isValid() == valid, qPrintable(verdict.error));
        if (!valid) {
            QVERIFY2(verdict.error.contains(text), qPrintable(verdict.error));
            return;
        }
        QCOMPARE(verdict.score.has_value(), !std::isnan(score));
        if (verdict.score)
            QVERIFY2(std::abs(*verdict.score - score) < 1e-9, qPrintable(QString::number(*verdict.score)));
        QCOMPARE(verdict.pass.has_value(), pass != noPass);
        if (verdict.pass)
            QCOMPARE(*verdict.pass, pass == 1);
        QVERIFY2(verdict.reason.contains(text), qPrintable(verdict.reason));
    }

    void promptHoldsItsParts()
    {
        const JudgePrompt prompt = buildJudgePrompt(
            QStringLiteral("Mentions the 30-day refund window"), QStringLiteral("You can return it within 30 days."),
            QStringLiteral("Can I return my shoes?"), QStringLiteral("Yes, 30 days"));
        QVERIFY(prompt.systemPrompt.contains(QLatin1String("\"score\"")));
        QVERIFY(prompt.systemPrompt.contains(QLatin1String("\"pass\"")));
        QVERIFY(prompt.systemPrompt.contains(QLatin1String("\"reason\"")));
        QVERIFY(prompt.systemPrompt.contains(QLatin1String("never instructions")));
        QVERIFY(prompt.userPrompt.contains(QLatin1String("<rubric>\nMentions the 30-day refund window\n</rubric>")));
        QVERIFY(prompt.userPrompt.contains(QLatin1String("<input>\nCan I return my shoes?\n</input>")));
        QVERIFY(prompt.userPrompt.contains(QLatin1String("<reference_answer>\nYes, 30 days\n</reference_answer>")));
        QVERIFY(prompt.userPrompt.contains(QLatin1String("<output>\nYou can return it within 30 days.\n</output>")));
        QVERIFY(prompt.userPrompt.indexOf(QLatin1String("<rubric>"))
                < prompt.userPrompt.indexOf(QLatin1String("<output>")));

        const JudgePrompt bare = buildJudgePrompt(QStringLiteral("r"), QStringLiteral("o"));
        QVERIFY(!bare.userPrompt.contains(QLatin1String("<input>")));
        QVERIFY(!bare.userPrompt.contains(QLatin1String("<reference_answer>")));
    }
};

QTEST_GUILESS_MAIN(TestJudgeAnswer)
#include "tst_judgeanswer.moc"
