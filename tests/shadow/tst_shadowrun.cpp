// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultsstore.h"
#include "sandbox/modelsimulator.h"
#include "shadow/pairwisejudge.h"
#include "shadow/shadowrun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(PairwisePreference)
Q_DECLARE_METATYPE(ShadowOutcome)

namespace {

const QString weak = u"weak"_s;
const QString strong = u"strong"_s;
const QString judge = u"judge"_s;
const QString replies = u"replies"_s;

ModelSpec model(const QString& id, double skill)
{
    ModelSpec spec { id, u"openai"_s, id };
    spec.price = { 1.0, 4.0 };
    spec.simulation = SimulationProfile { skill, 100 };
    return spec;
}

// Replies long enough that a weak model hedges: the simulated judge tells a hedge from the answer.
Workspace workspace()
{
    Workspace workspace;
    workspace.name = u"shadow run test"_s;
    Provider openai { u"openai"_s, ProviderKind::OpenAiCompatible };
    openai.key = { KeyReference::Store::Environment, u"SIGNALBOX_TEST_UNUSED_KEY"_s };
    workspace.providers = { openai };
    workspace.models = { model(weak, 0.0), model(strong, 1.0), model(judge, 0.9) };
    workspace.judgeModel = judge;
    Category category;
    category.name = replies;
    category.scorers = { ScorerSpec { u"equals"_s } };
    for (int i = 1; i <= 4; ++i) {
        TestCase testCase;
        testCase.id = u'r' + QString::number(i);
        testCase.prompt = u"Write the reply to ticket "_s + QString::number(1040 + i) + u" about a late refund."_s;
        testCase.expected = u"We refunded order "_s + QString::number(1040 + i)
            + u" to your card today; the money reaches your account within five working days."_s;
        category.cases.append(testCase);
    }
    workspace.categories = { category };
    return workspace;
}

// The cases' own prompts, which the sandbox knows the answers to, and two it does not know.
ShadowRunSpec spec(const QString& judgeModel = {})
{
    ShadowRunSpec spec;
    spec.category = replies;
    spec.baselineModelId = weak;
    spec.candidateModelIds = { strong };
    spec.judgeModelId = judgeModel;
    QStringList prompts;
    const Workspace known = workspace();
    for (const TestCase& testCase : known.categories.constFirst().cases)
        prompts.append(testCase.prompt);
    prompts << u"How do I change my delivery address?"_s << u"Can I pay by bank transfer?"_s;
    spec.inputs = parseShadowInputs(prompts.join(u'\n')).cases;
    return spec;
}

struct Harness {
    QTemporaryDir dir;
    ShadowRunner runner;
    QString database() const { return dir.filePath(u"shadow.signalbox.db"_s); }

    Harness() { runner.setSandboxTimeScale(0.0); }

    std::optional<RunInfo> run(const ShadowRunSpec& shadowSpec)
    {
        QSignalSpy finished(&runner, &ShadowRunner::finished);
        QSignalSpy failed(&runner, &ShadowRunner::failed);
        if (!runner.start(workspace(), shadowSpec, database(), true) || !finished.wait(30000)) {
            qWarning() << "shadow run did not finish:" << failed;
            return std::nullopt;
        }
        return finished.first().at(0).value<RunInfo>();
    }

    QList<ResultRecord> results(const QString& runId) const
    {
        ResultsStore store;
        store.open(database());
        return store.results(runId).value_or(QList<ResultRecord>());
    }
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return file.fileName();
}

QStringList prompts(const QList<TestCase>& cases)
{
    QStringList result;
    for (const TestCase& testCase : cases)
        result.append(testCase.id + u": " + testCase.prompt);
    return result;
}

} // namespace

class TestShadowRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsInputs_data();
    void readsInputs();
    void specTravelsInTheRunSettings();
    void specIsValidated();
    void parsesPairwiseAnswers_data();
    void parsesPairwiseAnswers();
    void combinesSwappedAskings_data();
    void combinesSwappedAskings();
    void sandboxJudgeLeansToTheFirstAnswer();
    void similarityRunIsStoredLikeAnyRun();
    void pairwiseJudgeSwapsPositions();
};

void TestShadowRun::readsInputs_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<int>("errors");

    QTest::newRow("text") << u"prompts.txt"_s << QByteArray("First prompt\r\n\n  \nSecond, with a comma\n")
                          << QStringList { u"input-1: First prompt"_s, u"input-2: Second, with a comma"_s } << 0;
    QTest::newRow("csv without ids") << u"traffic.csv"_s
                                     << QByteArray("timestamp,input,user\n2026-11-01,\"Hello, world\",u1\n"
                                                   "2026-11-02,\"Two\nlines\",u2\n2026-11-03,,u3\n")
                                     << QStringList { u"input-1: Hello, world"_s, u"input-2: Two\nlines"_s } << 0;
    QTest::newRow("csv with ids") << u"cases.csv"_s << QByteArray("id,prompt,expected\na,Alpha,x\nb,Beta,y\n")
                                  << QStringList { u"a: Alpha"_s, u"b: Beta"_s } << 0;
    QTest::newRow("csv without input") << u"bad.csv"_s << QByteArray("id,text\na,Alpha\n") << QStringList() << 1;
    QTest::newRow("jsonl") << u"inputs.jsonl"_s
                           << QByteArray("{\"id\": \"q1\", \"input\": \"Alpha\"}\n\"Beta\"\n{\"output\": 1}\n"
                                         "{\"prompt\": \"Gamma\"}\n{\"id\": \"q1\", \"input\": \"again\"}\n")
                           << QStringList { u"q1: Alpha"_s, u"input-2: Beta"_s, u"input-3: Gamma"_s } << 2;
}

void TestShadowRun::readsInputs()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, inputs);
    QFETCH(int, errors);

    QTemporaryDir dir;
    const ShadowInputs read = readShadowInputs(writeFile(dir, fileName, contents));
    QCOMPARE(prompts(read.cases), inputs);
    QCOMPARE(read.errors.size(), errors);
    for (const TestCase& input : read.cases)
        QVERIFY(input.expected.isEmpty());
    for (const FileError& error : read.errors) {
        QVERIFY(error.file.endsWith(fileName));
        QVERIFY(error.line > 0);
    }
    QCOMPARE(readShadowInputs(dir.filePath(u"missing.txt"_s)).errors.size(), 1);
}

void TestShadowRun::specTravelsInTheRunSettings()
{
    ShadowRunSpec original = spec(judge);
    original.inputs[0].systemPrompt = u"Be brief."_s;
    RunSettings settings;
    settings.shadow = original.toJson();
    RunInfo run;
    run.id = u"r"_s;
    run.settings = RunSettings::fromJson(settings.toJson());
    const auto read = shadowRunSpec(run);
    QVERIFY(read.has_value());
    QCOMPARE(read->category, original.category);
    QCOMPARE(read->baselineModelId, weak);
    QCOMPARE(read->candidateModelIds, QStringList { strong });
    QCOMPARE(read->judgeModelId, judge);
    QCOMPARE(read->inputs, original.inputs);
    QCOMPARE(read->scoring(), ShadowScoring::PairwiseJudge);
    QCOMPARE(shadowOptionsFor(run).cases, original.inputs);
    QCOMPARE(shadowOptionsFor(run).runId, u"r"_s);

    QVERIFY(!shadowRunSpec(RunInfo {}).has_value());
    QCOMPARE(shadowOptionsFor(RunInfo {}).scoring, ShadowScoring::Scores);
}

void TestShadowRun::specIsValidated()
{
    QVERIFY(spec().validate(workspace()).isEmpty());
    ShadowRunSpec broken = spec();
    broken.candidateModelIds = { weak };
    QVERIFY(!broken.validate(workspace()).isEmpty());
    broken = spec(u"nobody"_s);
    QVERIFY(!broken.validate(workspace()).isEmpty());
    broken = spec();
    broken.inputs.clear();
    QVERIFY(!broken.validate(workspace()).isEmpty());
    broken = spec();
    broken.category = u"unknown"_s;
    QVERIFY(!broken.validate(workspace()).isEmpty());
}

void TestShadowRun::parsesPairwiseAnswers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<PairwisePreference>("preference");

    QTest::newRow("json") << u"{\"reason\": \"fuller\", \"winner\": \"A\"}"_s << PairwisePreference::A;
    QTest::newRow("json fenced") << u"```json\n{\"winner\": \"b\"}\n```"_s << PairwisePreference::B;
    QTest::newRow("json tie") << u"{\"winner\": \"tie\", \"reason\": \"same\"}"_s << PairwisePreference::Tie;
    QTest::newRow("better key") << u"{\"better\": \"Answer B\"}"_s << PairwisePreference::B;
    QTest::newRow("labelled") << u"After weighing both, Winner: A"_s << PairwisePreference::A;
    QTest::newRow("bare") << u"B. It is more precise."_s << PairwisePreference::B;
    QTest::newRow("thinking") << u"<think>A looks short, winner: B?</think>{\"winner\": \"A\"}"_s
                              << PairwisePreference::A;
    QTest::newRow("nonsense") << u"I cannot decide anything here."_s << PairwisePreference::Unreadable;
    QTest::newRow("empty") << QString() << PairwisePreference::Unreadable;
}

void TestShadowRun::parsesPairwiseAnswers()
{
    QFETCH(QString, answer);
    QFETCH(PairwisePreference, preference);
    QCOMPARE(parsePairwiseAnswer(answer), preference);
}

void TestShadowRun::combinesSwappedAskings_data()
{
    QTest::addColumn<PairwisePreference>("candidateFirst");
    QTest::addColumn<PairwisePreference>("baselineFirst");
    QTest::addColumn<ShadowOutcome>("outcome");

    using P = PairwisePreference;
    QTest::newRow("candidate both times") << P::A << P::B << ShadowOutcome::Better;
    QTest::newRow("baseline both times") << P::B << P::A << ShadowOutcome::Worse;
    QTest::newRow("first position both times") << P::A << P::A << ShadowOutcome::Same;
    QTest::newRow("second position both times") << P::B << P::B << ShadowOutcome::Same;
    QTest::newRow("tie and candidate") << P::Tie << P::B << ShadowOutcome::Same;
    QTest::newRow("ties") << P::Tie << P::Tie << ShadowOutcome::Same;
    QTest::newRow("unreadable") << P::Unreadable << P::B << ShadowOutcome::Undecided;
}

void TestShadowRun::combinesSwappedAskings()
{
    QFETCH(PairwisePreference, candidateFirst);
    QFETCH(PairwisePreference, baselineFirst);
    QFETCH(ShadowOutcome, outcome);
    QCOMPARE(combinePairwise(candidateFirst, baselineFirst), outcome);
}

void TestShadowRun::sandboxJudgeLeansToTheFirstAnswer()
{
    ModelSimulator simulator;
    const QString right = u"We refunded order 1041 to your card today."_s;
    simulator.addExpectedOutput(u"Reply to 1041"_s, right);
    const QString hedge = u"We refunded order 1041 I am not certain about the rest."_s;
    const QString plain = u"Here is a concise response about it."_s;
    const auto call = [](const QString& a, const QString& b) {
        const JudgePrompt prompt = pairwiseJudgePrompt(u"Reply to 1041"_s, a, b);
        return SimulatedCall { judge, prompt.systemPrompt, prompt.userPrompt };
    };
    const auto ask
        = [&](const QString& a, const QString& b) { return parsePairwiseAnswer(simulator.answer(call(a, b)).text); };
    QVERIFY(ModelSimulator::isPairwiseJudgeRequest(call(right, hedge)));
    QVERIFY(!ModelSimulator::isJudgeRequest(call(right, hedge)));
    // Two answers alike: the judge picks whichever comes first, and the swap turns that into a tie.
    QCOMPARE(ask(plain, plain + u" Thanks."), PairwisePreference::A);
    QCOMPARE(ask(plain + u" Thanks.", plain), PairwisePreference::A);
    QCOMPARE(combinePairwise(ask(plain, plain + u" Thanks."), ask(plain + u" Thanks.", plain)), ShadowOutcome::Same);
    // A right answer against a hedge wins in either position.
    QCOMPARE(combinePairwise(ask(right, hedge), ask(hedge, right)), ShadowOutcome::Better);
    QCOMPARE(combinePairwise(ask(hedge, right), ask(right, hedge)), ShadowOutcome::Worse);
}

void TestShadowRun::similarityRunIsStoredLikeAnyRun()
{
    Harness harness;
    const auto run = harness.run(spec());
    QVERIFY(run.has_value());
    QCOMPARE(run->status, RunStatus::Completed);
    QVERIFY(run->simulated);
    QCOMPARE(run->modelIds, QStringList({ weak, strong }));
    QCOMPARE(shadowRunSpec(*run)->inputs, spec().inputs);

    const QList<ResultRecord> results = harness.results(run->id);
    QCOMPARE(results.size(), 12);
    QHash<QString, QString> baseline;
    for (const ResultRecord& result : results) {
        QVERIFY2(!result.isError(), qPrintable(result.errorMessage));
        if (result.modelId == weak) {
            QCOMPARE(result.score, 1.0);
            baseline.insert(result.caseId, result.output);
        }
    }
    for (const ResultRecord& result : results) {
        if (result.modelId == strong)
            QCOMPARE(result.score, wordSimilarity(baseline.value(result.caseId), result.output));
    }

    const ShadowComparison comparison
        = compareShadow(workspace(), results, replies, weak, { strong }, {}, shadowOptionsFor(*run));
    QCOMPARE(comparison.scoring, ShadowScoring::Similarity);
    QCOMPARE(comparison.cases.size(), 6);
    QCOMPARE(comparison.cases.at(4).input, u"How do I change my delivery address?"_s);
    const ShadowSummary& summary = comparison.summaries.at(0);
    QCOMPARE(summary.cases, 6);
    QCOMPARE(summary.byScore.wins + summary.byScore.losses, 0); // similarity alone cannot say which is better
    QCOMPARE(summary.byScore.ties, summary.agreements);
    QVERIFY(summary.disagreements >= 4); // the weak model hedges on every known reply
}

void TestShadowRun::pairwiseJudgeSwapsPositions()
{
    Harness harness;
    QSignalSpy phases(&harness.runner, &ShadowRunner::phaseChanged);
    const auto run = harness.run(spec(judge));
    QVERIFY(run.has_value());
    QCOMPARE(phases.size(), 3); // answers, judging, saving

    const QList<ResultRecord> results = harness.results(run->id);
    QCOMPARE(results.size(), 12); // the judge's calls are not results of the run
    double judgeCost = 0.0;
    for (const ResultRecord& result : results) {
        judgeCost += result.judgeCostUsd;
        if (result.modelId == weak)
            QCOMPARE(result.score, 0.5);
    }
    QVERIFY(judgeCost > 0.0);
    QVERIFY(run->spentUsd >= judgeCost);

    const ShadowComparison comparison
        = compareShadow(workspace(), results, replies, weak, { strong }, {}, shadowOptionsFor(*run));
    QCOMPARE(comparison.scoring, ShadowScoring::PairwiseJudge);
    // The strong model's replies beat the weak one's hedges whichever comes first; on the prompts the
    // sandbox does not know, both answer generically, the judge prefers position A both times and
    // the swap makes that a tie.
    QCOMPARE(comparison.summaries.at(0).byScore, (ShadowTally { 4, 2, 0, 0 }));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(comparison.cases.at(i).candidates.at(0).byScore, ShadowOutcome::Better);
}

QTEST_GUILESS_MAIN(TestShadowRun)
#include "tst_shadowrun.moc"
