// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "charts/accuracyheatmap.h"
#include "charts/chartpalette.h"

#include <cmath>
#include <qcustomplot.h>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {
ResultRecord record(const QString& category, const QString& caseId, const QString& modelId, bool pass, double cost)
{
    ResultRecord result;
    result.runId = QStringLiteral("run-1");
    result.category = category;
    result.caseId = caseId;
    result.modelId = modelId;
    result.pass = pass;
    result.score = pass ? 1.0 : 0.0;
    result.costUsd = cost;
    return result;
}

// alpha: m1 passes 8 of 10 at $0.002 a request, m2 passes 3 of 4 at $0.0005; beta: only m2, 1 of 2, one error.
RunAnalysis smallAnalysis()
{
    Workspace ws;
    for (const QString& name : { QStringLiteral("alpha"), QStringLiteral("beta") }) {
        Category category;
        category.name = name;
        category.threshold = 0.7;
        category.trafficShare = 0.5;
        ws.categories.append(category);
    }
    QList<ResultRecord> results;
    for (int i = 0; i < 10; ++i)
        results << record(QStringLiteral("alpha"), QString::number(i), QStringLiteral("m1"), i < 8, 0.002);
    for (int i = 0; i < 4; ++i)
        results << record(QStringLiteral("alpha"), QString::number(i), QStringLiteral("m2"), i < 3, 0.0005);
    results << record(QStringLiteral("beta"), QStringLiteral("0"), QStringLiteral("m2"), true, 0.001);
    results << record(QStringLiteral("beta"), QStringLiteral("1"), QStringLiteral("m2"), false, 0.001);
    results.last().score.reset();
    results.last().errorKind = QStringLiteral("fatal");
    return analyseRun(ws, results);
}

QPoint cellCentre(const AccuracyHeatmap& heatmap, double column, double row)
{
    return QPoint(int(heatmap.plot()->xAxis->coordToPixel(column)), int(heatmap.plot()->yAxis->coordToPixel(row)));
}

int countFrames(const QCustomPlot* plot)
{
    int frames = 0;
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* rect = qobject_cast<QCPItemRect*>(plot->item(i));
        if (rect && rect->brush().style() == Qt::NoBrush)
            ++frames;
    }
    return frames;
}
} // namespace

class TestAccuracyHeatmap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerStatisticsMetaTypes(); }

    void handComputedCells()
    {
        AccuracyHeatmap heatmap;
        heatmap.setAnalysis(smallAnalysis());
        QCPColorMapData* data = heatmap.colorMap()->data();
        QCOMPARE(data->keySize(), 2); // models m1, m2
        QCOMPARE(data->valueSize(), 2); // categories alpha, beta
        QCOMPARE(data->cell(0, 0), 80.0);
        QCOMPARE(data->cell(1, 0), 75.0);
        QVERIFY(std::isnan(data->cell(0, 1))); // m1 never ran on beta: empty, not 0%
        QCOMPARE(data->cell(1, 1), 50.0);
        QCOMPARE(heatmap.cellText(0, 0), QStringLiteral("80% · $2.00"));
        QCOMPARE(heatmap.cellText(0, 1), QStringLiteral("75% · $0.50"));
        QCOMPARE(heatmap.cellText(1, 0), QStringLiteral("not run"));
        QCOMPARE(heatmap.cellText(1, 1), QStringLiteral("50% · $1.00\n1 error"));
        QCOMPARE(countFrames(heatmap.plot()), 1);
        const QString tip = heatmap.toolTipFor(1, 1);
        QVERIFY2(tip.contains(QStringLiteral("1 of 2 trials")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Errors: 1 (fatal 1)")), qPrintable(tip));
        QVERIFY(heatmap.toolTipFor(1, 0).contains(QStringLiteral("Not run")));
    }

    void realisticRunAtRightPlaces()
    {
        const RunAnalysis analysis = chartfixtures::analysis();
        AccuracyHeatmap heatmap;
        heatmap.setAnalysis(analysis);
        QCPColorMapData* data = heatmap.colorMap()->data();
        int errorCells = 0;
        int marks = 0;
        for (int row = 0; row < analysis.categories.size(); ++row) {
            for (int column = 0; column < analysis.modelIds.size(); ++column) {
                const CellStats* cell = analysis.cell(analysis.categories.at(row), analysis.modelIds.at(column));
                if (!cell) {
                    QVERIFY(std::isnan(data->cell(column, row)));
                    continue;
                }
                QCOMPARE(data->cell(column, row), cell->passRate() * 100);
                // Marked against the category's own bar, which the shared colour scale cannot show.
                const QString mark = cell->verdict.outcome == BarOutcome::Meets ? QStringLiteral("✓ ")
                    : cell->verdict.outcome == BarOutcome::Fails               ? QStringLiteral("✗ ")
                                                                               : QString();
                QVERIFY2(heatmap.cellText(row, column)
                             .startsWith(mark + QStringLiteral("%1%").arg(qRound(cell->passRate() * 100))),
                         qPrintable(heatmap.cellText(row, column)));
                marks += mark.isEmpty() ? 0 : 1;
                errorCells += cell->errors > 0 ? 1 : 0;
            }
        }
        QCOMPARE(errorCells, 2);
        QVERIFY(marks > 0);
        QCOMPARE(countFrames(heatmap.plot()), 2);
        QCOMPARE(heatmap.cellText(3, 5), QStringLiteral("not run"));
    }

    void modelOrderOnAxis()
    {
        AccuracyHeatmap heatmap;
        heatmap.setAnalysis(chartfixtures::analysis());
        auto ticker = heatmap.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QCOMPARE(ticker->ticks().values(), chartfixtures::models);
        auto rows = heatmap.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QCOMPARE(rows->ticks().values(), chartfixtures::categories);
        QVERIFY(heatmap.plot()->yAxis->rangeReversed()); // the first category on top
    }

    void colourOfDrawnCell()
    {
        AccuracyHeatmap heatmap;
        heatmap.resize(700, 450);
        heatmap.setAnalysis(smallAnalysis());
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        heatmap.plot()->replot();
        const QImage image = heatmap.plot()->grab().toImage();
        QCPColorGradient gradient = ChartPalette::accuracyGradient(); // color() is not const
        // Near a cell's corner, away from its label and error frame.
        const QPoint alphaM1 = cellCentre(heatmap, -0.35, -0.35);
        QCOMPARE(image.pixelColor(alphaM1), QColor(gradient.color(80.0, QCPRange(0, 100))));
        const QPoint betaM2 = cellCentre(heatmap, 0.65, 0.65);
        QCOMPARE(image.pixelColor(betaM2), QColor(gradient.color(50.0, QCPRange(0, 100))));
        QVERIFY(gradient.color(80.0, QCPRange(0, 100)) != gradient.color(50.0, QCPRange(0, 100)));
    }

    void clickSelectsCellAndModel()
    {
        AccuracyHeatmap heatmap;
        heatmap.resize(800, 500);
        heatmap.setAnalysis(chartfixtures::analysis());
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        heatmap.plot()->replot();
        QSignalSpy cells(&heatmap, &AccuracyHeatmap::cellClicked);
        QSignalSpy models(&heatmap, &AccuracyHeatmap::modelClicked);
        QTest::mouseClick(heatmap.plot(), Qt::LeftButton, {}, cellCentre(heatmap, 4, 2));
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).at(0).toString(), chartfixtures::categories.at(2));
        QCOMPARE(cells.at(0).at(1).toString(), chartfixtures::models.at(4));
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.at(0).at(0).toString(), chartfixtures::models.at(4));
        QTest::mouseClick(heatmap.plot(), Qt::LeftButton, {}, QPoint(2, 2)); // outside the grid
        QCOMPARE(cells.size(), 1);
    }

    void manyModelsShrinkLabels()
    {
        Workspace ws;
        QList<ResultRecord> results;
        for (int m = 0; m < 16; ++m)
            for (int i = 0; i < 10; ++i)
                for (const QString& category : { QStringLiteral("alpha"), QStringLiteral("beta") })
                    results << record(category, QString::number(i), QStringLiteral("provider/model-%1").arg(m), i < 8,
                                      0.002);
        AccuracyHeatmap heatmap;
        heatmap.resize(1000, 600);
        heatmap.setAnalysis(analyseRun(ws, results));
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        heatmap.plot()->replot();
        QVERIFY(heatmap.plot()->xAxis->tickLabelRotation() != 0.0); // 16 long names do not fit side by side
        int stacked = 0;
        for (int i = 0; i < heatmap.plot()->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(heatmap.plot()->item(i));
            if (text && text->visible() && text->text() == QStringLiteral("80%\n$2.00"))
                ++stacked;
        }
        QCOMPARE(stacked, 32); // too narrow for one line: the cost goes under the accuracy, not away
        QCOMPARE(heatmap.cellText(1, 15), QStringLiteral("80% · $2.00"));

        // Sixteen categories: rows too low for two lines, so the accuracy, and "…" for the cost in the tool tip.
        QList<ResultRecord> many;
        for (int m = 0; m < 16; ++m)
            for (int c = 0; c < 16; ++c)
                for (int i = 0; i < 10; ++i)
                    many << record(QStringLiteral("category-%1").arg(c), QString::number(i),
                                   QStringLiteral("provider/model-%1").arg(m), i < 8, 0.002);
        heatmap.setAnalysis(analyseRun(ws, many));
        heatmap.resize(1000, 400);
        QTRY_VERIFY(heatmap.plot()->height() <= 400);
        heatmap.plot()->replot();
        int brief = 0;
        for (int i = 0; i < heatmap.plot()->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(heatmap.plot()->item(i));
            if (text && text->visible() && text->text() == QStringLiteral("80%…"))
                ++brief;
        }
        QCOMPARE(brief, 16 * 16);
        QVERIFY(heatmap.toolTipFor(1, 15).contains(QStringLiteral("$2.00")));
        chartfixtures::saveScreenshots(&heatmap, QStringLiteral("heatmap-16-models"));
    }

    void largeRunRedraw()
    {
        // The benchmark's shape: 50 models x 20 categories, one cell each.
        QList<ResultRecord> results;
        for (int m = 0; m < 50; ++m)
            for (int c = 0; c < 20; ++c)
                results << record(QStringLiteral("category-%1").arg(c), QStringLiteral("0"),
                                  QStringLiteral("model-%1").arg(m), (m + c) % 3 != 0, 0.001);
        const RunAnalysis analysis = analyseRun(Workspace(), results);
        AccuracyHeatmap heatmap;
        heatmap.resize(1400, 800);
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        QElapsedTimer timer;
        timer.start();
        heatmap.setAnalysis(analysis);
        const qint64 buildAndDraw = timer.restart();
        heatmap.plot()->replot(QCustomPlot::rpImmediateRefresh);
        qInfo("50 x 20 heatmap: setAnalysis with replot %lld ms, a redraw %lld ms", buildAndDraw, timer.elapsed());
        QCOMPARE(heatmap.colorMap()->data()->keySize(), 50);
        QCOMPARE(heatmap.colorMap()->data()->cell(49, 19), (49 + 19) % 3 != 0 ? 100.0 : 0.0);
    }

    void followsPalette()
    {
        AccuracyHeatmap heatmap;
        heatmap.setAnalysis(chartfixtures::analysis());
        heatmap.setPalette(chartfixtures::darkPalette());
        const QImage image = heatmap.plot()->toPixmap(600, 400).toImage();
        QCOMPARE(image.pixelColor(1, 1), QColor(0x2b, 0x2b, 0x2b));
        QCOMPARE(heatmap.plot()->xAxis->tickLabelColor(), QColor(0xe8, 0xe8, 0xe8));
        chartfixtures::saveScreenshots(&heatmap, QStringLiteral("heatmap"));
    }
};

QTEST_MAIN(TestAccuracyHeatmap)
#include "tst_accuracyheatmap.moc"
