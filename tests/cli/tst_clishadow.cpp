// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli shadow, run as a process: on a run written here with ResultsStore (haiku right on
// every ticket, mini wrong on t2 and t4, one verdict set), and on unlabelled inputs answered by the
// sandbox.
#include "clifixture.h"
#include "results/resultsstore.h"
#include "shadow/shadowrun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString runId = u"2026-11-20T10-00-00"_s;
const QStringList labels { u"billing"_s, u"account"_s, u"shipping"_s, u"returns"_s, u"billing"_s };

QList<ResultRecord> results()
{
    QList<ResultRecord> records;
    for (const QString& model : { u"haiku"_s, u"mini"_s }) {
        for (int i = 1; i <= 5; ++i) {
            ResultRecord record;
            record.runId = runId;
            record.category = u"tickets"_s;
            record.caseId = u't' + QString::number(i);
            record.modelId = model;
            const bool wrong = model == u"mini"_s && (i == 2 || i == 4);
            record.output = wrong ? u"shipping"_s : labels.at(i - 1);
            record.pass = !wrong;
            record.score = record.pass ? 1.0 : 0.0;
            record.costUsd = model == u"haiku"_s ? 0.002 : 0.0002;
            record.latencyMs = model == u"haiku"_s ? 800 : 400;
            records.append(record);
        }
    }
    return records;
}

bool writeRun(const QString& databasePath)
{
    RunInfo run;
    run.id = runId;
    run.startedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(60);
    run.status = RunStatus::Completed;
    run.categories = { u"tickets"_s };
    run.modelIds = { u"haiku"_s, u"mini"_s };
    ResultsStore store;
    return store.open(databasePath) && store.createRun(run) && store.insertResults(results())
        && store.setVerdict({ u"tickets"_s, u"t4"_s, u"haiku"_s, u"mini"_s, Verdict::Worse, u"wrong queue"_s, runId });
}

// The value of a summary line ("  agreement   60% (3 of 5)").
QString summaryValue(const QString& out, const QString& label)
{
    const QRegularExpression line(u"^  %1 {2,}(.*)$"_s.arg(label), QRegularExpression::MultilineOption);
    return line.match(out).captured(1);
}

QString writeInputs(const QString& folder)
{
    QFile file(folder + u"/prompts.txt");
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("My invoice shows two charges for March.\nWhere is parcel 1182? It is a week late.\n"
               "Do you ship to Norway?\n");
    return file.fileName();
}
} // namespace

class TestCliShadow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<CliFixture>();
        QVERIFY(m_fixture->isValid());
    }

    void comparesTheNewestRunWithBothModels()
    {
        QVERIFY(writeRun(m_fixture->database()));
        const CliFixture::Result result
            = CliFixture::run({ u"shadow"_s, m_fixture->workspace(), u"--category"_s, u"tickets"_s, u"--baseline"_s,
                                u"haiku"_s, u"--candidate"_s, u"mini"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(u"Shadow comparison of category tickets on run %1\n"_s.arg(runId)),
                 qPrintable(result.out));
        QCOMPARE(summaryValue(result.out, u"agreement"_s), u"60.0% (3 of 5)"_s);
        QCOMPARE(summaryValue(result.out, u"by score"_s), u"0 better · 3 same · 2 worse"_s);
        QCOMPARE(summaryValue(result.out, u"by your verdicts"_s),
                 u"0 better · 0 same · 1 worse · 4 without a verdict"_s);
        QCOMPARE(summaryValue(result.out, u"accuracy"_s), u"100.0% → 60.0%"_s);
        QCOMPARE(summaryValue(result.out, u"cost per request"_s), u"$0.0020 → $0.00020 (-90%)"_s);
        QCOMPARE(summaryValue(result.out, u"mean latency"_s), u"800 ms → 400 ms (-50%)"_s);
        QVERIFY(result.out.contains(u"Disagreements, mini against haiku:"_s));
        QVERIFY(QRegularExpression(u"\\n  t2 +worse +account +shipping\\n"_s).match(result.out).hasMatch());
        QVERIFY(QRegularExpression(u"\\n  t4 +worse / worse +returns +shipping\\n"_s).match(result.out).hasMatch());
        QVERIFY(!result.out.contains(u"  t1 "_s));
    }

    void answersUnlabelledInputsInTheSandbox()
    {
        const QString inputs = writeInputs(QFileInfo(m_fixture->workspace()).path());
        const CliFixture::Result result = CliFixture::run(
            { u"shadow"_s, m_fixture->workspace(), u"--category"_s, u"tickets"_s, u"--baseline"_s, u"haiku"_s,
              u"--candidate"_s, u"mini,flash"_s, u"--inputs"_s, inputs, u"--sandbox"_s, u"--all"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        // "input(s)" until the English catalogue has the plural forms of the new strings.
        QVERIFY2(QRegularExpression(
                     u"\\(3 unlabelled input\\S*, compared by similarity\\) \\[sandbox: simulated answers\\]"_s)
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));
        QCOMPARE(summaryValue(result.out, u"cases"_s), u"3"_s);
        QVERIFY(result.out.contains(u"Cases, flash against haiku:"_s));
        QVERIFY(result.out.contains(u"  input-3 "_s));
        QVERIFY(summaryValue(result.out, u"accuracy"_s).isEmpty()); // no expected outputs

        const QList<RunInfo> runs = m_fixture->runs();
        QCOMPARE(runs.size(), 1);
        const auto spec = shadowRunSpec(runs.constFirst());
        QVERIFY(spec.has_value());
        QCOMPARE(spec->inputs.size(), 3);
        QCOMPARE(m_fixture->results(runs.constFirst().id).size(), 9);
    }

    void aJudgeComparesThePairs()
    {
        const QString inputs = writeInputs(QFileInfo(m_fixture->workspace()).path());
        const CliFixture::Result result = CliFixture::run(
            { u"shadow"_s, m_fixture->workspace(), u"--category"_s, u"tickets"_s, u"--baseline"_s, u"haiku"_s,
              u"--candidate"_s, u"mini"_s, u"--inputs"_s, inputs, u"--sandbox"_s, u"--judge"_s, u"flash"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"judged by flash"_s), qPrintable(result.out));
        QVERIFY(result.err.contains(u"judging: flash"_s));
        QVERIFY(!summaryValue(result.out, u"by the judge"_s).isEmpty());
    }

    void wrongCommandLinesExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");

        QTest::newRow("no candidate") << QStringList { u"--category"_s, u"tickets"_s, u"--baseline"_s, u"haiku"_s }
                                      << u"one to three models"_s;
        QTest::newRow("unknown category")
            << QStringList { u"--category"_s, u"nope"_s, u"--candidate"_s, u"mini"_s } << u"no category"_s;
        QTest::newRow("no routed model") << QStringList { u"--category"_s, u"tickets"_s, u"--candidate"_s, u"mini"_s }
                                         << u"no routed model"_s;
        QTest::newRow("unknown model") << QStringList { u"--category"_s, u"tickets"_s,     u"--baseline"_s,
                                                        u"haiku"_s,      u"--candidate"_s, u"gpt-9"_s }
                                       << u"no model 'gpt-9'"_s;
        QTest::newRow("sandbox without inputs")
            << QStringList { u"--category"_s, u"tickets"_s, u"--candidate"_s, u"mini"_s, u"--sandbox"_s }
            << u"go with --inputs"_s;
    }

    void wrongCommandLinesExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliFixture::Result result
            = CliFixture::run(QStringList { u"shadow"_s, m_fixture->workspace() } + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void aCancelledShadowRunIsNotResumed()
    {
        RunInfo run;
        run.id = runId;
        run.startedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        run.status = RunStatus::Cancelled;
        run.categories = { u"tickets"_s };
        run.modelIds = { u"haiku"_s, u"mini"_s };
        ShadowRunSpec spec { u"tickets"_s, u"haiku"_s, { u"mini"_s }, {}, {} };
        spec.inputs.append(TestCase { u"input-1"_s, {}, u"Hello"_s });
        run.settings.shadow = spec.toJson();
        ResultsStore store;
        QVERIFY(store.open(m_fixture->database()) && store.createRun(run));
        store.close();
        CliFixture::Result result
            = CliFixture::run({ u"run"_s, m_fixture->workspace(), u"--sandbox"_s, u"--resume"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"nothing to resume"_s), qPrintable(result.err));
        result = CliFixture::run({ u"run"_s, m_fixture->workspace(), u"--sandbox"_s, u"--resume="_s + runId });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"is a shadow run"_s), qPrintable(result.err));
    }

    void noRunToCompareExitsWithOne()
    {
        const CliFixture::Result result
            = CliFixture::run({ u"shadow"_s, m_fixture->workspace(), u"--category"_s, u"tickets"_s, u"--baseline"_s,
                                u"haiku"_s, u"--candidate"_s, u"mini"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"run 'signalbox-cli run' first"_s), qPrintable(result.err));
    }

private:
    std::unique_ptr<CliFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestCliShadow)
#include "tst_clishadow.moc"
