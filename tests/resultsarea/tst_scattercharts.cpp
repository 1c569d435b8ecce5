// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"
#include "charts/categoryscatterchart.h"
#include "charts/chartinteraction.h"
#include "charts/dollarlogticker.h"
#include "charts/modelscatterchart.h"
#include "charts/scatterlabels.h"
#include "document/selection.h"
#include "routing/routesuggestion.h"

#include <qcustomplot.h>
#include <QSignalSpy>
#include <QTest>

using namespace chartfixtures;

namespace {
const QString classification = QStringLiteral("classification");

QPoint pixelOf(const AccuracyCostChart& chart, const QString& modelId)
{
    const QPointF at = chart.plotPosition(modelId);
    return QPoint(qRound(chart.plot()->xAxis->coordToPixel(at.x())), qRound(chart.plot()->yAxis->coordToPixel(at.y())));
}

QList<QPair<double, double>> graphPoints(const QCPGraph* graph)
{
    QList<QPair<double, double>> points;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        points.append({ it->key, it->value });
    return points;
}
} // namespace

class TestScatterCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pointsAreTheCellsFigures()
    {
        const RunAnalysis run = analysis();
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), run, classification);
        QCOMPARE(chart.points().size(), models.size());
        QCOMPARE(chart.pointsGraph()->data()->size(), models.size());
        for (const CellStats& cell : run.cellsOfCategory(classification)) {
            const QPointF at = chart.plotPosition(cell.modelId);
            QCOMPARE(at.x(), cell.costPer1kRequests());
            QCOMPARE(at.y(), cell.passRate() * 100);
            QVERIFY(graphPoints(chart.pointsGraph()).contains(qMakePair(at.x(), at.y())));
        }
        // gpt-4o-mini: 0.0004 $ a request -> $0.40 per 1,000.
        QCOMPARE(chart.plotPosition(models.at(0)).x(), 0.4);
    }

    void whiskersSpanTheWilsonInterval()
    {
        const RunAnalysis run = analysis();
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), run, classification);
        auto* whiskers = qobject_cast<QCPErrorBars*>(chart.plot()->plottable(chart.plot()->plottableCount() - 1));
        QVERIFY(whiskers);
        QCOMPARE(whiskers->dataCount(), models.size());
        for (int i = 0; i < chart.points().size(); ++i) {
            const CellStats* cell = run.cell(classification, chart.points().at(i).modelId);
            const QCPErrorBarsData bar = whiskers->data()->at(i);
            QVERIFY(qAbs(cell->passRate() * 100 - bar.errorMinus - cell->passInterval.lower * 100) < 1e-9);
            QVERIFY(qAbs(cell->passRate() * 100 + bar.errorPlus - cell->passInterval.upper * 100) < 1e-9);
        }
    }

    void frontierIsExactlyTheParetoSet()
    {
        const RunAnalysis run = analysis();
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), run, classification);
        const QStringList expected = run.frontier(classification)->modelIds;
        QVERIFY(!expected.isEmpty());
        QCOMPARE(chart.frontierGraph()->data()->size(), expected.size());
        QCOMPARE(chart.frontierGraph()->lineStyle(), QCPGraph::lsStepLeft);
        // Hand check: no frontier point is beaten by any point, every other point is.
        const QList<CellStats> cells = run.cellsOfCategory(classification);
        for (const CellStats& cell : cells) {
            const bool beaten = std::any_of(cells.cbegin(), cells.cend(), [&cell](const CellStats& other) {
                return other.costPer1kRequests() <= cell.costPer1kRequests() && other.passRate() >= cell.passRate()
                    && (other.costPer1kRequests() < cell.costPer1kRequests() || other.passRate() > cell.passRate());
            });
            QCOMPARE(expected.contains(cell.modelId), !beaten);
            const QPointF at = chart.plotPosition(cell.modelId);
            QCOMPARE(graphPoints(chart.frontierGraph()).contains(qMakePair(at.x(), at.y())), !beaten);
        }
    }

    void barIsADashedLineAtTheThreshold()
    {
        Workspace ws = workspace();
        ws.categories[0].threshold = 0.9;
        CategoryScatterChart chart;
        chart.setAnalysis(ws, analysis(), classification);
        QVERIFY(chart.barGraph()->visible());
        QCOMPARE(chart.barGraph()->pen().style(), Qt::DashLine);
        for (auto it = chart.barGraph()->data()->constBegin(); it != chart.barGraph()->data()->constEnd(); ++it)
            QCOMPARE(it->value, 90.0);
        QVERIFY(chart.barGraph()->name().contains(QStringLiteral("90%")));
    }

    void costAxisIsLogarithmicInDollars()
    {
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), analysis(), classification);
        QCOMPARE(chart.plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(chart.plot()->xAxis->ticker().dynamicCast<DollarLogTicker>());
        QCOMPARE(dollarTickText(0.01, QLocale::c()), QStringLiteral("$0.01"));
        QCOMPARE(dollarTickText(20, QLocale::c()), QStringLiteral("$20"));
        QCOMPARE(dollarTickText(0.5, QLocale::c()), QStringLiteral("$0.5"));
        // Every point lies inside the home range.
        for (const ScatterPoint& point : chart.points())
            QVERIFY(chart.plot()->xAxis->range().contains(chart.plotPosition(point.modelId).x()));
    }

    void routedModelIsRinged()
    {
        Workspace ws = workspace();
        ws.routing.routes.append(Route { classification, { models.at(2), models.at(0) }, QStringLiteral("manual") });
        CategoryScatterChart chart;
        chart.setAnalysis(ws, analysis(), classification);
        QCOMPARE(chart.routedModel(), models.at(2));
        QCOMPARE(chart.routedGraph()->data()->size(), 1);
        const QPointF at = chart.plotPosition(models.at(2));
        QCOMPARE(chart.routedGraph()->data()->at(0)->key, at.x());
        QCOMPARE(chart.routedGraph()->data()->at(0)->value, at.y());
        QVERIFY(chart.routedGraph()->visible());

        chart.setAnalysis(workspace(), analysis(), classification); // no routes at all
        QVERIFY(!chart.routedGraph()->visible());
    }

    // A cascade route's simulation is a diamond of its own, ringed as the routed route. Its check
    // fails every (empty) answer, so every request escalates: the second model's pass rate at the
    // two models' costs added up.
    void cascadeIsAPointOfItsOwn()
    {
        Workspace ws = workspace();
        Route cascade { classification, { models.at(0), models.at(1) }, QStringLiteral("manual") };
        cascade.cascadeCheck = ScorerSpec { QStringLiteral("regex"), QStringLiteral("^x") };
        ws.routing.routes.append(cascade);
        const QList<ResultRecord> all = results(1);
        const RunAnalysis run = analyseRun(ws, all);
        const QList<CascadeCell> cascades = routeCascades(ws, all);
        QCOMPARE(cascades.size(), 1);
        CategoryScatterChart chart;
        chart.setAnalysis(ws, run, classification, cascades);
        const QString id = cascadeId(cascade.chain);
        QCOMPARE(chart.points().size(), models.size() + 1);
        QCOMPARE(chart.pointsGraph()->data()->size(), models.size()); // not among the models' points
        QCOMPARE(chart.cascadeGraph()->data()->size(), 1);
        QVERIFY(chart.cascadeGraph()->visible());
        QCOMPARE(chart.cascadeGraph()->scatterStyle().shape(), QCPScatterStyle::ssDiamond);
        const CellStats* first = run.cell(classification, models.at(0));
        const CellStats* second = run.cell(classification, models.at(1));
        const QPointF at = chart.plotPosition(id);
        QVERIFY(qAbs(at.x() - (first->costPer1kRequests() + second->costPer1kRequests())) < 1e-9);
        QCOMPARE(at.y(), second->passRate() * 100);
        QCOMPARE(chart.routedModel(), id);
        QCOMPARE(chart.routedGraph()->data()->at(0)->key, at.x());
        QVERIFY(!chart.frontierModels().contains(id));
        QVERIFY2(chart.toolTipFor(id).contains(QStringLiteral("100% of the requests escalate")),
                 qPrintable(chart.toolTipFor(id)));
        const auto label = std::find_if(chart.points().cbegin(), chart.points().cend(),
                                        [&id](const ScatterPoint& point) { return point.modelId == id; });
        QCOMPARE(label->label, QStringLiteral("cascade %1\u2192%2").arg(models.at(0), models.at(1)));
        // Another category's chart leaves it out.
        chart.setAnalysis(ws, run, categories.at(1), cascades);
        QVERIFY(!chart.cascadeGraph()->visible());
    }

    // The run's suggestion (cheapest model meeting the 80% bar) has a marker and a legend entry of its
    // own beside the routed model's ring; a category where no model meets the bar has none.
    void suggestedModelIsMarked()
    {
        Workspace ws = workspace();
        ws.routing.routes.append(Route { classification, { models.at(3) }, QStringLiteral("manual") });
        const RunAnalysis run = analysis();
        CategoryScatterChart chart;
        chart.setAnalysis(ws, run, classification);
        const QString suggested = suggestRoute(ws, run, classification).chain.value(0);
        QVERIFY(!suggested.isEmpty());
        QVERIFY(suggested != models.at(3));
        QCOMPARE(chart.suggestedModel(), suggested);
        QCOMPARE(chart.suggestedGraph()->data()->size(), 1);
        QCOMPARE(chart.suggestedGraph()->data()->at(0)->key, chart.plotPosition(suggested).x());
        QCOMPARE(chart.suggestedGraph()->data()->at(0)->value, chart.plotPosition(suggested).y());
        QVERIFY(chart.plot()->legend->hasItemWithPlottable(chart.suggestedGraph()));
        QVERIFY(chart.plot()->legend->hasItemWithPlottable(chart.routedGraph()));
        QVERIFY2(chart.suggestedGraph()->name().startsWith(QStringLiteral("Suggested model")),
                 qPrintable(chart.suggestedGraph()->name()));

        QList<ResultRecord> all = results(1);
        for (ResultRecord& record : all) {
            if (record.caseId == QStringLiteral("case-0")) { // nobody passes every case
                record.pass = false;
                record.score = 0.0;
            }
        }
        for (Category& category : ws.categories)
            category.threshold = 1.0;
        chart.setAnalysis(ws, analyseRun(ws, all), classification);
        QVERIFY(chart.suggestedModel().isEmpty());
        QVERIFY(!chart.suggestedGraph()->visible());
        QVERIFY(!chart.plot()->legend->hasItemWithPlottable(chart.suggestedGraph()));
    }

    void freeModelsAreDrawnAtTheLeftEdge()
    {
        QList<ResultRecord> all = results(1);
        for (ResultRecord& record : all) {
            if (record.modelId == models.at(5))
                record.costUsd = 0.0;
        }
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), analyseRun(workspace(), all), classification);
        const QPointF at = chart.plotPosition(models.at(5));
        QCOMPARE(at.x(), chart.freeCostPosition());
        QVERIFY(at.x() > chart.plot()->xAxis->range().lower);
        for (const ScatterPoint& point : chart.points()) {
            if (point.costPer1k > 0)
                QVERIFY(chart.plotPosition(point.modelId).x() > at.x());
        }
        QVERIFY(chart.toolTipFor(models.at(5)).contains(QStringLiteral("free")));
    }

    void tooltipHasTheFigures()
    {
        const RunAnalysis run = analysis();
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), run, classification);
        const CellStats* cell = run.cell(classification, models.at(0));
        const QString tip = chart.toolTipFor(models.at(0));
        QVERIFY2(tip.contains(QStringLiteral("n = %1 trials").arg(cell->trials)), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("$0.400 per 1,000 requests")));
        QVERIFY(tip.contains(QStringLiteral("p95 %1 ms").arg(QLocale().toString(cell->latencyP95Ms.value_or(-1)))));
    }

    void clickSelectsAndSelectionHighlights()
    {
        Selection selection;
        CategoryScatterChart chart;
        chart.bindSelection(&selection);
        chart.resize(900, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setAnalysis(workspace(), analysis(), classification);
        chart.plot()->replot();
        QSignalSpy changed(&selection, &Selection::modelChanged);
        const QPoint at = pixelOf(chart, models.at(3));
        QTest::mousePress(chart.plot(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(chart.plot(), Qt::LeftButton, {}, at);
        QCOMPARE(selection.model(), models.at(3));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(chart.highlightedModel(), models.at(3));
        QCOMPARE(chart.highlightGraph()->data()->size(), 1);
        QCOMPARE(chart.highlightGraph()->data()->at(0)->key, chart.plotPosition(models.at(3)).x());

        selection.setModel(models.at(1));
        QCOMPARE(chart.highlightGraph()->data()->at(0)->value, chart.plotPosition(models.at(1)).y());
        // The halo says what it is in the legend: the selected model, by name.
        QVERIFY(chart.plot()->legend->hasItemWithPlottable(chart.highlightGraph()));
        QVERIFY2(chart.highlightGraph()->name().startsWith(u"Selected: " + models.at(1)),
                 qPrintable(chart.highlightGraph()->name()));
        selection.setModel(QString());
        QVERIFY(!chart.plot()->legend->hasItemWithPlottable(chart.highlightGraph()));
    }

    void labelsDoNotOverlap()
    {
        CategoryScatterChart chart;
        chart.resize(900, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setAnalysis(workspace(), analysis(), classification);
        chart.plot()->replot();
        QList<QRectF> shown;
        for (QCPItemText* label : chart.labelItems()) {
            if (!label->visible())
                continue;
            const QRectF box(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition());
            for (const QRectF& other : std::as_const(shown))
                QVERIFY(!box.intersects(other));
            shown.append(box);
        }
        QVERIFY(shown.size() >= 4); // 6 models on 900 px: most labels find room
    }

    void placeLabelsLeavesOutWhatDoesNotFit()
    {
        const QList<LabelRequest> requests { { { 50, 50 }, { 40, 10 } }, { { 52, 50 }, { 40, 10 } } };
        const QList<QRectF> places = placeLabels(requests, QRectF(0, 0, 100, 100), {});
        QCOMPARE(places.size(), 2);
        QVERIFY(!places.at(0).isNull());
        QVERIFY(!places.at(0).intersects(places.at(1)));
        // Nothing fits in a box no bigger than the label.
        QVERIFY(placeLabels({ { { 5, 5 }, { 40, 10 } } }, QRectF(0, 0, 20, 20), {}).at(0).isNull());
    }

    void zoomAndReset()
    {
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), analysis(), classification);
        ChartInteraction* interaction = ChartInteraction::of(chart.plot());
        QVERIFY(interaction);
        QVERIFY(chart.plot()->interactions().testFlag(QCP::iRangeZoom));
        const QCPRange home = chart.plot()->xAxis->range();
        chart.plot()->xAxis->scaleRange(0.5);
        QVERIFY(interaction->isZoomed());
        interaction->resetView();
        QCOMPARE(chart.plot()->xAxis->range().lower, home.lower);
        QCOMPARE(chart.plot()->xAxis->range().upper, home.upper);
        QVERIFY(!interaction->isZoomed());
    }

    void modelChartIsTrafficWeighted()
    {
        const RunAnalysis run = analysis();
        ModelScatterChart chart;
        chart.setAnalysis(workspace(), run);
        QCOMPARE(chart.points().size(), models.size());
        for (const ModelAggregate& model : run.models) {
            QCOMPARE(chart.plotPosition(model.modelId).x(), model.costPer1kRequests);
            QCOMPARE(chart.plotPosition(model.modelId).y(), model.accuracy * 100);
        }
        QVERIFY(!chart.barGraph()->visible());
        const QStringList frontier = chart.frontierModels();
        for (const ModelAggregate& model : run.models) {
            const bool beaten = std::any_of(run.models.cbegin(), run.models.cend(), [&model](const ModelAggregate& o) {
                return o.costPer1kRequests <= model.costPer1kRequests && o.accuracy >= model.accuracy
                    && (o.costPer1kRequests < model.costPer1kRequests || o.accuracy > model.accuracy);
            });
            QCOMPARE(frontier.contains(model.modelId), !beaten);
        }
    }

    void screenshots()
    {
        CategoryScatterChart chart;
        chart.setAnalysis(workspace(), analysis(), classification);
        saveScreenshots(&chart, QStringLiteral("category-scatter"));
        Workspace ws = workspace();
        Route cascade { classification, { models.at(4), models.at(1) }, QStringLiteral("manual") };
        cascade.cascadeCheck = ScorerSpec { QStringLiteral("regex"), QStringLiteral("^x") };
        ws.routing.routes.append(cascade);
        CategoryScatterChart cascaded;
        cascaded.setAnalysis(ws, analysis(), classification, routeCascades(ws, results(3)));
        saveScreenshots(&cascaded, QStringLiteral("category-scatter-cascade"));
        ModelScatterChart models;
        models.setAnalysis(workspace(), analysis());
        saveScreenshots(&models, QStringLiteral("model-scatter"));
        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TestScatterCharts)
#include "tst_scattercharts.moc"
