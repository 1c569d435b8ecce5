// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli run on data/judged.signalbox.yaml: a free model answers, the workspace's
// judge_model (a priced one) scores. No --judge is needed, and the judge's cost is its own figure:
// the free model costs $0 in the run's summary as in report.
#include "clifixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString workspaceName = u"judged"_s;

// The cells of a summary or report table row that starts with these cells, split at runs of spaces.
QStringList tableRow(const QString& out, const QStringList& firstCells)
{
    const QRegularExpression row(u"^ *%1 +(.*)$"_s.arg(firstCells.join(u" +"_s)), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = row.match(out);
    return match.hasMatch() ? match.captured(1).split(QRegularExpression(u" {2,}"_s)) : QStringList();
}
} // namespace

class TestCliJudgedRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWorkspacesJudgeScoresWithoutAWarning()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result result = CliFixture::run(
            { u"run"_s, fixture.workspace(workspaceName), u"--sandbox"_s, u"--models"_s, u"llama"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"warning:"_s), qPrintable(result.err));
        const RunInfo run = fixture.runs(workspaceName).value(0);
        const QList<ResultRecord> results = fixture.results(run.id, workspaceName);
        QCOMPARE(results.size(), 4);
        double judgeCost = 0.0;
        for (const ResultRecord& record : results) {
            QVERIFY2(record.errorKind.isEmpty(), qPrintable(record.errorMessage));
            QCOMPARE(record.costUsd, 0.0);
            judgeCost += record.judgeCostUsd;
        }
        QVERIFY(judgeCost > 0.0);
        QCOMPARE(run.spentUsd, judgeCost);

        // The model's cost per case and in total: its own calls only.
        const QStringList row = tableRow(result.out, { u"replies"_s, u"llama"_s });
        QVERIFY2(row.size() >= 6, qPrintable(result.out));
        QCOMPARE(row.at(4), u"$0.00"_s);
        QCOMPARE(row.at(5), u"$0.00"_s);
        QVERIFY2(result.out.contains(u"model cost $0.00 at list prices, judge cost $"_s), qPrintable(result.out));

        // report counts the model's cost the same way: cost_per_1k_usd and cost_per_case_usd are 0.
        const CliFixture::Result report
            = CliFixture::run({ u"report"_s, fixture.workspace(workspaceName), u"--format"_s, u"csv"_s });
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        const QStringList fields = report.out.split(u'\n').value(1).split(u',');
        QCOMPARE(fields.mid(0, 2), (QStringList { u"replies"_s, u"llama"_s }));
        QCOMPARE(fields.value(10), u"0"_s); // cost_per_1k_usd
        QCOMPARE(fields.value(11), u"0"_s); // cost_per_case_usd
    }

    // Each case needs two judge calls: a budget reached between them must still end the run,
    // within the budget but for the calls in flight, the half-judged cases left for a resume.
    void aBudgetStopsAJudgedRun()
    {
        CliFixture fixture;
        QVERIFY(fixture.isValid());
        const CliFixture::Result result
            = CliFixture::run({ u"run"_s, fixture.workspace(workspaceName), u"--sandbox"_s, u"--models"_s, u"llama"_s,
                                u"--budget"_s, u"0.00003"_s, u"--no-cache"_s });
        QVERIFY2(result.exitCode == 3, qPrintable(result.err));
        const RunInfo run = fixture.runs(workspaceName).value(0);
        const QList<ResultRecord> results = fixture.results(run.id, workspaceName);
        QVERIFY(results.size() < 4);
        double stored = 0.0;
        for (const ResultRecord& record : results) {
            QVERIFY2(record.errorKind.isEmpty(), qPrintable(record.errorMessage));
            stored += record.judgeCostUsd;
        }
        QVERIFY(run.spentUsd > 0.0 && run.spentUsd >= stored - 1e-12);
        // At most four judge calls in flight (the provider's default), each well under $0.0001.
        QVERIFY2(run.spentUsd <= 0.00003 + 4 * 0.0001, qPrintable(QString::number(run.spentUsd)));
    }
};

QTEST_GUILESS_MAIN(TestCliJudgedRun)
#include "tst_clijudgedrun.moc"
