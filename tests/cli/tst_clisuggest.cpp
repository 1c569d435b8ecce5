// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli suggest, run as a process on data/routing.signalbox.yaml with runs written here:
// a completed run whose figures are worked out below, and a newer cancelled run in which all failed.
#include "clifixture.h"
#include "filecontent.h"
#include "results/resultsstore.h"
#include "samplecopy.h"
#include "workspacefile/workspacereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString workspaceName = u"routing"_s;
const QString completedId = u"2026-11-20T10-00-00"_s;
const QString cancelledId = u"2026-11-21T10-00-00"_s;

struct Cell {
    QString category;
    QString model;
    int cases;
    int passes;
    double costUsd; // each request
};

// tickets (bar 0.75): mini 3/5, flash 4/5, haiku 5/5; sentiment (bar 0.75): mini 2/4, flash 3/4,
// haiku 4/4; faq (bar 0.9): all 2/2. A request costs mini $0.0002, flash $0.0005, haiku $0.002.
const QList<Cell> cells { { u"tickets"_s, u"mini"_s, 5, 3, 0.0002 },    { u"tickets"_s, u"flash"_s, 5, 4, 0.0005 },
                          { u"tickets"_s, u"haiku"_s, 5, 5, 0.002 },    { u"sentiment"_s, u"mini"_s, 4, 2, 0.0002 },
                          { u"sentiment"_s, u"flash"_s, 4, 3, 0.0005 }, { u"sentiment"_s, u"haiku"_s, 4, 4, 0.002 },
                          { u"faq"_s, u"mini"_s, 2, 2, 0.0002 },        { u"faq"_s, u"flash"_s, 2, 2, 0.0005 },
                          { u"faq"_s, u"haiku"_s, 2, 2, 0.002 } };

RunInfo runInfo(const QString& id, int day, RunStatus status)
{
    RunInfo run;
    run.id = id;
    run.startedAt = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(60);
    run.status = status;
    run.categories = { u"tickets"_s, u"sentiment"_s, u"faq"_s };
    run.modelIds = { u"mini"_s, u"haiku"_s, u"flash"_s };
    run.simulated = true;
    return run;
}

QList<ResultRecord> results(const QString& runId, bool allFail)
{
    QList<ResultRecord> records;
    for (const Cell& cell : cells) {
        for (int i = 0; i < cell.cases; ++i) {
            ResultRecord record;
            record.runId = runId;
            record.category = cell.category;
            record.caseId = cell.category.left(1) + QString::number(i + 1);
            record.modelId = cell.model;
            record.pass = !allFail && i < cell.passes;
            record.score = record.pass ? 1.0 : 0.0;
            record.costUsd = cell.costUsd;
            record.latencyMs = 100;
            records.append(record);
        }
    }
    return records;
}

bool writeRuns(const QString& databasePath)
{
    ResultsStore store;
    return store.open(databasePath) && store.createRun(runInfo(completedId, 20, RunStatus::Completed))
        && store.insertResults(results(completedId, false))
        && store.createRun(runInfo(cancelledId, 21, RunStatus::Cancelled))
        && store.insertResults(results(cancelledId, true));
}

// The cells after the category of its table row, split at runs of spaces.
QStringList tableRow(const QString& out, const QString& category)
{
    const QRegularExpression row(u"^  %1 +(.*)$"_s.arg(category), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = row.match(out);
    return match.hasMatch() ? match.captured(1).split(QRegularExpression(u" {2,}"_s)) : QStringList();
}
} // namespace

class TestCliSuggest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<CliFixture>();
        QVERIFY(m_fixture->isValid());
        QVERIFY(writeRuns(m_fixture->database(workspaceName)));
    }

    void suggestsFromTheNewestCompletedRun()
    {
        const CliFixture::Result result = CliFixture::run({ u"suggest"_s, m_fixture->workspace(workspaceName) });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(u"Suggested routes from run %1\n"_s.arg(completedId)), qPrintable(result.out));
        // flash: the cheapest at 4 of 5 >= 0.75, Wilson [0.376, 0.964]; mini is cheaper, 3 of 5 undecided.
        // P(p >= 0.75) under Beta(4.5, 1.5) is 56% (mpmath 0.5637).
        QCOMPARE(tableRow(result.out, u"tickets"_s),
                 (QStringList { u"cheapest-passing"_s, u"flash -> haiku -> mini"_s, u"80.0%"_s, u"37.6%-96.4%"_s,
                                u"$0.50"_s, u"56%"_s, u"close"_s }));
        // haiku 4 of 4 against flash 3 of 4: one discordant case, McNemar p = 1. Beta(4.5, 0.5): 88% (0.8827).
        QCOMPARE(tableRow(result.out, u"sentiment"_s),
                 (QStringList { u"most-accurate"_s, u"haiku -> flash -> mini"_s, u"100.0%"_s, u"51.0%-100.0%"_s,
                                u"$2.00"_s, u"88%"_s, u"close"_s }));
        QVERIFY2(result.out.contains(u"about 18 more cases would likely separate them"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"mini is cheaper and undecided against the bar"_s));
        // Weighted accuracy over the shares 0.5, 0.3, 0.1: mini 0.611 misses the lowest bar 0.75, flash 0.806 meets it.
        QVERIFY(result.out.contains(u"\nDefault chain: flash -> haiku -> mini\n"_s));
        // Suggested: tickets 50,000 x $0.0005 + sentiment 30,000 x $0.002 + faq (manual) 10,000 x $0.002
        // + the rest 10,000 on the current default haiku x $0.002 = $125. Current: haiku for all, $200.
        QVERIFY2(result.out.contains(u"Projected monthly cost for 100,000 requests:\n"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(QRegularExpression(u"\n  suggested map +\\$125\\.00\n"_s)));
        QVERIFY(result.out.contains(QRegularExpression(u"\n  current map +\\$200\\.00\n"_s)));
        QVERIFY(result.out.contains(QRegularExpression(u"\n  everything on haiku +\\$200\\.00\n"_s)));
        QVERIFY(result.out.contains(u"The suggested map saves $75.00 a month against the current map."_s));
    }

    void aNamedRunIsUsed()
    {
        const CliFixture::Result result
            = CliFixture::run({ u"suggest"_s, m_fixture->workspace(workspaceName), u"--run"_s, cancelledId });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.startsWith(u"Suggested routes from run %1\n"_s.arg(cancelledId)));
        QCOMPARE(tableRow(result.out, u"tickets"_s),
                 (QStringList { u"cheapest-passing"_s, u"(none)"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s,
                                u"none-meets-bar"_s }));
        QVERIFY(result.out.contains(u"Default chain: none"_s));
    }

    // The same suggestions as data: tickets as in the text above.
    void jsonCarriesTheSuggestions()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"suggest"_s, m_fixture->workspace(workspaceName), u"--format"_s, u"json"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document[u"run"_s].toString(), completedId);
        QCOMPARE(document[u"default_chain"_s].toArray(), (QJsonArray { u"flash"_s, u"haiku"_s, u"mini"_s }));
        const QJsonObject tickets = document[u"categories"_s].toArray().at(0).toObject();
        QCOMPARE(tickets[u"category"_s].toString(), u"tickets"_s);
        QCOMPARE(tickets[u"target"_s].toString(), u"cheapest-passing"_s);
        QCOMPARE(tickets[u"chain"_s].toArray(), (QJsonArray { u"flash"_s, u"haiku"_s, u"mini"_s }));
        QCOMPARE(tickets[u"confidence"_s].toString(), u"close"_s);
        QCOMPARE(tickets[u"runner_up"_s].toString(), u"mini"_s);
        QVERIFY(qAbs(tickets[u"prob_meets_bar"_s].toDouble() - 0.5637100503) < 1e-9); // 1 - I_0.75(4.5, 1.5)
        QVERIFY(tickets[u"cases_needed"_s].toInt() > 0);
        QVERIFY(tickets[u"explanation"_s].toString().contains(u"56% likely to meet it"_s));
        const QJsonObject evidence = tickets[u"evidence"_s].toObject();
        QCOMPARE(evidence[u"cases"_s].toInt(), 5);
        QCOMPARE(evidence[u"accuracy"_s].toDouble(), 0.8);
        QCOMPARE(evidence[u"cost_per_1k_usd"_s].toDouble(), 0.5);
        // 50,000 tickets a month on flash at $0.0005; no category prices its errors, so no error keys.
        const QJsonObject suggested = tickets[u"projection"_s].toObject()[u"suggested"_s].toObject();
        QCOMPARE(suggested[u"model"_s].toString(), u"flash"_s);
        QVERIFY(qAbs(suggested[u"api_usd"_s].toDouble() - 25.0) < 1e-9);
        QVERIFY(!suggested.contains(u"error_usd"_s));
        const QJsonObject projection = document[u"projection"_s].toObject();
        QCOMPARE(projection[u"monthly_requests"_s].toInt(), 100000);
        QVERIFY(qAbs(projection[u"suggested_map"_s].toObject()[u"api_usd"_s].toDouble() - 125.0) < 1e-9);
        QCOMPARE(projection[u"baseline"_s].toObject()[u"model"_s].toString(), u"haiku"_s);
        const QJsonObject faq = document[u"categories"_s].toArray().at(2).toObject();
        QVERIFY(faq[u"evidence"_s].isObject() || faq[u"evidence"_s].isNull());
    }

    void anUnknownFormatIsAUsageError()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"suggest"_s, m_fixture->workspace(workspaceName), u"--format"_s, u"yaml"_s });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"unknown format 'yaml'"_s), qPrintable(result.err));
    }

    void anUnknownRunListsTheRuns()
    {
        const CliFixture::Result result = CliFixture::run(
            { u"suggest"_s, m_fixture->workspace(workspaceName), u"--run"_s, u"2025-01-01T00-00-00"_s });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"suggest: --run names no run '2025-01-01T00-00-00'"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"%1, %2"_s.arg(cancelledId, completedId)), qPrintable(result.err));
    }

    void applyWritesTheRoutesAndKeepsManualOnes()
    {
        const QString path = m_fixture->workspace(workspaceName);
        const CliFixture::Result result = CliFixture::run({ u"suggest"_s, path, u"--apply"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"\nWrote the suggested routes to %1: tickets, sentiment\n"_s.arg(path)),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(u"\nKept the manual routes: faq\n"_s));
        QVERIFY(result.out.contains(u"\nKept the current default chain: haiku\n"_s));
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY(load.ok());
        const RoutingMap& routing = load.workspace.routing;
        QCOMPARE(routing.defaultChain, QStringList { u"haiku"_s }); // not empty before: kept
        QCOMPARE(routing.routes.size(), 3);
        const Route* tickets = routing.routeFor(u"tickets"_s);
        QVERIFY(tickets);
        QCOMPARE(tickets->chain, (QStringList { u"flash"_s, u"haiku"_s, u"mini"_s }));
        QCOMPARE(tickets->rule, u"cheapest-passing"_s);
        QVERIFY(tickets->evidence);
        QCOMPARE(tickets->evidence->runId, completedId);
        QCOMPARE(tickets->evidence->cases, 5);
        QCOMPARE(tickets->evidence->accuracy, 0.8);
        QCOMPARE(tickets->evidence->costPer1k, 0.5);
        QCOMPARE(routing.routeFor(u"sentiment"_s)->chain.value(0), u"haiku"_s);
        const Route* faq = routing.routeFor(u"faq"_s);
        QCOMPARE(faq->rule, u"manual"_s);
        QCOMPARE(faq->chain, QStringList { u"haiku"_s });
        // Suggesting again from the written file: the current map is now the suggested one.
        const CliFixture::Result again = CliFixture::run({ u"suggest"_s, path });
        QVERIFY(again.out.contains(u"The suggested map saves $0.00 a month against the current map."_s));
    }

    // Applied to the commented sample after a sandbox run: the lines above routing stay as written.
    void applyOnTheSampleChangesTheRoutingOnly()
    {
        QTemporaryDir folder;
        const QString path = copySample(folder.path());
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileContent(path);
        const CliFixture::Result run = CliFixture::run({ u"run"_s, path, u"--sandbox"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const CliFixture::Result result = CliFixture::run({ u"suggest"_s, path, u"--apply"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QByteArray after = fileContent(path);
        const qsizetype routing = before.indexOf("\nrouting:\n");
        QVERIFY(routing > 0);
        QCOMPARE(after.left(routing + 10), before.left(routing + 10));
        QCOMPARE(after.count("\n#"), before.count("\n#")); // every comment kept
        QVERIFY(after.startsWith("# Signalbox sample workspace"));
        QVERIFY(after != before);
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY(load.ok());
        QVERIFY(load.workspace.routing.routes.size() > 1);
    }

    // A run still going holds part of the evidence: --apply waits for a completed one.
    void applyNeedsACompletedRun()
    {
        const QString path = m_fixture->workspace(workspaceName);
        const QString runningId = u"2026-11-22T10-00-00"_s;
        ResultsStore live; // holds the running run, as the process running it would
        QVERIFY(live.open(m_fixture->database(workspaceName)));
        QVERIFY(live.deleteRun(completedId));
        RunInfo running = runInfo(runningId, 22, RunStatus::Running);
        running.finishedAt = {};
        QVERIFY(live.createRun(running));
        QVERIFY(live.insertResults(results(runningId, false).mid(0, 6)));
        const QByteArray before = fileContent(path);

        const CliFixture::Result result = CliFixture::run({ u"suggest"_s, path, u"--apply"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"suggest: no run has completed, so no routes are written"_s),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(fileContent(path), before);

        const CliFixture::Result shown = CliFixture::run({ u"suggest"_s, path });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.err.contains(u"no run has completed; using the newest, %1 (running)"_s.arg(runningId)),
                 qPrintable(shown.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("no workspace") << QStringList() << u"suggest: expected the path of a workspace file"_s;
        QTest::newRow("two workspaces") << QStringList { u"a.signalbox.yaml"_s, u"b.signalbox.yaml"_s }
                                        << u"suggest: expected one workspace file, found 2 arguments"_s;
        QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << u"Unknown option 'bogus'"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const CliFixture::Result result = CliFixture::run(QStringList { u"suggest"_s } + options);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void noDatabaseIsAFileError()
    {
        const CliFixture::Result result = CliFixture::run({ u"suggest"_s, m_fixture->workspace() }); // helpdesk
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"suggest: no results database beside the workspace"_s), qPrintable(result.err));
    }

private:
    std::unique_ptr<CliFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestCliSuggest)
#include "tst_clisuggest.moc"
