// SPDX-License-Identifier: GPL-3.0-or-later
// New models without re-running everything: a model added after a full run is run on its own
// (run --models, run --missing) and competes with the full run's evidence (suggest --latest); a
// category whose prompt changed makes its old cells stale instead of mixing them in.
#include "clifixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString name = u"drift"_s;

// nano: cheaper than mini and better; appended to the models.
const QString nano = u"  - id: nano\n    provider: openai\n    model: gpt-4.1-nano\n"
                     "    price: { input: 0.05, output: 0.2 }\n    simulation: { skill: 0.99, latency_ms: 200 }\n"_s;

// The run and the staleness note of a cell in suggest --latest's evidence table.
QString cellLine(const QString& out, const QString& model)
{
    const QRegularExpression line(u"^  tickets +%1 +(.*)$"_s.arg(model), QRegularExpression::MultilineOption);
    const QRegularExpressionMatchIterator matches = line.globalMatch(out);
    QString last; // the evidence table comes after the suggestions
    for (auto it = matches; it.hasNext();)
        last = it.next().captured(1).trimmed();
    return last;
}
} // namespace

class TestCliLatest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newModelRunAloneJoinsTheSuggestions();
    void changedCategoryMakesItsCellsStale();
    void missingAfterAFullRunRunsNothing();
};

void TestCliLatest::newModelRunAloneJoinsTheSuggestions()
{
    CliFixture fixture;
    QVERIFY(fixture.isValid());
    const QString workspace = fixture.workspace(name);
    QCOMPARE(CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s }).exitCode, 0);
    const QString full = fixture.runs(name).constFirst().id;
    QVERIFY(CliFixture::rewrite(workspace, u"categories:\n"_s, nano + u"categories:\n"_s));

    const CliFixture::Result missing = CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s, u"--missing"_s });
    QVERIFY2(missing.exitCode == 0, qPrintable(missing.err));
    QVERIFY2(missing.err.contains(u"only the cells without current evidence: tickets/nano"_s), qPrintable(missing.err));
    const QString newOnly = fixture.runs(name).constFirst().id;
    QVERIFY(newOnly != full);
    const QList<ResultRecord> results = fixture.results(newOnly, name);
    QCOMPARE(results.size(), 12); // nano's twelve cases, nothing else run again
    QVERIFY(std::all_of(results.cbegin(), results.cend(), [](const ResultRecord& r) { return r.modelId == u"nano"_s; }));

    // The newest run alone knows only nano; the latest evidence puts it beside the full run's models.
    const CliFixture::Result latest = CliFixture::run({ u"suggest"_s, workspace, u"--latest"_s });
    QVERIFY2(latest.exitCode == 0, qPrintable(latest.err));
    QVERIFY2(latest.out.contains(u"tickets   cheapest-passing  nano -> "_s), qPrintable(latest.out));
    QVERIFY2(cellLine(latest.out, u"mini"_s).startsWith(full), qPrintable(latest.out));
    QVERIFY(cellLine(latest.out, u"steady"_s).startsWith(full));
    QVERIFY(cellLine(latest.out, u"nano"_s).startsWith(newOnly));
    QVERIFY(!latest.out.contains(u"stale"_s));

    const CliFixture::Result report = CliFixture::run({ u"report"_s, workspace, u"--latest"_s });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.out.contains(u"latest evidence per category and model"_s), qPrintable(report.out));
    for (const QString& model : { u"mini"_s, u"steady"_s, u"nano"_s })
        QVERIFY2(report.out.contains(QRegularExpression(u"^  tickets +%1 +12 "_s.arg(model),
                                                        QRegularExpression::MultilineOption)),
                 qPrintable(report.out));

    // --apply writes nano's route with its own run as evidence.
    QCOMPARE(CliFixture::run({ u"suggest"_s, workspace, u"--latest"_s, u"--apply"_s }).exitCode, 0);
    QFile file(workspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QVERIFY2(saved.contains(u"chain: [nano"_s), qPrintable(saved));
    QVERIFY2(saved.contains(u"run: "_s + newOnly), qPrintable(saved));

    // nano's price rises a thousandfold: each cell repriced at its own run's prices and at today's,
    // nano no longer wins, and the route is flagged.
    file.close();
    QVERIFY(CliFixture::rewrite(workspace, u"price: { input: 0.05, output: 0.2 }"_s,
                                u"price: { input: 50, output: 200 }"_s));
    const CliFixture::Result repriced
        = CliFixture::run({ u"suggest"_s, workspace, u"--latest"_s, u"--format"_s, u"json"_s });
    QVERIFY2(repriced.exitCode == 0, qPrintable(repriced.err));
    QVERIFY2(repriced.out.contains(u"\"pricing_changed_winner\": true"_s), qPrintable(repriced.out));
    QVERIFY2(repriced.out.contains(u"\"pricing_old_winner\": \"nano\""_s), qPrintable(repriced.out));
}

void TestCliLatest::changedCategoryMakesItsCellsStale()
{
    CliFixture fixture;
    QVERIFY(fixture.isValid());
    const QString workspace = fixture.workspace(name);
    QCOMPARE(CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s }).exitCode, 0);
    const QString old = fixture.runs(name).constFirst().id;
    QVERIFY(CliFixture::rewrite(workspace, u"system_prompt: Answer with one word"_s, u"system_prompt: Reply with one word"_s));

    const CliFixture::Result stale = CliFixture::run({ u"suggest"_s, workspace, u"--latest"_s });
    QCOMPARE(stale.exitCode, 0);
    QVERIFY2(cellLine(stale.out, u"mini"_s).startsWith(old), qPrintable(stale.out));
    QVERIFY(cellLine(stale.out, u"mini"_s).endsWith(u"stale: the category changed since; left out"_s));
    QVERIFY2(stale.out.contains(u"tickets   cheapest-passing  (none)"_s), qPrintable(stale.out));

    const CliFixture::Result missing = CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s, u"--missing"_s });
    QVERIFY2(missing.exitCode == 0, qPrintable(missing.err));
    const QString fresh = fixture.runs(name).constFirst().id;
    QCOMPARE(fixture.results(fresh, name).size(), 24);
    const CliFixture::Result current = CliFixture::run({ u"suggest"_s, workspace, u"--latest"_s });
    QVERIFY(cellLine(current.out, u"mini"_s).startsWith(fresh));
    QVERIFY(!current.out.contains(u"stale"_s));
}

void TestCliLatest::missingAfterAFullRunRunsNothing()
{
    CliFixture fixture;
    QVERIFY(fixture.isValid());
    const QString workspace = fixture.workspace(name);
    QCOMPARE(CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s }).exitCode, 0);
    const CliFixture::Result missing = CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s, u"--missing"_s });
    QCOMPARE(missing.exitCode, 0);
    QVERIFY2(missing.err.contains(u"nothing is missing"_s), qPrintable(missing.err));
    QCOMPARE(fixture.runs(name).size(), 1);
    QCOMPARE(CliFixture::run({ u"suggest"_s, workspace, u"--latest"_s, u"--run"_s, u"x"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliLatest)
#include "tst_clilatest.moc"
