// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/sandboxexpectations.h"
#include "sandbox/modelsimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModelSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isLabel_data();
    void isLabel();
    void skillSetsTheShareOfRightAnswers_data();
    void skillSetsTheShareOfRightAnswers();
    void difficultyFollowsTheKindOfAnswer();
    void judgeGradesAgainstTheReference();
    void answersAreReproducible();
    void wrongLabelsComeFromTheLabelSet();
    void wrongLabelsStayInTheirTask();
    void wrongLabelsMayComeFromTheScorers();
    void wrongJsonIsStillJson();
    void wrongJsonTakesAnotherValueOfTheTask();
    void wrongJsonChangesACheckedField();
    void wrongLongTextIsAnIncompleteSummary_data();
    void wrongLongTextIsAnIncompleteSummary();
    void missesFailAndRatesStayExact();
    void expectationsFromTheScorers();
    void unknownPromptsGetAGenericAnswer();
    void tokensAndTruncation();
    void latencyGrowsWithTheAnswer();
    void profilesFromModelSpecs();
};

namespace {
const QStringList queues { u"billing"_s, u"account"_s, u"shipping"_s, u"technical"_s, u"other"_s };

QString casePrompt(int i)
{
    return u"Ticket %1: please route this support request."_s.arg(i);
}

ModelSimulator classifier(double skill, int cases = 200)
{
    ModelSimulator simulator;
    simulator.setProfile(u"model-a"_s, { skill, 500 });
    for (int i = 0; i < cases; ++i)
        simulator.addExpectedOutput(casePrompt(i), queues[i % queues.size()]);
    return simulator;
}

SimulatedCall call(const QString& model, const QString& prompt, bool jsonMode = false)
{
    SimulatedCall call;
    call.model = model;
    call.userPrompt = prompt;
    call.inputChars = prompt.size();
    call.messageCount = 1;
    call.jsonMode = jsonMode;
    return call;
}

int rightAnswers(const ModelSimulator& simulator, const QString& model, int cases)
{
    int right = 0;
    for (int i = 0; i < cases; ++i)
        right += simulator.answer(call(model, casePrompt(i))).text == queues[i % queues.size()];
    return right;
}
} // namespace

void TestModelSimulator::isLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("word") << u"billing"_s << true;
    QTest::newRow("short phrase") << u"needs human review"_s << true;
    QTest::newRow("number") << u"42"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("sentence") << u"The customer was charged twice for the March invoice."_s << false;
    QTest::newRow("two lines") << u"a\nb"_s << false;
}

void TestModelSimulator::isLabel()
{
    QFETCH(QString, text);
    QTEST(ModelSimulator::isLabel(text), "expected");
}

void TestModelSimulator::skillSetsTheShareOfRightAnswers_data()
{
    QTest::addColumn<double>("skill");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // One label among a few is easier than the profile's skill: 0.8 gets 0.88 right, 0.5 gets 0.625.
    QTest::newRow("0.8") << 0.8 << 0.78 << 0.98;
    QTest::newRow("0.5") << 0.5 << 0.52 << 0.72;
    QTest::newRow("perfect") << 1.0 << 1.0 << 1.0;
    QTest::newRow("hopeless") << 0.0 << 0.0 << 0.0;
}

void TestModelSimulator::skillSetsTheShareOfRightAnswers()
{
    QFETCH(double, skill);
    QFETCH(double, low);
    QFETCH(double, high);
    const double share = rightAnswers(classifier(skill), u"model-a"_s, 200) / 200.0;
    QVERIFY2(share >= low && share <= high, qPrintable(QString::number(share)));
}

void TestModelSimulator::difficultyFollowsTheKindOfAnswer()
{
    const QString summary = u"The customer was charged twice for March; support refunded one charge and will confirm "
                            u"by email once the bank shows it."_s;
    QCOMPARE(ModelSimulator::effectiveSkill(0.8, u"billing"_s), 0.88);
    QCOMPARE(ModelSimulator::effectiveSkill(0.0, u"billing"_s), 0.0);
    QCOMPARE(ModelSimulator::effectiveSkill(0.8, u"{\"order\": 12}"_s), 0.8);
    QVERIFY(qAbs(ModelSimulator::effectiveSkill(0.8, summary) - 0.512) < 1e-9);
}

void TestModelSimulator::judgeGradesAgainstTheReference()
{
    ModelSimulator simulator;
    const QString reference = u"Refund issued for the duplicate March charge; confirmation email pending."_s;
    const auto judgeCall = [&](const QString& output) {
        return call(u"judge"_s,
            u"<rubric>\nSame answer as the reference.\n</rubric>\n\n<reference_answer>\n"_s + reference
                + u"\n</reference_answer>\n\n<output>\n"_s + output + u"\n</output>\n\nGrade it."_s);
    };
    const auto verdictFor = [&](const QString& output) {
        return QJsonDocument::fromJson(simulator.answer(judgeCall(output)).text.toUtf8()).object();
    };
    QVERIFY(ModelSimulator::isJudgeRequest(judgeCall(reference)));
    QVERIFY(!ModelSimulator::isJudgeRequest(call(u"judge"_s, reference)));
    const QJsonObject good = verdictFor(reference);
    const QJsonObject poor = verdictFor(u"Refund issued."_s);
    QCOMPARE(good.value(u"pass"_s).toBool(), true);
    QCOMPARE(good.value(u"score"_s).toDouble(), 1.0);
    QCOMPARE(poor.value(u"pass"_s).toBool(), false);
    QVERIFY(poor.value(u"score"_s).toDouble() < 0.7);
    QVERIFY(!poor.value(u"reason"_s).toString().isEmpty());
}

void TestModelSimulator::answersAreReproducible()
{
    const ModelSimulator first = classifier(0.8);
    const ModelSimulator second = classifier(0.8);
    QStringList firstAnswers;
    QStringList secondAnswers;
    for (int i = 0; i < 200; ++i) {
        firstAnswers.append(first.answer(call(u"model-a"_s, casePrompt(i))).text);
        secondAnswers.append(second.answer(call(u"model-a"_s, casePrompt(i))).text);
    }
    QCOMPARE(firstAnswers, secondAnswers);
    // Another model of the same skill misses other cases.
    ModelSimulator other = classifier(0.8);
    other.setProfile(u"model-b"_s, { 0.8, 500 });
    QStringList otherAnswers;
    for (int i = 0; i < 200; ++i)
        otherAnswers.append(other.answer(call(u"model-b"_s, casePrompt(i))).text);
    QVERIFY(otherAnswers != firstAnswers);
}

void TestModelSimulator::wrongLabelsComeFromTheLabelSet()
{
    const ModelSimulator simulator = classifier(0.0);
    for (int i = 0; i < 50; ++i) {
        const QString answer = simulator.answer(call(u"model-a"_s, casePrompt(i))).text;
        QVERIFY(queues.contains(answer));
        QVERIFY(answer != queues[i % queues.size()]);
    }
    ModelSimulator yesNo;
    yesNo.setProfile(u"m"_s, { 0.0, 0 });
    yesNo.addExpectedOutput(u"Is it raining?"_s, u"yes"_s);
    QCOMPARE(yesNo.answer(call(u"m"_s, u"Is it raining?"_s)).text, u"no"_s);
}

void TestModelSimulator::wrongJsonIsStillJson()
{
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 0.0, 0 });
    const QJsonObject expected { { u"name"_s, u"Ada"_s }, { u"priority"_s, 2 }, { u"urgent"_s, true } };
    simulator.addExpectedOutput(u"Extract the fields."_s, QString::fromUtf8(QJsonDocument(expected).toJson()));
    const QString answer = simulator.answer(call(u"m"_s, u"Extract the fields."_s)).text;
    const QJsonDocument json = QJsonDocument::fromJson(answer.toUtf8());
    QVERIFY(json.isObject());
    QCOMPARE(json.object().keys(), expected.keys());
    int changed = 0;
    for (const QString& key : expected.keys())
        changed += json[key] != expected.value(key);
    QCOMPARE(changed, 1);
}

void TestModelSimulator::wrongLabelsStayInTheirTask()
{
    // Two label tasks side by side, as in the sample: a missed sentiment is never a language code.
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 0.0, 0 });
    const QStringList moods { u"positive"_s, u"neutral"_s, u"negative"_s };
    const QStringList languages { u"fr"_s, u"de"_s, u"pl"_s, u"es"_s, u"en"_s };
    for (int i = 0; i < 30; ++i) {
        simulator.addExpectedOutput(u"Mood %1"_s.arg(i), moods[i % moods.size()], u"sentiment"_s);
        simulator.addExpectedOutput(u"Language %1"_s.arg(i), languages[i % languages.size()], u"language"_s);
    }
    for (int i = 0; i < 30; ++i) {
        const QString mood = simulator.answer(call(u"m"_s, u"Mood %1"_s.arg(i))).text;
        QVERIFY2(moods.contains(mood) && mood != moods[i % moods.size()], qPrintable(mood));
        const QString language = simulator.answer(call(u"m"_s, u"Language %1"_s.arg(i))).text;
        QVERIFY2(languages.contains(language) && language != languages[i % languages.size()], qPrintable(language));
    }
}

void TestModelSimulator::wrongLabelsMayComeFromTheScorers()
{
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 0.0, 0 });
    simulator.addExpectedOutput(u"Is this spam?"_s, u"Spam"_s, u"spam"_s);
    QCOMPARE(simulator.answer(call(u"m"_s, u"Is this spam?"_s)).text, u"unknown"_s);
    // "spam" is the same answer to a normalised comparison: never offered as the wrong one.
    simulator.addTaskLabels(u"spam"_s, { u"spam"_s, u"not spam"_s });
    QCOMPARE(simulator.answer(call(u"m"_s, u"Is this spam?"_s)).text, u"not spam"_s);
}

void TestModelSimulator::wrongJsonTakesAnotherValueOfTheTask()
{
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 0.0, 0 });
    const QStringList issues { u"damaged"_s, u"late"_s, u"damaged"_s, u"billing"_s };
    for (int i = 0; i < issues.size(); ++i) {
        const QString json = uR"({"order_id":"LH-48%1","issue":"%2"})"_s.arg(i).arg(issues[i]);
        simulator.addExpectedOutput(u"Email %1"_s.arg(i), json, u"extraction"_s);
    }
    for (int i = 0; i < issues.size(); ++i) {
        const QJsonObject answer
            = QJsonDocument::fromJson(simulator.answer(call(u"m"_s, u"Email %1"_s.arg(i))).text.toUtf8()).object();
        // The order number is right; the issue, the field whose values repeat, is another one seen.
        QCOMPARE(answer.value(u"order_id"_s).toString(), u"LH-48%1"_s.arg(i));
        QVERIFY(issues.contains(answer.value(u"issue"_s).toString()));
        QVERIFY(answer.value(u"issue"_s).toString() != issues[i]);
    }
}

void TestModelSimulator::wrongJsonChangesACheckedField()
{
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 0.0, 0 });
    const ExpectedAnswer expected { uR"({"name":"Ada","priority":2,"urgent":true})"_s, u"t"_s, {}, { u"priority"_s } };
    simulator.addExpectedOutput(u"Extract."_s, expected);
    const QJsonObject answer
        = QJsonDocument::fromJson(simulator.answer(call(u"m"_s, u"Extract."_s)).text.toUtf8()).object();
    QCOMPARE(answer.value(u"name"_s).toString(), u"Ada"_s);
    QCOMPARE(answer.value(u"urgent"_s).toBool(), true);
    QCOMPARE(answer.value(u"priority"_s).toInt(), 3);
}

void TestModelSimulator::wrongLongTextIsAnIncompleteSummary_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("keyPhrases");
    QTest::addColumn<QString>("answer");
    const QString sam
        = u"Sam was charged £89.00 twice for order LH-4790034. The second charge was first thought to be a "
          "pending hold, but both completed. Priya escalated a refund of the duplicate to payments "
          "(PAY-20931); open: payments to refund £89.00 within about 2 working days."_s;
    QTest::newRow("first sentences") << sam << QStringList { u"LH-4790034"_s, u"PAY-20931"_s, u"£89.00"_s }
                                     << u"Sam was charged £89.00 twice for order LH-4790034. The second charge was "
                                        "first thought to be a pending hold, but both completed."_s;
    // The second sentence already holds every fact: the summary stops after the first.
    QTest::newRow("stops before a fact") << sam << QStringList { u"hold"_s }
                                         << u"Sam was charged £89.00 twice for order LH-4790034."_s;
    QTest::newRow("one sentence") << u"The customer wants a refund for the lamp that arrived broken, and the agent "
                                     "has asked for photos of the damage."_s
                                  << QStringList { u"photos"_s }
                                  << u"The customer wants a refund for the lamp that arrived broken."_s;
    QTest::newRow("no facts known") << u"The customer wants a refund for the lamp that arrived broken, and the agent "
                                       "has asked for photos of the damage."_s
                                    << QStringList() << u"The customer wants a refund for the lamp that arrived."_s;
}

void TestModelSimulator::wrongLongTextIsAnIncompleteSummary()
{
    QFETCH(QString, expected);
    QFETCH(QStringList, keyPhrases);
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 0.0, 0 });
    simulator.addExpectedOutput(u"Summarise the thread."_s,
                                ExpectedAnswer { expected, u"summaries"_s, keyPhrases, {} });
    const QString answer = simulator.answer(call(u"m"_s, u"Summarise the thread."_s)).text;
    QTEST(answer, "answer");
    QVERIFY(!answer.contains(u"not certain"_s));
    QVERIFY(!answer.contains(u'…'));
}

// Whatever the kind of answer, a miss fails the comparison a scorer makes, so the share of right
// answers is the profile's: a wrong label is never the expected one in another case or spelling.
void TestModelSimulator::missesFailAndRatesStayExact()
{
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 0.6, 0 });
    const QStringList labels { u"Billing"_s, u"billing."_s, u"account"_s, u"refund"_s };
    int right = 0;
    int expectedRight = 0;
    for (int i = 0; i < 400; ++i) {
        const QString prompt = u"Ticket %1"_s.arg(i);
        const QString label = labels[i % labels.size()];
        simulator.addExpectedOutput(prompt, label, u"triage"_s);
        const QString answer = simulator.answer(call(u"m"_s, prompt)).text;
        const auto normalised = [](QString text) { return text.toLower().remove(u'.'); };
        right += normalised(answer) == normalised(label);
        expectedRight += simulator.answersCorrectly(u"m"_s, ModelSimulator::promptKey(prompt));
    }
    QCOMPARE(right, expectedRight);
}

void TestModelSimulator::expectationsFromTheScorers()
{
    Category category { u"summaries"_s };
    category.scorers = { ScorerSpec { u"icontains-all"_s, QVariantList { u"{{fact1}}"_s, u"{{fact2}}"_s } },
                         ScorerSpec { u"not-contains"_s, u"sorry"_s },
                         ScorerSpec { u"icontains-any"_s, QVariantList { u"open"_s, u"closed"_s } } };
    TestCase testCase { u"m01"_s };
    testCase.expected = u"Refund of £89.00 escalated as PAY-20931."_s;
    testCase.vars = { { u"fact1"_s, u"£89.00"_s }, { u"fact2"_s, u"PAY-20931"_s } };
    const ExpectedAnswer expected = sandboxExpectation(category, testCase);
    QCOMPARE(expected.task, u"summaries"_s);
    QCOMPARE(expected.text, testCase.expected);
    QCOMPARE(expected.keyPhrases, (QStringList { u"£89.00"_s, u"PAY-20931"_s }));
    QVERIFY(expected.checkedFields.isEmpty());
    QCOMPARE(sandboxScorerLabels(category), (QStringList { u"open"_s, u"closed"_s }));

    TestCase extraction { u"x01"_s };
    extraction.expected = uR"({"order_id":"LH-1","customer":{"email":"a@b.c"}})"_s;
    extraction.scorers
        = { ScorerSpec { .type = u"json-field-equals"_s, .value = u"LH-1"_s, .path = u"order_id"_s },
            ScorerSpec { .type = u"json-field-equals"_s, .value = u"a@b.c"_s, .path = u"customer.email"_s } };
    QCOMPARE(sandboxExpectation(category, extraction).checkedFields, (QStringList { u"order_id"_s, u"customer"_s }));
}

void TestModelSimulator::unknownPromptsGetAGenericAnswer()
{
    const ModelSimulator simulator = classifier(1.0);
    const QString prose = simulator.answer(call(u"model-a"_s, u"Write a haiku about routers."_s)).text;
    QVERIFY(prose.contains(u"Write a haiku about routers."_s));
    const QString json = simulator.answer(call(u"model-a"_s, u"Write a haiku about routers."_s, true)).text;
    QVERIFY(QJsonDocument::fromJson(json.toUtf8()).isObject());
}

void TestModelSimulator::tokensAndTruncation()
{
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 1.0, 0 });
    simulator.addExpectedOutput(u"Say it."_s, QString(400, u'x'));
    SimulatedCall request = call(u"m"_s, u"Say it."_s);
    request.inputChars = 40;
    SimulatedAnswer answer = simulator.answer(request);
    QCOMPARE(answer.inputTokens, 10 + 4 + 3);
    QCOMPARE(answer.outputTokens, 100);
    QVERIFY(!answer.truncated);
    request.maxTokens = 10;
    answer = simulator.answer(request);
    QCOMPARE(answer.outputTokens, 10);
    QCOMPARE(answer.text.size(), 40);
    QVERIFY(answer.truncated);
}

void TestModelSimulator::latencyGrowsWithTheAnswer()
{
    ModelSimulator simulator;
    simulator.setProfile(u"m"_s, { 1.0, 400 });
    const QByteArray key = ModelSimulator::promptKey(u"p"_s);
    const qint64 label = simulator.latencyMs(u"m"_s, key, 2);
    const qint64 essay = simulator.latencyMs(u"m"_s, key, 800);
    QVERIFY2(label >= 250 && label <= 400, qPrintable(QString::number(label)));
    QVERIFY(essay > 8 * label);
    QCOMPARE(simulator.latencyMs(u"m"_s, key, 2), label);
}

void TestModelSimulator::profilesFromModelSpecs()
{
    ModelSimulator simulator;
    simulator.setDefaultProfile({ 0.5, 700 });
    ModelSpec simulated { .id = u"mini"_s, .model = u"gpt-mini"_s, .simulation = SimulationProfile { 0.9, 300 } };
    ModelSpec plain { .id = u"haiku"_s };
    simulator.setProfiles({ simulated, plain });
    QCOMPARE(simulator.profile(u"gpt-mini"_s), (SimulationProfile { 0.9, 300 }));
    QVERIFY(!simulator.hasProfile(u"mini"_s));
    QCOMPARE(simulator.profile(u"haiku"_s), (SimulationProfile { 0.5, 700 }));
    QVERIFY(simulator.hasProfile(u"haiku"_s));
}

QTEST_GUILESS_MAIN(TestModelSimulator)
#include "tst_modelsimulator.moc"
