// SPDX-License-Identifier: GPL-3.0-or-later
#include "clifixture.h"

#include <algorithm>
#include <cmath>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList categories { u"tickets"_s, u"sentiment"_s };
const QStringList models { u"mini"_s, u"haiku"_s, u"flash"_s };
constexpr int casesOf[] = { 5, 4 }; // of tickets and sentiment

// The cells of the summary table's row for a category and model.
QStringList summaryRow(const QString& out, const QString& category, const QString& model)
{
    const QRegularExpression row(u"^  %1 +%2 +(.*)$"_s.arg(category, model), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = row.match(out);
    return match.hasMatch() ? match.captured(1).split(u' ', Qt::SkipEmptyParts) : QStringList();
}

double dollars(const QString& cell)
{
    return cell.startsWith(u'$') ? cell.mid(1).toDouble() : -1.0;
}

struct Cell {
    QSet<QString> cases;
    int answers = 0;
    int passed = 0;
    int errors = 0;
    double cost = 0.0;
    QList<qint64> latencies;
};

// The summary's numbers worked out again from the database.
Cell cellOf(const QList<ResultRecord>& results, const QString& category, const QString& model)
{
    Cell cell;
    for (const ResultRecord& result : results) {
        if (result.category != category || result.modelId != model)
            continue;
        cell.cases.insert(result.caseId);
        ++cell.answers;
        cell.passed += result.pass ? 1 : 0;
        cell.errors += result.isError() ? 1 : 0;
        cell.cost += result.totalCostUsd();
        cell.latencies.append(result.latencyMs);
    }
    std::sort(cell.latencies.begin(), cell.latencies.end());
    return cell;
}

void compareRow(const QStringList& row, const Cell& cell)
{
    QCOMPARE(row.size(), 9);
    QCOMPARE(row.at(0), QString::number(cell.cases.size()));
    QCOMPARE(row.at(1), QString::number(100.0 * cell.passed / cell.answers, 'f', 1) + u'%');
    QCOMPARE(row.at(3), QString::number(cell.errors));
    QVERIFY2(std::abs(dollars(row.at(5)) - cell.cost) <= cell.cost * 0.05, qPrintable(row.at(5)));
    const qsizetype p95Rank = qsizetype(std::ceil(0.95 * double(cell.latencies.size())));
    QCOMPARE(row.at(7), QString::number(cell.latencies.at(p95Rank - 1)));
    QCOMPARE(row.at(8), u"simulated"_s);
}
} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sandboxRunSavesEveryResultAndSummarisesThem()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result result = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(u"estimate: 27 calls"_s), qPrintable(result.err));

        const QList<RunInfo> runs = fixture.runs();
        QCOMPARE(runs.size(), 1);
        const RunInfo& run = runs.first();
        QCOMPARE(run.status, RunStatus::Completed);
        QVERIFY(run.simulated);
        QCOMPARE(run.settings.concurrency, 0);
        QVERIFY(result.err.contains(u"starting run %1: 27 jobs"_s.arg(run.id)));
        QVERIFY(result.err.contains(QRegularExpression(u"^27/27 jobs \\(100%\\) · errors: 0 · \\$[0-9.]+ spent$"_s,
                                                       QRegularExpression::MultilineOption)));

        const QList<ResultRecord> results = fixture.results(run.id);
        QCOMPARE(results.size(), 27);
        QCOMPARE(distinctJobs(results), 27);
        QVERIFY(
            std::all_of(results.cbegin(), results.cend(), [](const ResultRecord& r) { return r.score.has_value(); }));

        QVERIFY2(result.out.startsWith(u"Run %1: completed (simulated"_s.arg(run.id)), qPrintable(result.out));
        for (const QString& category : categories) {
            for (const QString& model : models)
                compareRow(summaryRow(result.out, category, model), cellOf(results, category, model));
        }
        QVERIFY(result.out.contains(QRegularExpression(u"\\nTotal: 27 answers, passed \\d+ "_s)));
    }

    void optionsShapeTheRun()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result result
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--categories"_s, u"sentiment"_s,
                                u"--models=flash,mini"_s, u"--repeats"_s, u"2"_s, u"--temperature"_s, u"0.5"_s,
                                u"--max-tokens"_s, u"64"_s, u"--concurrency"_s, u"3"_s, u"--no-cache"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<RunInfo> runs = fixture.runs();
        QCOMPARE(runs.size(), 1);
        const RunInfo& run = runs.first();
        QCOMPARE(run.categories, QStringList { u"sentiment"_s });
        QCOMPARE(run.modelIds, (QStringList { u"flash"_s, u"mini"_s }));
        QCOMPARE(run.repeats, 2);
        QCOMPARE(run.settings.temperature, 0.5);
        QCOMPARE(run.settings.maxTokens, 64);
        QCOMPARE(run.settings.concurrency, 3);
        QVERIFY(!run.settings.cacheEnabled);
        QCOMPARE(fixture.results(run.id).size(), 4 * 2 * 2);
        QVERIFY(result.out.contains(u"each case answered 2 times"_s));
        QCOMPARE(summaryRow(result.out, u"sentiment"_s, u"flash"_s).value(0), u"4"_s);
        QVERIFY(summaryRow(result.out, u"tickets"_s, u"flash"_s).isEmpty());
        QVERIFY(summaryRow(result.out, u"sentiment"_s, u"haiku"_s).isEmpty());
    }

    void budgetStopsTheRunWithStatusThree()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result result
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--budget"_s, u"0.00001"_s,
                                u"--concurrency"_s, u"1"_s, u"--no-cache"_s },
                              0.2);
        QVERIFY2(result.exitCode == 3, qPrintable(result.err));
        QVERIFY2(result.err.contains(u"stopped early: it spent $"_s), qPrintable(result.err));
        const RunInfo run = fixture.runs().value(0);
        QCOMPARE(run.status, RunStatus::Cancelled);
        const qsizetype saved = fixture.results(run.id).size();
        QVERIFY2(saved > 0 && saved < 27, qPrintable(QString::number(saved)));
        QVERIFY(result.out.contains(u"\nTotal: %1 answers"_s.arg(saved)));
    }

    void everyJobInErrorIsAFailure()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result result = CliFixture::run({ u"run"_s, fixture.workspace(u"rubric"_s), u"--sandbox"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"warning: category 'replies' has llm-rubric scorers, which need --judge"_s),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(u"first error: replies/r1 on mini: llm-rubric"_s));
        QCOMPARE(summaryRow(result.out, u"replies"_s, u"mini"_s).value(3), u"2"_s);

        const CliFixture::Result judged = CliFixture::run(
            { u"run"_s, fixture.workspace(u"rubric"_s), u"--sandbox"_s, u"--judge"_s, u"mini"_s, u"--no-cache"_s });
        QVERIFY2(judged.exitCode == 0, qPrintable(judged.err));
        QVERIFY(!judged.err.contains(u"warning:"_s));
    }

    void realProvidersNeedTheirKeys()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result result
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--models"_s, u"mini"_s, u"--yes"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"SIGNALBOX_CLI_TEST_OPENAI_KEY is not set"_s), qPrintable(result.err));
        QCOMPARE(fixture.runs().value(0).status, RunStatus::Failed);
        QVERIFY(result.out.isEmpty());
    }

    void brokenWorkspaceGivesLocatedErrors()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const QString path = fixture.workspace(u"broken"_s);
        const CliFixture::Result result = CliFixture::run({ u"run"_s, path, u"--sandbox"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path + u":13:5: unknown key 'treshold' in a category"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFileInfo::exists(fixture.database(u"broken"_s)));

        const CliFixture::Result missing = CliFixture::run({ u"run"_s, path + u".nowhere"_s, u"--sandbox"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"cannot read the workspace file: it does not exist"_s), qPrintable(missing.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("timeScale"); // of SIGNALBOX_SANDBOX_TIME_SCALE
        QTest::addColumn<QString>("message");
        const QString ws = u"WORKSPACE"_s;
        QTest::newRow("no workspace") << QStringList { u"run"_s } << u"0"_s << u"expected the path of a workspace"_s;
        QTest::newRow("two workspaces") << QStringList { u"run"_s, ws, ws } << u"0"_s << u"found 2 arguments"_s;
        QTest::newRow("unknown option") << QStringList { u"run"_s, ws, u"--fast"_s } << u"0"_s
                                        << u"Unknown option 'fast'"_s;
        QTest::newRow("repeats zero") << QStringList { u"run"_s, ws, u"--repeats"_s, u"0"_s } << u"0"_s
                                      << u"--repeats must be a whole number from 1 to 10, not '0'"_s;
        QTest::newRow("repeats word") << QStringList { u"run"_s, ws, u"--repeats=two"_s } << u"0"_s
                                      << u"--repeats must be a whole number"_s;
        QTest::newRow("budget zero") << QStringList { u"run"_s, ws, u"--budget"_s, u"0"_s } << u"0"_s
                                     << u"--budget must be an amount of dollars above 0"_s;
        QTest::newRow("negative concurrency") << QStringList { u"run"_s, ws, u"--concurrency=-1"_s } << u"0"_s
                                              << u"--concurrency must be a whole number from 0"_s;
        QTest::newRow("hot temperature") << QStringList { u"run"_s, ws, u"--temperature"_s, u"2.5"_s } << u"0"_s
                                         << u"--temperature must be a number from 0 to 2"_s;
        QTest::newRow("no such category") << QStringList { u"run"_s, ws, u"--categories"_s, u"tickets,spam"_s }
                                          << u"0"_s << u"There is no category named 'spam'."_s;
        QTest::newRow("no such model") << QStringList { u"run"_s, ws, u"--models"_s, u"gpt-9"_s } << u"0"_s
                                       << u"There is no model with id 'gpt-9'."_s;
        QTest::newRow("no such judge") << QStringList { u"run"_s, ws, u"--judge"_s, u"oracle"_s } << u"0"_s
                                       << u"--judge names model 'oracle'"_s;
        QTest::newRow("resume with settings") << QStringList { u"run"_s, ws, u"--resume"_s, u"--budget"_s, u"2"_s }
                                              << u"0"_s << u"cannot be combined with --budget"_s;
        QTest::newRow("resume with two ids")
            << QStringList { u"run"_s, ws, u"--resume"_s, u"a"_s, u"b"_s } << u"0"_s << u"at most one run id"_s;
        QTest::newRow("retry-failed without resume") << QStringList { u"run"_s, ws, u"--retry-failed"_s } << u"0"_s
                                                     << u"--retry-failed goes with --resume"_s;
        QTest::newRow("bad time scale") << QStringList { u"run"_s, ws, u"--sandbox"_s } << u"fast"_s
                                        << u"SIGNALBOX_SANDBOX_TIME_SCALE must be a number of at least 0, not 'fast'"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, timeScale);
        QFETCH(QString, message);
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        arguments.replaceInStrings(u"WORKSPACE"_s, fixture.workspace());
        QProcess process;
        QProcessEnvironment environment = CliFixture::environment(0.0);
        environment.insert(u"SIGNALBOX_SANDBOX_TIME_SCALE"_s, timeScale);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SIGNALBOX_CLI_PATH), arguments);
        QVERIFY(process.waitForFinished(15000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(fixture.runs().isEmpty());
    }

    void nothingToResume()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result noDatabase = CliFixture::run({ u"run"_s, fixture.workspace(), u"--resume"_s });
        QCOMPARE(noDatabase.exitCode, 1);
        QVERIFY2(noDatabase.err.contains(u"There is no results database at"_s), qPrintable(noDatabase.err));
        QVERIFY(!QFileInfo::exists(fixture.database()));

        QCOMPARE(CliFixture::run({ u"run"_s, fixture.workspace(), u"--sandbox"_s, u"--models"_s, u"mini"_s }).exitCode,
                 0);
        const CliFixture::Result completed = CliFixture::run({ u"run"_s, fixture.workspace(), u"--resume"_s });
        QCOMPARE(completed.exitCode, 1);
        QVERIFY2(completed.err.contains(u"was interrupted or cancelled: there is nothing to resume"_s),
                 qPrintable(completed.err));
        const CliFixture::Result unknown
            = CliFixture::run({ u"run"_s, fixture.workspace(), u"--resume=2020-01-01T00-00-00"_s });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"Run 2020-01-01T00-00-00 is not in "_s), qPrintable(unknown.err));
    }

    void helpListsTheCommand()
    {
        const CliFixture::Result help = CliFixture::run({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QRegularExpression(u"\\n  run +Run a workspace's benchmark[^\\n]+\\n"_s)));

        const CliFixture::Result runHelp = CliFixture::run({ u"run"_s, u"--help"_s });
        QCOMPARE(runHelp.exitCode, 0);
        QVERIFY(runHelp.out.startsWith(u"Usage: signalbox-cli run [options] <workspace> [--resume [--retry-failed] [RUN_ID]]"_s));
        for (const QString& option : { u"--categories"_s, u"--budget <USD>"_s, u"--sandbox"_s, u"--resume"_s,
                                       u"--yes"_s, u"--retry-failed"_s, u"SIGNALBOX_SANDBOX_TIME_SCALE"_s,
                                       u"SIGNALBOX_BATCH_FIRST_POLL_MS"_s, u"130  interrupted"_s })
            QVERIFY2(runHelp.out.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
