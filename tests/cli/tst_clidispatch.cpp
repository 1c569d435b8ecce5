// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli dispatch, run as a process on data/dispatch.signalbox.yaml with a run written here
// whose figures are worked out by hand below.
#include "clifixture.h"
#include "results/resultsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString name = u"dispatch"_s;
const QString runId = u"2026-11-20T10-00-00"_s;

// mA and mB never answered c1; mD answered everything.
QList<ResultRecord> runResults()
{
    const QList<std::tuple<QString, QString, QString, bool, double>> rows {
        { u"A"_s, u"a1"_s, u"mA"_s, true, 0.001 },  { u"A"_s, u"a2"_s, u"mA"_s, true, 0.001 },
        { u"A"_s, u"a3"_s, u"mA"_s, false, 0.001 }, { u"B"_s, u"b1"_s, u"mA"_s, false, 0.001 },
        { u"B"_s, u"b2"_s, u"mA"_s, true, 0.001 },  { u"A"_s, u"a1"_s, u"mB"_s, false, 0.01 },
        { u"A"_s, u"a2"_s, u"mB"_s, false, 0.01 },  { u"A"_s, u"a3"_s, u"mB"_s, true, 0.01 },
        { u"B"_s, u"b1"_s, u"mB"_s, true, 0.01 },   { u"B"_s, u"b2"_s, u"mB"_s, true, 0.01 },
        { u"A"_s, u"a1"_s, u"mD"_s, true, 0.002 },  { u"A"_s, u"a2"_s, u"mD"_s, true, 0.002 },
        { u"A"_s, u"a3"_s, u"mD"_s, false, 0.002 }, { u"B"_s, u"b1"_s, u"mD"_s, true, 0.002 },
        { u"B"_s, u"b2"_s, u"mD"_s, false, 0.002 }, { u"C"_s, u"c1"_s, u"mD"_s, false, 0.002 },
    };
    QList<ResultRecord> records;
    for (const auto& [category, caseId, model, pass, cost] : rows) {
        ResultRecord record;
        record.runId = runId;
        record.category = category;
        record.caseId = caseId;
        record.modelId = model;
        record.output = pass ? category : u"wrong answer from "_s + model;
        record.pass = pass;
        record.score = pass ? 1.0 : 0.0;
        record.costUsd = cost;
        records.append(record);
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
    run.categories = { u"A"_s, u"B"_s, u"C"_s };
    run.modelIds = { u"mA"_s, u"mB"_s, u"mD"_s };
    ResultsStore store;
    return store.open(databasePath) && store.createRun(run) && store.insertResults(runResults());
}

QJsonObject json(const CliFixture::Result& result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}
} // namespace

class TestCliDispatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresAsJson()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid() && writeRun(fixture.database(name)));
        const auto result
            = CliFixture::run({ u"dispatch"_s, fixture.workspace(name), u"--sandbox"_s, u"--format"_s, u"json"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject report = json(result);
        QCOMPARE(report.value(u"requests"_s).toInt(), 6);
        const QJsonObject confusion = report.value(u"confusion"_s).toObject();
        QCOMPARE(confusion.value(u"A"_s).toObject(), (QJsonObject { { u"A"_s, 2 }, { u"B"_s, 1 } }));
        QCOMPARE(confusion.value(u"B"_s).toObject(), (QJsonObject { { u"B"_s, 2 } }));
        QCOMPARE(confusion.value(u"C"_s).toObject(), (QJsonObject { { u"A"_s, 1 } }));
        QCOMPARE(report.value(u"precision"_s).toObject().value(u"A"_s).toDouble(), 2.0 / 3);
        QVERIFY(report.value(u"precision"_s).toObject().value(u"C"_s).isNull());
        QCOMPARE(report.value(u"recall"_s).toObject().value(u"B"_s).toDouble(), 1.0);
        QCOMPARE(report.value(u"misroute_rate"_s).toDouble(), 2.0 / 6);
        QCOMPARE(report.value(u"unmatched_rate"_s).toDouble(), 0.0);
        const QJsonObject classifier = report.value(u"classifier"_s).toObject();
        QCOMPARE(classifier.value(u"calls"_s).toInt(), 2);
        QVERIFY(classifier.value(u"cost_per_1k_usd"_s).toDouble() > 0.0);
        QVERIFY(classifier.contains(u"latency_p50_ms"_s));

        // a1 mA pass; a2 mB fail; a3 (classifier: A) mA fail; b1 mB pass; b2 (classifier: B) mB
        // pass; c1 went to mA, which never answered it.
        const QJsonObject deployed = report.value(u"end_to_end"_s).toObject();
        QCOMPARE(deployed.value(u"cases"_s).toInt(), 5);
        QCOMPARE(deployed.value(u"not_evaluated"_s).toInt(), 1);
        QCOMPARE(deployed.value(u"pass_rate"_s).toDouble(), 0.6);
        const QJsonObject perfect = report.value(u"perfect_dispatch"_s).toObject();
        QCOMPARE(perfect.value(u"pass_rate"_s).toDouble(), 4.0 / 6);
        QCOMPARE(perfect.value(u"cases"_s).toInt(), 6);
        QVERIFY(qFuzzyCompare(perfect.value(u"cost_per_1k_usd"_s).toDouble(), 0.025 / 6 * 1000));
        const QJsonObject best = report.value(u"best_single_model"_s).toObject();
        QCOMPARE(best.value(u"model"_s).toString(), u"mD"_s);
        QCOMPARE(best.value(u"pass_rate"_s).toDouble(), 0.5);
        QCOMPARE(report.value(u"run"_s).toString(), runId);

        const QJsonArray misrouted = report.value(u"misrouted"_s).toArray();
        QCOMPARE(misrouted.size(), 2);
        const QJsonObject a2 = misrouted.at(0).toObject();
        QCOMPARE(a2.value(u"id"_s).toString(), u"a2"_s);
        QCOMPARE(a2.value(u"true"_s).toString(), u"A"_s);
        QCOMPARE(a2.value(u"predicted"_s).toString(), u"B"_s);
        QCOMPARE(a2.value(u"rule"_s).toInt(), 1);
        QCOMPARE(a2.value(u"model"_s).toString(), u"mB"_s);
        QCOMPARE(a2.value(u"answer"_s).toString(), u"wrong answer from mB"_s);
        const QJsonObject c1 = misrouted.at(1).toObject();
        QCOMPARE(c1.value(u"rule"_s).toInt(), 2);
        QVERIFY(c1.value(u"pass"_s).isNull()); // not evaluated, never guessed
    }

    void tableAndSample()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        QTemporaryDir dir;
        QFile sample(dir.filePath(u"traffic.jsonl"_s));
        QVERIFY(sample.open(QIODevice::WriteOnly));
        sample.write("{\"input\": \"refund my order\", \"category\": \"A\"}\n{\"input\": \"new order\", \"category\": \"A\"}\n");
        sample.close();
        const auto result = CliFixture::run({ u"dispatch"_s, fixture.workspace(name), u"--sample"_s, sample.fileName() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.startsWith(u"Dispatcher benchmark on 2 request"_s)); // "requests" once translated
        QVERIFY(result.out.section(u'\n', 0, 0).endsWith(u" from "_s + sample.fileName()));
        QVERIFY(result.out.contains(u"misroute rate: 50.0%"_s));
        QVERIFY(result.out.contains(u"line-1  A     B          rule 1"_s));
        QVERIFY(!result.out.contains(u"End to end"_s)); // no results database yet
        QVERIFY(result.err.contains(u"end-to-end figures need a run"_s));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown run") << QStringList { u"--run"_s, u"nope"_s } << 2 << u"names no run 'nope'"_s;
        QTest::newRow("bad format") << QStringList { u"--format"_s, u"csv"_s } << 2 << u"unknown format 'csv'"_s;
        QTest::newRow("missing sample") << QStringList { u"--sample"_s, u"/nonexistent/t.jsonl"_s } << 2
                                        << u"cannot read this file"_s;
        QTest::newRow("no key for the classifier") << QStringList {} << 1 << u"SIGNALBOX_CLI_TEST_OPENAI_KEY"_s;
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        CliFixture fixture;
        QVERIFY(fixture.isValid() && writeRun(fixture.database(name)));
        const auto result = CliFixture::run(QStringList { u"dispatch"_s, fixture.workspace(name) } + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void workspaceWithoutDispatcher()
    {
        CliFixture fixture;
        const auto result = CliFixture::run({ u"dispatch"_s, fixture.workspace(u"routing"_s) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"has no 'dispatcher:' section"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "tst_clidispatch.moc"
