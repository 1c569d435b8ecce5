// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "charts/stabilitychart.h"

#include <qcustomplot.h>
#include <QSignalSpy>
#include <QTest>

namespace {
// m1 on alpha, two repeats: case a passes both, case b passes then fails.
RunAnalysis twoRepeats()
{
    QList<ResultRecord> results;
    const QList<std::tuple<QString, int, bool>> trials { { QStringLiteral("a"), 0, true },
                                                         { QStringLiteral("a"), 1, true },
                                                         { QStringLiteral("b"), 0, true },
                                                         { QStringLiteral("b"), 1, false } };
    for (const auto& [caseId, repeat, pass] : trials) {
        ResultRecord result = chartfixtures::alphaResult(caseId, QStringLiteral("m1"));
        result.repeat = repeat;
        result.pass = pass;
        result.score = pass ? 1.0 : 0.0;
        results.append(result);
    }
    return analyseRun(chartfixtures::alphaWorkspace(), results);
}
} // namespace

class TestStabilityChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerStatisticsMetaTypes(); }

    void handComputed()
    {
        StabilityChart chart;
        chart.setAnalysis(twoRepeats());
        chart.setCategory(QStringLiteral("alpha"));
        // Stable: a only (1 of 2); pass^k: a only; spread: repeat 0 at 100%, repeat 1 at 50%.
        QCOMPARE(chart.stableBars()->data()->at(0)->value, 50.0);
        QCOMPARE(chart.passHatKBars()->data()->at(0)->value, 50.0);
        QCOMPARE(chart.spreadBars()->data()->at(0)->value, 50.0);
        QCOMPARE(chart.stableBars()->data()->at(0)->key, -StabilityChart::barStep);
        QCOMPARE(chart.spreadBars()->data()->at(0)->key, StabilityChart::barStep);
        QVERIFY(chart.message().isEmpty());
        QCOMPARE(chart.plot()->legend->itemCount(), 3);
    }

    void realisticPerCategoryAndOverall()
    {
        const RunAnalysis analysis = chartfixtures::analysis(3);
        StabilityChart chart;
        chart.setAnalysis(analysis);
        QCOMPARE(chart.stableBars()->data()->size(), 6);
        for (int i = 0; i < 6; ++i) {
            const ModelAggregate* model = analysis.model(analysis.modelIds.at(i));
            QCOMPARE(chart.stableBars()->data()->at(i)->value, model->stability * 100);
            QCOMPARE(chart.passHatKBars()->data()->at(i)->value, model->passHatK * 100);
            double spread = 0;
            const QList<CellStats> cells = analysis.cellsOfModel(analysis.modelIds.at(i));
            for (const CellStats& cell : cells)
                spread += cell.repeatSpread;
            QCOMPARE(chart.spreadBars()->data()->at(i)->value, spread / cells.size() * 100);
        }
        QVERIFY(chart.stableBars()->data()->at(0)->value < 100.0); // the fixture has flaky cases
        chart.setCategory(QStringLiteral("code review"));
        QCOMPARE(chart.stableBars()->data()->size(), 5); // qwen did not run on it
        for (int i = 0; i < 5; ++i) {
            const CellStats* cell = analysis.cell(QStringLiteral("code review"), analysis.modelIds.at(i));
            QCOMPARE(chart.stableBars()->data()->at(i)->value, cell->stability() * 100);
            QCOMPARE(chart.passHatKBars()->data()->at(i)->value, cell->passHatK() * 100);
            QCOMPARE(chart.spreadBars()->data()->at(i)->value, cell->repeatSpread * 100);
        }
    }

    void singleRepeatSaysSo()
    {
        StabilityChart chart;
        chart.setAnalysis(chartfixtures::analysis(1));
        QVERIFY2(chart.message().contains(QStringLiteral("set Repeats to 2 or more")), qPrintable(chart.message()));
        QVERIFY(!chart.plot()->isVisibleTo(&chart)); // no empty axes
        QCOMPARE(chart.stableBars()->data()->size(), 0);
        QCOMPARE(chart.passHatKBars()->data()->size(), 0);
        QVERIFY(!chart.plot()->legend->visible());
        chart.setAnalysis(chartfixtures::analysis(2));
        QVERIFY(chart.message().isEmpty());
        QVERIFY(chart.plot()->isVisibleTo(&chart));
        QVERIFY(chart.plot()->legend->visible());
    }

    void clickEmitsModel()
    {
        StabilityChart chart;
        chart.resize(800, 500);
        chart.setAnalysis(chartfixtures::analysis());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        QSignalSpy clicked(&chart, &StabilityChart::modelClicked);
        const QPoint atBar(int(chart.plot()->xAxis->coordToPixel(1)), int(chart.plot()->yAxis->coordToPixel(10)));
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, atBar);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), chartfixtures::models.at(1));
    }

    void screenshots()
    {
        StabilityChart chart;
        chart.setAnalysis(chartfixtures::analysis());
        chartfixtures::saveScreenshots(&chart, QStringLiteral("stability-all"));
        chart.setAnalysis(chartfixtures::analysis(1));
        chartfixtures::saveScreenshots(&chart, QStringLiteral("stability-one-repeat"));
        QVERIFY(!chart.message().isEmpty());
    }
};

QTEST_MAIN(TestStabilityChart)
#include "tst_stabilitychart.moc"
