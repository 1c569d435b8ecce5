// SPDX-License-Identifier: GPL-3.0-or-later
// Builds and redraws each chart of the Results area on a run of 50 models x 20 categories x 20
// cases, and prints milliseconds per build (setAnalysis) and per redraw (replot), medians of 9.
// Target: a redraw under 50 ms. SIGNALBOX_CHART_SHOTS=<folder> also saves a picture of each. Run with
// QT_QPA_PLATFORM=offscreen on a machine without a display. usage: bench_charts [models=50] [categories=20] [cases=20]
#include "benchsupport.h"
#include "charts/accuracyheatmap.h"
#include "charts/categoryscatterchart.h"
#include "charts/latencychart.h"
#include "charts/modelscatterchart.h"
#include "charts/stabilitychart.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QApplication>
#include <qcustomplot.h>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace {
Workspace benchWorkspace(int models, int categories)
{
    Workspace ws;
    for (int c = 0; c < categories; ++c) {
        Category category;
        category.name = QStringLiteral("category-%1").arg(c);
        category.threshold = 0.8;
        category.trafficShare = 1.0 / categories;
        ws.categories.append(category);
    }
    for (int m = 0; m < models; ++m)
        ws.models.append(ModelSpec { QStringLiteral("model-%1").arg(m), QStringLiteral("sandbox") });
    return ws;
}

QList<ResultRecord> benchResults(const Workspace& ws, int cases)
{
    QRandomGenerator random(7);
    QList<ResultRecord> all;
    for (int m = 0; m < ws.models.size(); ++m) {
        const double skill = 0.5 + 0.5 * random.generateDouble();
        const double price = 0.00001 * std::pow(10.0, 3.0 * random.generateDouble());
        for (const Category& category : ws.categories) {
            for (int k = 0; k < cases; ++k) {
                ResultRecord record;
                record.runId = QStringLiteral("bench");
                record.category = category.name;
                record.caseId = QStringLiteral("case-%1").arg(k);
                record.modelId = ws.models.at(m).id;
                record.pass = random.generateDouble() < skill;
                record.score = record.pass ? 1.0 : 0.0;
                record.costUsd = price;
                record.latencyMs = 200 + random.bounded(2000);
                all.append(record);
            }
        }
    }
    return all;
}

void report(const char* name, QWidget* chart, QCustomPlot* plot, const std::function<void()>& build)
{
    chart->resize(1200, 800);
    chart->show();
    QApplication::processEvents();
    const double buildMs = bench::medianMs(9, [&] {
        build();
        plot->replot(QCustomPlot::rpImmediateRefresh);
    });
    const double redrawMs = bench::medianMs(9, [&] { plot->replot(QCustomPlot::rpImmediateRefresh); });
    if (const QString shots = qEnvironmentVariable("SIGNALBOX_CHART_SHOTS"); !shots.isEmpty())
        chart->grab().save(shots + QStringLiteral("/bench-") + QString::fromLatin1(name).replace(u' ', u'-')
                           + QStringLiteral(".png"));
    std::printf("%-24s build+draw %7.1f ms   redraw %7.1f ms%s\n", name, buildMs, redrawMs,
                redrawMs < 50 ? "" : "   (over the 50 ms target)");
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int models = args.value(1, QStringLiteral("50")).toInt();
    const int categories = args.value(2, QStringLiteral("20")).toInt();
    const int cases = args.value(3, QStringLiteral("20")).toInt();
    const Workspace ws = benchWorkspace(models, categories);
    const RunAnalysis analysis = analyseRun(ws, benchResults(ws, cases));
    std::printf("%d models x %d categories x %d cases, 1200 x 800 px\n", models, categories, cases);

    CategoryScatterChart category;
    report("category scatter", &category, category.plot(),
           [&] { category.setAnalysis(ws, analysis, ws.categories.first().name); });
    ModelScatterChart model;
    report("model scatter", &model, model.plot(), [&] { model.setAnalysis(ws, analysis); });
    AccuracyHeatmap heatmap;
    report("accuracy heatmap", &heatmap, heatmap.plot(), [&] { heatmap.setAnalysis(analysis); });
    LatencyChart latency;
    report("latency", &latency, latency.plot(), [&] { latency.setAnalysis(analysis); });
    StabilityChart stability;
    report("stability", &stability, stability.plot(), [&] { stability.setAnalysis(analysis); });
    return 0;
}
