// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli report, run as a process on a results database written here with ResultsStore:
// a baseline run and a newer run in which mini lost every tickets case (a real regression).
#include "clifixture.h"
#include "results/resultsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString baselineId = u"2026-11-20T10-00-00"_s;
const QString currentId = u"2026-11-21T10-00-00"_s;
const QStringList models { u"mini"_s, u"haiku"_s, u"flash"_s };
const QList<std::pair<QString, int>> categories { { u"tickets"_s, 5 }, { u"sentiment"_s, 4 } };

RunInfo runInfo(const QString& id, int day)
{
    RunInfo run;
    run.id = id;
    run.startedAt = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(60);
    run.status = RunStatus::Completed;
    run.categories = { u"tickets"_s, u"sentiment"_s };
    run.modelIds = models;
    run.simulated = true;
    return run;
}

// Every case passes, at $0.001 a request, except tickets on mini in the run that regressed.
QList<ResultRecord> results(const RunInfo& run, bool miniRegressed)
{
    QList<ResultRecord> records;
    for (const auto& [category, cases] : categories) {
        for (const QString& model : models) {
            for (int i = 1; i <= cases; ++i) {
                ResultRecord record;
                record.runId = run.id;
                record.category = category;
                record.caseId = category.left(1) + QString::number(i);
                record.modelId = model;
                record.pass = !(miniRegressed && category == u"tickets"_s && model == u"mini"_s);
                record.score = record.pass ? 1.0 : 0.0;
                record.costUsd = 0.001;
                record.latencyMs = 100 * i;
                record.finishedAt = run.finishedAt;
                records.append(record);
            }
        }
    }
    return records;
}

bool writeRuns(const QString& databasePath)
{
    ResultsStore store;
    if (!store.open(databasePath))
        return false;
    const RunInfo baseline = runInfo(baselineId, 20);
    const RunInfo current = runInfo(currentId, 21);
    return store.createRun(baseline) && store.insertResults(results(baseline, false)) && store.createRun(current)
        && store.insertResults(results(current, true));
}

// The cells after category and model of the table row of a cell, split at runs of spaces.
QStringList tableRow(const QString& out, const QString& category, const QString& model)
{
    const QRegularExpression row(u"^  %1 +%2 +(.*)$"_s.arg(category, model), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = row.match(out);
    return match.hasMatch() ? match.captured(1).split(QRegularExpression(u" {2,}"_s)) : QStringList();
}

QJsonObject jsonRow(const QJsonArray& rows, const QString& category, const QString& model)
{
    for (const QJsonValue& row : rows) {
        if (row[u"category"_s] == category && row[u"model"_s] == model)
            return row.toObject();
    }
    return {};
}
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<CliFixture>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(writeRuns(m_fixture->database()));
    }

    void reportsTheNewestRunByDefault()
    {
        const CliFixture::Result result = CliFixture::run({ u"report"_s, m_fixture->workspace() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(u"Run %1\n"_s.arg(currentId)), qPrintable(result.out));
        // 0 of 5 passed: Wilson [0, 0.434], below the default bar of 0.9; $0.001 a request.
        QCOMPARE(tableRow(result.out, u"tickets"_s, u"mini"_s),
                 (QStringList { u"5"_s, u"0.0%"_s, u"0.0-43.4%"_s, u"fails"_s, u"0%"_s, u"$1.00"_s, u"$0.0010"_s,
                                u"300"_s, u"500"_s, u"0"_s, u"0"_s, u"100.0%"_s, u"0.0%"_s }));
        QCOMPARE(tableRow(result.out, u"sentiment"_s, u"haiku"_s).value(1), u"100.0%"_s);
        QVERIFY(!result.out.contains(u"REGRESSION"_s));
        QVERIFY(result.err.isEmpty());
    }

    void aNamedRunIsReported()
    {
        const CliFixture::Result result
            = CliFixture::run({ u"report"_s, m_fixture->workspace(), u"--run"_s, baselineId });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(u"Run %1\n"_s.arg(baselineId)));
        QCOMPARE(tableRow(result.out, u"tickets"_s, u"mini"_s).value(1), u"100.0%"_s);
    }

    void theBaselineShowsTheRegression()
    {
        const CliFixture::Result result
            = CliFixture::run({ u"report"_s, m_fixture->workspace(), u"--baseline"_s, baselineId });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err)); // found, but not asked to fail on it
        QVERIFY(result.out.startsWith(u"Run %1 against baseline %2\n"_s.arg(currentId, baselineId)));
        const QStringList mini = tableRow(result.out, u"tickets"_s, u"mini"_s);
        // [0, 0.434] lies below [0.566, 1]: the intervals part. McNemar: 5 lost, none gained, p = 2/32.
        QCOMPARE(mini.mid(13), (QStringList { u"100.0%"_s, u"-100.0 pp"_s, u"$0.00"_s, u"0.063"_s, u"REGRESSION"_s }));
        QCOMPARE(tableRow(result.out, u"tickets"_s, u"haiku"_s).mid(13),
                 (QStringList { u"100.0%"_s, u"0.0 pp"_s, u"$0.00"_s, u"1.000"_s }));
        QVERIFY(result.out.contains(u"\n1 regression, 0 improvements"_s)); // plural forms from the English catalogue
    }

    void failOnRegressionExitsWithOne()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"report"_s, m_fixture->workspace(), u"--baseline"_s, baselineId, u"--fail-on-regression"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(u"REGRESSION"_s)); // the report is printed all the same
        QVERIFY2(result.err.contains(u"against baseline %1"_s.arg(baselineId)), qPrintable(result.err));
    }

    void failOnRegressionPassesAnImprovement()
    {
        // The other way round: mini went from 0 of 5 to 5 of 5.
        const CliFixture::Result result = CliFixture::run({ u"report"_s, m_fixture->workspace(), u"--run"_s, baselineId,
                                                            u"--baseline"_s, currentId, u"--fail-on-regression"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(tableRow(result.out, u"tickets"_s, u"mini"_s).constLast(), u"improvement"_s);
    }

    void csvAgainstTheBaseline()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"report"_s, m_fixture->workspace(), u"--baseline"_s, baselineId, u"--format"_s, u"csv"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(u"\r\n"_s);
        QCOMPARE(lines.size(), 1 + 6 + 1); // header, 2 categories x 3 models, nothing after the last CRLF
        QVERIFY(lines.at(0).startsWith(u"category,model,cases,trials,passes,accuracy,"_s));
        QVERIFY(lines.at(0).endsWith(u",p_value,regression,improvement"_s));
        // P(p >= 0.9) of 0 of 5 is 7.8e-7: 0 at four decimals. No category prices errors: three empty fields.
        QCOMPARE(lines.at(1),
                 u"tickets,mini,5,5,0,0,0,0.4345,no,0,1,0.001,300,500,0,0,1,0,,,,1,-1,0,0.0625,true,false"_s);
    }

    void jsonAgainstTheBaseline()
    {
        const CliFixture::Result result
            = CliFixture::run({ u"report"_s, m_fixture->workspace(), u"--baseline"_s, baselineId, u"--format=json"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document[u"run"_s].toString(), currentId);
        QCOMPARE(document[u"baseline"_s].toString(), baselineId);
        QCOMPARE(document[u"regressions"_s].toInt(), 1);
        QCOMPARE(document[u"improvements"_s].toInt(), 0);
        const QJsonArray rows = document[u"rows"_s].toArray();
        QCOMPARE(rows.size(), 6);
        const QJsonObject mini = jsonRow(rows, u"tickets"_s, u"mini"_s);
        QCOMPARE(mini[u"accuracy"_s].toDouble(), 0.0);
        QCOMPARE(mini[u"baseline_accuracy"_s].toDouble(), 1.0);
        QCOMPARE(mini[u"p_value"_s].toDouble(), 0.0625);
        QCOMPARE(mini[u"regression"_s].toBool(), true);
        QCOMPARE(jsonRow(rows, u"sentiment"_s, u"flash"_s)[u"regression"_s].toBool(), false);
    }

    void anUnknownRunListsTheRuns()
    {
        const CliFixture::Result result
            = CliFixture::run({ u"report"_s, m_fixture->workspace(), u"--baseline"_s, u"2025-01-01T00-00-00"_s });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"--baseline names no run '2025-01-01T00-00-00'"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"%1, %2"_s.arg(currentId, baselineId)), qPrintable(result.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("no workspace") << QStringList() << u"expected the path of a workspace file"_s;
        QTest::newRow("bad format") << QStringList { u"--format"_s, u"xml"_s } << u"unknown format 'xml'"_s;
        QTest::newRow("fail without baseline")
            << QStringList { u"--fail-on-regression"_s } << u"--fail-on-regression needs a --baseline"_s;
        QTest::newRow("same run") << QStringList { u"--run"_s, currentId, u"--baseline"_s, currentId }
                                  << u"name the same run"_s;
        QTest::newRow("unknown option") << QStringList { u"--colour"_s } << u"Unknown option 'colour'"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QStringList arguments = QStringList { u"report"_s } + options;
        if (!message.contains(u"workspace file"_s))
            arguments.append(m_fixture->workspace());
        const CliFixture::Result result = CliFixture::run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void aWorkspaceWithoutResultsIsAnError()
    {
        const CliFixture::Result result = CliFixture::run({ u"report"_s, m_fixture->workspace(u"rubric"_s) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"no results database beside the workspace"_s), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(m_fixture->database(u"rubric"_s))); // and it made none
    }

    void aBrokenWorkspaceIsAnError()
    {
        const CliFixture::Result result = CliFixture::run({ u"report"_s, m_fixture->workspace(u"broken"_s) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"broken.signalbox.yaml:"_s), qPrintable(result.err));
    }

private:
    std::unique_ptr<CliFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
