// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "charts/latencychart.h"

#include <qcustomplot.h>
#include <QSignalSpy>
#include <QTest>

namespace {
// One category, two models: m1 answers in 100..500 ms, m2 in 1000 and 1200 ms.
RunAnalysis fastAnalysis()
{
    QList<ResultRecord> results;
    const QList<QPair<QString, qint64>> latencies { { QStringLiteral("m1"), 100 }, { QStringLiteral("m1"), 200 },
                                                    { QStringLiteral("m1"), 300 }, { QStringLiteral("m1"), 400 },
                                                    { QStringLiteral("m1"), 500 }, { QStringLiteral("m2"), 1000 },
                                                    { QStringLiteral("m2"), 1200 } };
    for (int i = 0; i < latencies.size(); ++i) {
        ResultRecord result = chartfixtures::alphaResult(QString::number(i), latencies.at(i).first);
        result.latencyMs = latencies.at(i).second;
        results.append(result);
    }
    return analyseRun(chartfixtures::alphaWorkspace(), results);
}

QList<double> valuesOf(const QCPBars* bars)
{
    QList<double> values;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values.append(it->value);
    return values;
}
} // namespace

class TestLatencyChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerStatisticsMetaTypes(); }

    void handComputedMilliseconds()
    {
        LatencyChart chart;
        chart.setAnalysis(fastAnalysis());
        chart.setCategory(QStringLiteral("alpha"));
        QVERIFY(!chart.inSeconds());
        QCOMPARE(chart.plot()->yAxis->label(), QStringLiteral("Latency (ms)"));
        // Nearest rank: p50 of 100..500 is 300, p95 is 500; of 1000, 1200: 1000 and 1200.
        QCOMPARE(valuesOf(chart.p50Bars()), (QList<double> { 300, 1000 }));
        QCOMPARE(valuesOf(chart.p95Bars()), (QList<double> { 500, 1200 }));
        QCOMPARE(chart.p50Bars()->data()->at(1)->key, 1 - LatencyChart::barOffset);
        QVERIFY(chart.plot()->legend->visible());
        QCOMPARE(chart.plot()->legend->itemCount(), 2);
    }

    void cellPercentilesPerCategory()
    {
        const RunAnalysis analysis = chartfixtures::analysis();
        LatencyChart chart;
        chart.setAnalysis(analysis);
        chart.setCategory(QStringLiteral("code review"));
        QVERIFY(chart.inSeconds()); // the slowest p95s pass 2 s
        QCOMPARE(chart.plot()->yAxis->label(), QStringLiteral("Latency (s)"));
        QCOMPARE(chart.p50Bars()->data()->size(), 5); // qwen never ran on code review: no bar
        for (int i = 0; i < 5; ++i) {
            const CellStats* cell = analysis.cell(QStringLiteral("code review"), analysis.modelIds.at(i));
            QCOMPARE(chart.p50Bars()->data()->at(i)->key, i - LatencyChart::barOffset);
            QCOMPARE(chart.p50Bars()->data()->at(i)->value, cell->latencyP50Ms / 1000.0);
            QCOMPARE(chart.p95Bars()->data()->at(i)->value, cell->latencyP95Ms / 1000.0);
        }
    }

    void trafficWeightedAcrossCategories()
    {
        const RunAnalysis analysis = chartfixtures::analysis();
        LatencyChart chart;
        chart.setAnalysis(analysis);
        QCOMPARE(chart.p50Bars()->data()->size(), 6);
        for (int i = 0; i < 6; ++i) {
            const ModelAggregate* model = analysis.model(analysis.modelIds.at(i));
            QCOMPARE(chart.p50Bars()->data()->at(i)->value, model->latencyP50Ms / 1000.0);
            QCOMPARE(chart.p95Bars()->data()->at(i)->value, model->latencyP95Ms / 1000.0);
        }
        auto ticker = chart.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QCOMPARE(ticker->ticks().values(), chartfixtures::models);
    }

    void clickEmitsModel()
    {
        LatencyChart chart;
        chart.resize(800, 500);
        chart.setAnalysis(chartfixtures::analysis());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        QSignalSpy clicked(&chart, &LatencyChart::modelClicked);
        const QPoint atBar(int(chart.plot()->xAxis->coordToPixel(3 + LatencyChart::barOffset)),
                           int(chart.plot()->yAxis->coordToPixel(0.2)));
        QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, atBar);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), chartfixtures::models.at(3));
    }

    void screenshots()
    {
        LatencyChart chart;
        chart.setAnalysis(chartfixtures::analysis());
        chartfixtures::saveScreenshots(&chart, QStringLiteral("latency-all"));
        chart.setCategory(QStringLiteral("code review"));
        chartfixtures::saveScreenshots(&chart, QStringLiteral("latency-code-review"));
        QCOMPARE(chart.plot()->xAxis->tickLabelColor(), chart.palette().color(QPalette::WindowText));
    }
};

QTEST_MAIN(TestLatencyChart)
#include "tst_latencychart.moc"
