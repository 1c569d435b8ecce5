// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/costformat.h"
#include "modeltester.h"
#include "runsarea/resultsfilterproxy.h"
#include "runsarea/resultstablemodel.h"
#include "runsworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Column = ResultsTableModel::Column;

namespace {
QList<ResultRecord> batch(int first, int count)
{
    QList<ResultRecord> records;
    for (int i = first; i < first + count; ++i)
        records.append(resultRecord(u"c%1"_s.arg(i), u"fast"_s));
    return records;
}

ResultRecord failed(const QString& caseId)
{
    ResultRecord record = resultRecord(caseId, u"good"_s);
    record.pass = false;
    record.score = 0.0;
    return record;
}

ResultRecord errored(const QString& caseId, const QString& message)
{
    ResultRecord record = resultRecord(caseId, u"good"_s);
    record.pass = false;
    record.score.reset();
    record.output.clear();
    record.errorKind = u"fatal"_s;
    record.errorMessage = message;
    return record;
}
} // namespace

class TestResultsTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsInBatchesUnderTheTester()
    {
        ResultsTableModel model;
        ResultsFilterProxy proxy;
        proxy.setResultsModel(&model);
        const auto tester = modelTester(&model);
        const auto proxyTester = modelTester(&proxy);
        proxy.sort(ResultsTableModel::LatencyColumn, Qt::DescendingOrder);
        model.addResults(batch(0, 3));
        model.addResults(batch(3, 500));
        model.addResults({ failed(u"c0"_s) }); // another model: a new row
        model.setResults(batch(0, 20));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void insertsEachBatchOnce()
    {
        ResultsTableModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addResults(batch(0, 1000));
        model.addResults(batch(1000, 250));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 999);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
        QCOMPARE(inserted.at(1).at(2).toInt(), 1249);
        QCOMPARE(model.rowCount(), 1250);
    }

    void replacesTheRowOfAJobAlreadyShown()
    {
        ResultsTableModel model;
        model.addResults(batch(0, 3));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ResultRecord again = resultRecord(u"c1"_s, u"fast"_s);
        again.output = u"second answer"_s;
        model.addResults({ again, resultRecord(u"c9"_s, u"fast"_s) });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.record(1).output, u"second answer"_s);
        QCOMPARE(model.rowOf(again.job()), 1);
    }

    void showsACell_data()
    {
        QTest::addColumn<ResultRecord>("record");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");

        ResultRecord slow = resultRecord(u"c1"_s, u"fast"_s, 1);
        slow.latencyMs = 12345;
        slow.cached = true;
        QTest::newRow("pass") << resultRecord(u"c1"_s, u"fast"_s) << int(Column::OutcomeColumn) << u"Pass"_s;
        QTest::newRow("fail") << failed(u"c1"_s) << int(Column::OutcomeColumn) << u"Fail"_s;
        QTest::newRow("error") << errored(u"c1"_s, u"quota"_s) << int(Column::OutcomeColumn) << u"Error"_s;
        QTest::newRow("error message") << errored(u"c1"_s, u"quota\nexceeded"_s) << int(Column::ErrorColumn)
                                       << u"quota exceeded"_s;
        QTest::newRow("no score") << errored(u"c1"_s, u"x"_s) << int(Column::ScoreColumn) << u"–"_s;
        QTest::newRow("score") << failed(u"c1"_s) << int(Column::ScoreColumn) << u"0.00"_s;
        QTest::newRow("repeat") << slow << int(Column::CaseColumn) << u"c1 #2"_s;
        QTest::newRow("seconds") << slow << int(Column::LatencyColumn) << u"12.35 s"_s;
        QTest::newRow("milliseconds") << resultRecord(u"c1"_s, u"fast"_s) << int(Column::LatencyColumn) << u"500 ms"_s;
        ResultRecord batched = resultRecord(u"c1"_s, u"fast"_s);
        batched.fromBatch = true;
        batched.latencyMs = ResultRecord::unmeasuredLatency;
        QTest::newRow("batch: no latency") << batched << int(Column::LatencyColumn) << u"— (batch)"_s;
        QTest::newRow("tokens") << slow << int(Column::TokensColumn) << u"100 / 10"_s;
        QTest::newRow("cached") << slow << int(Column::CachedColumn) << u"Cached"_s;
        QTest::newRow("label") << slow << int(Column::ModelColumn) << u"Fast One"_s;
        QTest::newRow("no label") << failed(u"c1"_s) << int(Column::ModelColumn) << u"good"_s;
    }

    void showsACell()
    {
        QFETCH(ResultRecord, record);
        QFETCH(int, column);
        QFETCH(QString, text);
        ResultsTableModel model;
        model.setModelLabels({ { u"fast"_s, u"Fast One"_s } });
        model.addResults({ record });
        QCOMPARE(model.index(0, column).data().toString(), text);
    }

    void formatsCosts_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");

        QTest::newRow("nothing") << 0.0 << u"$0"_s;
        QTest::newRow("millionths") << 0.000021 << u"$0.000021"_s;
        QTest::newRow("rounded") << 0.00040449 << u"$0.0004"_s;
        QTest::newRow("cents") << 0.0196 << u"$0.020"_s;
        QTest::newRow("below a dollar") << 0.22884 << u"$0.229"_s;
        QTest::newRow("dollars") << 12.4 << u"$12.40"_s;
    }

    void formatsCosts()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(costText(usd), text);
    }

    void sortsByTheSortRole_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<ResultRecord>("small");
        QTest::addColumn<ResultRecord>("large");

        ResultRecord quick = resultRecord(u"a"_s, u"fast"_s);
        quick.latencyMs = 900;
        ResultRecord slow = resultRecord(u"b"_s, u"fast"_s);
        slow.latencyMs = 10000; // u"10.00 s"_s sorts before u"900 ms"_s as text
        QTest::newRow("latency") << int(Column::LatencyColumn) << quick << slow;
        ResultRecord batched = resultRecord(u"c"_s, u"fast"_s);
        batched.fromBatch = true;
        batched.latencyMs = ResultRecord::unmeasuredLatency;
        QTest::newRow("unmeasured latency last") << int(Column::LatencyColumn) << slow << batched;
        QTest::newRow("case") << int(Column::CaseColumn) << resultRecord(u"t2"_s, u"fast"_s)
                              << resultRecord(u"t10"_s, u"fast"_s);
        QTest::newRow("repeat") << int(Column::CaseColumn) << resultRecord(u"t2"_s, u"fast"_s, 1)
                                << resultRecord(u"t2"_s, u"fast"_s, 10);
        QTest::newRow("missing score lowest") << int(Column::ScoreColumn) << errored(u"a"_s, u"x"_s) << failed(u"b"_s);
        ResultRecord cheap = resultRecord(u"a"_s, u"fast"_s);
        cheap.costUsd = 0.05;
        ResultRecord dear = resultRecord(u"b"_s, u"fast"_s);
        dear.costUsd = 0.5;
        dear.judgeCostUsd = 0.01;
        QTest::newRow("cost") << int(Column::CostColumn) << cheap << dear;
        ResultRecord few = resultRecord(u"a"_s, u"fast"_s);
        few.inputTokens = 900;
        ResultRecord many = resultRecord(u"b"_s, u"fast"_s);
        many.inputTokens = 1000;
        QTest::newRow("tokens") << int(Column::TokensColumn) << few << many;
        QTest::newRow("errors first") << int(Column::OutcomeColumn) << errored(u"a"_s, u"x"_s)
                                      << resultRecord(u"b"_s, u"fast"_s);
    }

    void sortsByTheSortRole()
    {
        QFETCH(int, column);
        QFETCH(ResultRecord, small);
        QFETCH(ResultRecord, large);
        ResultsTableModel model;
        ResultsFilterProxy proxy;
        proxy.setResultsModel(&model);
        model.addResults({ large, small });
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(model.record(proxy.sourceRow(0)), small);
        proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(model.record(proxy.sourceRow(0)), large);
    }

    void keepsSortedWhileBatchesArrive()
    {
        ResultsTableModel model;
        ResultsFilterProxy proxy;
        proxy.setResultsModel(&model);
        proxy.sort(ResultsTableModel::LatencyColumn, Qt::AscendingOrder);
        QList<ResultRecord> records = batch(0, 50);
        for (int i = 0; i < records.size(); ++i)
            records[i].latencyMs = (i * 7919) % 1000 + 1;
        model.addResults(records.mid(0, 25));
        model.addResults(records.mid(25));
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(model.record(proxy.sourceRow(row - 1)).latencyMs <= model.record(proxy.sourceRow(row)).latencyMs);
    }

    void filters_data()
    {
        QTest::addColumn<int>("show");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("cases");

        QTest::newRow("all") << int(ResultsFilterProxy::Show::All) << QString()
                             << QStringList { u"p1"_s, u"p2"_s, u"f1"_s, u"e1"_s };
        QTest::newRow("errors") << int(ResultsFilterProxy::Show::ErrorsOnly) << QString() << QStringList { u"e1"_s };
        QTest::newRow("failures") << int(ResultsFilterProxy::Show::FailuresOnly) << QString()
                                  << QStringList { u"f1"_s };
        QTest::newRow("case text") << int(ResultsFilterProxy::Show::All) << u"P2"_s << QStringList { u"p2"_s };
        QTest::newRow("model label") << int(ResultsFilterProxy::Show::All) << u"fast one"_s
                                     << QStringList { u"p1"_s, u"p2"_s };
        QTest::newRow("error text") << int(ResultsFilterProxy::Show::All) << u"quota"_s << QStringList { u"e1"_s };
        QTest::newRow("errors and text") << int(ResultsFilterProxy::Show::ErrorsOnly) << u"p1"_s << QStringList();
    }

    void filters()
    {
        QFETCH(int, show);
        QFETCH(QString, text);
        QFETCH(QStringList, cases);
        ResultsTableModel model;
        model.setModelLabels({ { u"fast"_s, u"Fast One"_s } });
        ResultsFilterProxy proxy;
        proxy.setResultsModel(&model);
        const auto tester = modelTester(&proxy);
        model.addResults({ resultRecord(u"p1"_s, u"fast"_s), resultRecord(u"p2"_s, u"fast"_s), failed(u"f1"_s),
                           errored(u"e1"_s, u"insufficient quota"_s) });
        proxy.setShow(ResultsFilterProxy::Show(show));
        proxy.setText(text);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(model.record(proxy.sourceRow(row)).caseId);
        QCOMPARE(shown, cases);
        QCOMPARE(proxy.isFiltering(), show != int(ResultsFilterProxy::Show::All) || !text.isEmpty());
    }
};

QTEST_MAIN(TestResultsTableModel)
#include "tst_resultstablemodel.moc"
