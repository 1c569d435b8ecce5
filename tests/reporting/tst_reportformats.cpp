// SPDX-License-Identifier: GPL-3.0-or-later
// A report as text, CSV and JSON, compared with strings worked out by hand from reportfixtures.h.
#include "reportfixtures.h"
#include "reporting/reportfields.h"
#include "reporting/reportformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace reportfixtures;
using namespace Qt::StringLiterals;

namespace {
RunReport singleReport()
{
    return makeReport(analyseRun(workspace(), currentRun()));
}

RunReport comparedReport()
{
    const Workspace ws = workspace();
    return makeReport(analyseRun(ws, currentRun()), compareRuns(ws, baselineRun(), currentRun()));
}

// On a mismatch, both texts line by line, so that a column out of place is easy to spot.
bool sameText(const QString& actual, const QString& expected)
{
    if (actual == expected)
        return true;
    qWarning().noquote() << "actual:\n" << actual << "\nexpected:\n" << expected;
    return false;
}
} // namespace

class TestReportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textOfOneRun()
    {
        // P(meets): 1 - I_bar(k + 1/2, n - k + 1/2), by mpmath: 4 of 10 at 0.8 0.0025, 10 of 10 at 0.8
        // 0.9676, 3 of 5 at 0.5 0.6698.
        const QString expected = u"Run now\n"
                                 "  category   model  cases  pass rate       95% CI  bar        P(meets)  $/1k req  "
                                 "   $/case  p50 ms  p95 ms  errors  refused  stable  pass^k\n"
                                 "  tickets    mini      10      40.0%   16.8-68.7%  fails            0%     $1.20  "
                                 "  $0.0012     500    1000       0        0  100.0%   40.0%\n"
                                 "  tickets    big       10     100.0%  72.2-100.0%  undecided       97%    $20.00  "
                                 "    $0.02     500    1000       0        0  100.0%  100.0%\n"
                                 "  summaries  mini       5      60.0%   23.1-88.2%  undecided       67%     $0.02  "
                                 "$0.000020     100     200       1        1  100.0%   60.0%\n"_s;
        QVERIFY(sameText(reportText(singleReport()), expected));
    }

    void textAgainstABaseline()
    {
        const QString expected
            = u"Run now against baseline base\n"
              "  category   model  cases  pass rate       95% CI  bar        P(meets)  $/1k req     $/case  p50 ms  "
              "p95 ms  errors  refused  stable  pass^k  baseline    change  $/1k change      p\n"
              "  tickets    mini      10      40.0%   16.8-68.7%  fails            0%     $1.20    $0.0012     500  "
              "  1000       0        0  100.0%   40.0%    100.0%  -60.0 pp       +$0.20  0.031  REGRESSION\n"
              "  tickets    big       10     100.0%  72.2-100.0%  undecided       97%    $20.00      $0.02     500  "
              "  1000       0        0  100.0%  100.0%    100.0%    0.0 pp        $0.00  1.000\n"
              "  summaries  mini       5      60.0%   23.1-88.2%  undecided       67%     $0.02  $0.000020     100  "
              "   200       1        1  100.0%   60.0%         -         -            -      -  new\n"
              "1 regression(s), 0 improvement(s)\n"
              "Only in the baseline: summaries/big\n"_s;
        QVERIFY(sameText(reportText(comparedReport()), expected));
    }

    void textOfARunWithoutResults()
    {
        RunReport empty;
        empty.runId = u"r1"_s;
        QCOMPARE(reportText(empty), u"Run r1\n  No results.\n"_s);
    }

    void csvAgainstABaseline()
    {
        const QString expected
            = u"category,model,cases,trials,passes,accuracy,ci_low,ci_high,meets_bar,prob_meets_bar,cost_per_1k_usd,"
              "cost_per_case_usd,latency_p50_ms,latency_p95_ms,errors,refusals,stability,pass_k,"
              "expected_error_cost_per_1k_usd,total_cost_per_1k_usd,cost_per_useful_output_usd,baseline_accuracy,"
              "accuracy_change,cost_change_per_1k_usd,p_value,regression,improvement\r\n"
              "tickets,mini,10,10,4,0.4,0.1682,0.6873,no,0.0025,1.2,0.0012,500,1000,0,0,1,0.4,,,,1,-0.6,0.2,0.03125,true,"
              "false\r\n"
              "tickets,big,10,10,10,1,0.7225,1,undecided,0.9676,20,0.02,500,1000,0,0,1,1,,,,1,0,0,1,false,false\r\n"
              "summaries,mini,5,5,3,0.6,0.2307,0.8824,undecided,0.6698,0.02,2e-05,100,200,1,1,1,0.6,,,,,,,,,\r\n"_s;
        QVERIFY(sameText(reportCsv(comparedReport()), expected));
    }

    void csvOfOneRunHasNoChangeColumns()
    {
        const QStringList lines = reportCsv(singleReport()).split(u"\r\n"_s);
        QCOMPARE(lines.size(), 5); // header, three rows, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0).split(u',').size(), 21);
        QCOMPARE(lines.at(1), u"tickets,mini,10,10,4,0.4,0.1682,0.6873,no,0.0025,1.2,0.0012,500,1000,0,0,1,0.4,,,"_s);
        QCOMPARE(lines.at(3), u"summaries,mini,5,5,3,0.6,0.2307,0.8824,undecided,0.6698,0.02,2e-05,100,200,1,1,1,0.6,,,"_s);
        QVERIFY(lines.at(4).isEmpty());
    }

    void csvQuotesWhatNeedsQuoting_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"billing"_s << u"billing"_s;
        QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
        QTest::newRow("quotes") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    }

    void csvQuotesWhatNeedsQuoting()
    {
        QFETCH(QString, category);
        QFETCH(QString, field);
        RunReport report;
        report.rows.append(ReportRow { category, u"m"_s });
        const QString csv = reportCsv(report);
        const QString record = csv.mid(csv.indexOf(u"\r\n"_s) + 2);
        // No answer: no latency to give (empty, not 0).
        QCOMPARE(record, field + u",m,0,0,0,0,0,1,undecided,0,0,0,,,0,0,0,0,,,\r\n"_s);
    }

    void jsonAgainstABaseline()
    {
        RunReport report = comparedReport();
        report.rows = { report.rows.constFirst() }; // tickets/mini, the regression
        const QString expected = uR"({
    "baseline": "base",
    "improvements": 0,
    "only_in_baseline": [
        {
            "category": "summaries",
            "model": "big"
        }
    ],
    "regressions": 1,
    "rows": [
        {
            "accuracy": 0.4,
            "accuracy_change": -0.6,
            "baseline_accuracy": 1,
            "cases": 10,
            "category": "tickets",
            "ci_high": 0.6873,
            "ci_low": 0.1682,
            "cost_change_per_1k_usd": 0.2,
            "cost_per_1k_usd": 1.2,
            "cost_per_case_usd": 0.0012,
            "errors": 0,
            "improvement": false,
            "latency_p50_ms": 500,
            "latency_p95_ms": 1000,
            "meets_bar": "no",
            "model": "mini",
            "p_value": 0.03125,
            "pass_k": 0.4,
            "passes": 4,
            "prob_meets_bar": 0.0025,
            "refusals": 0,
            "regression": true,
            "stability": 1,
            "trials": 10
        }
    ],
    "run": "now"
}
)"_s;
        QVERIFY(sameText(reportJson(report), expected));
    }

    void jsonHasTheDocumentedKeysAndNullsForNewCells()
    {
        const QJsonObject document = QJsonDocument::fromJson(reportJson(comparedReport()).toUtf8()).object();
        const QJsonArray rows = document.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 3);
        QStringList keys = reportKeys(true);
        keys.removeIf(omittedWhenNull); // no category of the fixture prices its errors
        keys.sort();
        QCOMPARE(rows.at(2).toObject().keys(), keys);
        QVERIFY(rows.at(2).toObject().value(u"accuracy_change"_s).isNull());
        QVERIFY(rows.at(2).toObject().value(u"regression"_s).isNull());
        QCOMPARE(rows.at(2).toObject().value(u"cost_per_case_usd"_s).toDouble(), 0.00002);
    }

    void jsonOfOneRunLeavesOutTheComparison()
    {
        const QJsonObject document = QJsonDocument::fromJson(reportJson(singleReport()).toUtf8()).object();
        QCOMPARE(document.keys(), (QStringList { u"rows"_s, u"run"_s }));
        QCOMPARE(document.value(u"rows"_s).toArray().at(0).toObject().keys().size(), 18);
    }

    // tickets prices an error at $0.50. mini: 4 of 10 at $0.0012 a request: errors 0.6 x 0.50 x 1000 = $300 per
    // 1,000, total $301.20, per useful output 0.0012 / 0.4 = $0.003. big: 10 of 10, no errors: $0, $20, $0.02.
    void jsonPricesErrorsWhereTheCategoryDoes()
    {
        Workspace ws = workspace();
        ws.categories[0].errorCostUsd = 0.5;
        const QJsonObject document
            = QJsonDocument::fromJson(reportJson(makeReport(analyseRun(ws, currentRun()))).toUtf8()).object();
        const QJsonArray rows = document.value(u"rows"_s).toArray();
        const QJsonObject mini = rows.at(0).toObject();
        QCOMPARE(mini.value(u"expected_error_cost_per_1k_usd"_s).toDouble(), 300.0);
        QCOMPARE(mini.value(u"total_cost_per_1k_usd"_s).toDouble(), 301.2);
        QCOMPARE(mini.value(u"cost_per_useful_output_usd"_s).toDouble(), 0.003);
        const QJsonObject big = rows.at(1).toObject();
        QCOMPARE(big.value(u"expected_error_cost_per_1k_usd"_s).toDouble(), 0.0);
        QCOMPARE(big.value(u"total_cost_per_1k_usd"_s).toDouble(), 20.0);
        QCOMPARE(big.value(u"cost_per_useful_output_usd"_s).toDouble(), 0.02);
        QVERIFY(!rows.at(2).toObject().contains(u"total_cost_per_1k_usd"_s)); // summaries sets no price
    }

    void jsonCountsRefusals()
    {
        const QJsonObject document = QJsonDocument::fromJson(reportJson(singleReport()).toUtf8()).object();
        QCOMPARE(document.value(u"rows"_s).toArray().at(2).toObject().value(u"refusals"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
