// SPDX-License-Identifier: GPL-3.0-or-later
// The Shadow compare view on a large set: 2,000 cases x 2 answers of about 2 KB (the baseline and one
// candidate, about a third of the answers differing). Prints the time to compare (pair, diff and sum
// up, done on a pool thread in the app), to build the view (model, table and the first case shown),
// and to jump to the next and previous difference (each jump shows the case's answers, highlighted,
// with their differences marked), medians. Run with QT_QPA_PLATFORM=offscreen on a machine without a
// display. usage: bench_shadowview [cases=2000] [bytes=2048]
#include "benchsupport.h"
#include "shadowarea/shadowview.h"

#include <cstdio>
#include <QApplication>
#include <QRandomGenerator>

namespace {
const QString baselineId = QStringLiteral("model-0");
const QString candidateId = QStringLiteral("model-1");

const QStringList vocabulary { QStringLiteral("invoice"),  QStringLiteral("refund"),   QStringLiteral("the"),
                               QStringLiteral("customer"), QStringLiteral("order"),    QStringLiteral("shipping"),
                               QStringLiteral("account"),  QStringLiteral("billing"),  QStringLiteral("and"),
                               QStringLiteral("delayed"),  QStringLiteral("password"), QStringLiteral("payment") };

// About `bytes` characters of prose with a sentence per line, or a JSON object every fourth case.
QString answer(QRandomGenerator& random, int bytes, bool json)
{
    QString text;
    text.reserve(bytes + 64);
    if (json)
        text += QStringLiteral("{\n  \"summary\": \"");
    while (text.size() < bytes) {
        text += vocabulary.at(random.bounded(int(vocabulary.size())));
        text += random.bounded(12) == 0 ? (json ? QStringLiteral(". ") : QStringLiteral(".\n")) : QStringLiteral(" ");
    }
    if (json)
        text += QStringLiteral("\",\n  \"category\": \"billing\"\n}");
    return text;
}

// The candidate's answer: the baseline's, with a few words replaced in every third case.
QString variant(QRandomGenerator& random, const QString& baseline, bool differ)
{
    if (!differ)
        return baseline;
    QString text = baseline;
    for (int edit = 0; edit < 8; ++edit) {
        const int at = text.indexOf(u' ', random.bounded(int(text.size())));
        if (at > 0)
            text.insert(at + 1, QStringLiteral("urgently "));
    }
    return text;
}

Workspace benchWorkspace(int cases)
{
    bench::Shape shape;
    shape.models = 2;
    shape.categories = 1;
    Workspace ws = bench::workspace(shape);
    for (int k = 0; k < cases; ++k) {
        TestCase testCase;
        testCase.id = QStringLiteral("case-%1").arg(k);
        testCase.prompt = QStringLiteral("Summarise ticket %1 for the billing team").arg(k);
        ws.categories.first().cases.append(testCase);
    }
    return ws;
}

QList<ResultRecord> benchResults(const Workspace& ws, int bytes)
{
    QRandomGenerator random(2026);
    QList<ResultRecord> all;
    const Category& category = ws.categories.first();
    for (int k = 0; k < category.cases.size(); ++k) {
        const QString base = answer(random, bytes, k % 4 == 0);
        const QString other = variant(random, base, k % 3 == 0);
        for (const QString& modelId : { baselineId, candidateId }) {
            ResultRecord record;
            record.runId = QStringLiteral("bench");
            record.category = category.name;
            record.caseId = category.cases.at(k).id;
            record.modelId = modelId;
            record.output = modelId == baselineId ? base : other;
            record.pass = random.bounded(10) < 8;
            record.score = record.pass ? 1.0 : 0.0;
            record.costUsd = modelId == baselineId ? 0.002 : 0.0004;
            record.latencyMs = 300 + random.bounded(900);
            all.append(record);
        }
    }
    return all;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int cases = bench::argument(args, 1, 2000);
    const int bytes = bench::argument(args, 2, 2048);
    const Workspace ws = benchWorkspace(cases);
    const QList<ResultRecord> results = benchResults(ws, bytes);
    const QString category = ws.categories.first().name;
    std::printf("%d cases x 2 answers of about %d characters\n", cases, bytes);

    ShadowComparison comparison;
    const double compareMs = bench::medianMs(3, [&] {
        comparison = compareShadow(ws, results, category, baselineId, { candidateId }, {}, ShadowOptions {});
    });
    std::printf("compare (pair, diff, sum up; pool thread in the app): %8.1f ms\n", compareMs);

    ShadowView view;
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    const double buildMs = bench::medianMs(5, [&] {
        view.setComparison(ws, std::make_shared<ShadowComparison>(comparison));
        view.repaint();
        QApplication::processEvents();
    });
    std::printf("build the view (model, table, first case):       %8.1f ms\n", buildMs);

    const int jumps = 50;
    QList<double> next;
    QList<double> previous;
    for (int i = 0; i < jumps; ++i) {
        next.append(bench::medianMs(1, [&] {
            view.nextDifference();
            view.repaint();
            QApplication::processEvents();
        }));
    }
    for (int i = 0; i < jumps; ++i) {
        previous.append(bench::medianMs(1, [&] {
            view.previousDifference();
            view.repaint();
            QApplication::processEvents();
        }));
    }
    std::sort(next.begin(), next.end());
    std::sort(previous.begin(), previous.end());
    std::printf("next difference (shown and painted), median/max: %8.1f / %.1f ms\n", next.at(jumps / 2), next.last());
    std::printf("previous difference, median/max:                 %8.1f / %.1f ms\n", previous.at(jumps / 2),
                previous.last());

    // From the last case to the first: the longest scroll.
    view.selectCase(int(comparison.cases.size()) - 1);
    const double farMs = bench::medianMs(1, [&] {
        view.selectCase(0);
        view.repaint();
        QApplication::processEvents();
    });
    std::printf("jump from the last case to the first:           %8.1f ms\n", farMs);
    std::printf("peak memory: %.0f MiB\n", bench::peakResidentMiB());
    return 0;
}
