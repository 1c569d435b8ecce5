// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison table over the runs of reportfixtures.h: tickets/mini lost 6 of 10
// cases (a regression) and costs $0.20 more per 1,000 requests; tickets/big did not change.
#include "modeltester.h"
#include "reportfixtures.h"
#include "runcompare/comparisonfilterproxy.h"
#include "runcompare/runcomparisonmodel.h"

#include <QColor>
#include <QPalette>
#include <QTest>

using namespace reportfixtures;
using namespace Qt::StringLiterals;

namespace {
RunComparison comparison()
{
    return compareRuns(workspace(), baselineRun(), currentRun());
}

QString text(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestRunComparisonModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsTheSharedCells()
    {
        RunComparisonModel model;
        const auto tester = modelTester(&model);
        model.setComparison(comparison());
        QCOMPARE(model.rowCount(), 2); // summaries has no model in both runs
        QCOMPARE(model.columnCount(), int(RunComparisonModel::ColumnCount));
        const QStringList mini { u"tickets"_s,       u"mini"_s,    u"100.0%"_s, u"40.0%"_s,
                                 u"\u221260.0 pp"_s, u"+$0.200"_s, u"0.031"_s,  u"regression"_s };
        const QStringList big { u"tickets"_s, u"big"_s, u"100.0%"_s, u"100.0%"_s,
                                u"0.0 pp"_s,  u"$0"_s,  u"1.000"_s,  QString() };
        for (int column = 0; column < RunComparisonModel::ColumnCount; ++column) {
            QCOMPARE(text(model, 0, column), mini.at(column));
            QCOMPARE(text(model, 1, column), big.at(column));
        }
    }

    void flagsAreColouredAndSortable()
    {
        RunComparisonModel model;
        const auto tester = modelTester(&model);
        model.setComparison(comparison());
        const QModelIndex flag = model.index(0, RunComparisonModel::FlagColumn);
        QCOMPARE(flag.data(RunComparisonModel::FlagRole).toInt(), -1);
        QCOMPARE(flag.data(Qt::ForegroundRole).value<QColor>(), RunComparisonModel::regressionColour());
        QVERIFY(flag.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, RunComparisonModel::FlagColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, RunComparisonModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QPalette().color(QPalette::PlaceholderText)); // no change recedes
        QCOMPARE(model.index(0, RunComparisonModel::ChangeColumn).data(RunComparisonModel::SortRole).toDouble(), -0.6);
        QCOMPARE(model.index(0, RunComparisonModel::PValueColumn).data(RunComparisonModel::SortRole).toDouble(),
                 0.03125);
        const QString tip = model.index(0, RunComparisonModel::PValueColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"10 trials both runs answered: 6 passed before and fail now, 0 failed"_s),
                 qPrintable(tip));
        QVERIFY(model.index(0, RunComparisonModel::CurrentColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"4 of 10 trials passed; 95% interval 16.8% to 68.7%"_s));
    }

    void anImprovementIsGreen()
    {
        RunComparisonModel model;
        const auto tester = modelTester(&model);
        model.setComparison(compareRuns(workspace(), currentRun(), baselineRun())); // the other way round
        QCOMPARE(text(model, 0, RunComparisonModel::ChangeColumn), u"+60.0 pp"_s);
        QCOMPARE(text(model, 0, RunComparisonModel::CostChangeColumn), u"\u2212$0.200"_s);
        QCOMPARE(text(model, 0, RunComparisonModel::FlagColumn), u"improvement"_s);
        QCOMPARE(model.index(0, RunComparisonModel::FlagColumn).data(Qt::ForegroundRole).value<QColor>(),
                 RunComparisonModel::improvementColour());
    }

    void theFilterKeepsOnlyFlaggedRows()
    {
        RunComparisonModel model;
        ComparisonFilterProxy filter;
        filter.setSourceModel(&model);
        const auto tester = modelTester(&filter);
        model.setComparison(comparison());
        QCOMPARE(filter.rowCount(), 2);
        filter.sort(RunComparisonModel::ModelColumn, Qt::AscendingOrder); // "big" before "mini"
        QCOMPARE(text(filter, 0, RunComparisonModel::ModelColumn), u"big"_s);
        filter.setOnlyChanges(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(text(filter, 0, RunComparisonModel::ModelColumn), u"mini"_s);
        filter.setOnlyChanges(false);
        QCOMPARE(filter.rowCount(), 2);
    }

    void clearEmptiesTheTable()
    {
        RunComparisonModel model;
        const auto tester = modelTester(&model);
        model.setComparison(comparison());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRunComparisonModel)
#include "tst_runcomparisonmodel.moc"
