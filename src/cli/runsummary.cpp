// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsummary.h"

#include "consoletext.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
class RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)
};

const QString dash = QStringLiteral("-");

QString percentText(int part, int whole)
{
    return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + u'%' : dash;
}

QStringList header(bool simulated)
{
    QStringList cells { RunSummary::tr("category"),  RunSummary::tr("model"),      RunSummary::tr("cases"),
                        RunSummary::tr("pass rate"), RunSummary::tr("mean score"), RunSummary::tr("errors"),
                        RunSummary::tr("cost/case"), RunSummary::tr("total cost"), RunSummary::tr("p50 ms"),
                        RunSummary::tr("p95 ms") };
    if (simulated)
        cells.append(QString());
    return cells;
}

QStringList row(const QString& category, const QString& model, ResultsTally stats, bool simulated)
{
    std::sort(stats.latencies.begin(), stats.latencies.end());
    const bool any = stats.answers > 0;
    const bool timed = !stats.latencies.isEmpty();
    QStringList cells { category,
                        model,
                        QString::number(stats.cases.size()),
                        percentText(stats.passed, stats.answers),
                        stats.scored > 0 ? QString::number(stats.scoreSum / stats.scored, 'f', 3) : dash,
                        QString::number(stats.errors),
                        any ? usdText(stats.costUsd / stats.answers) : dash,
                        any ? usdText(stats.costUsd) : dash,
                        timed ? QString::number(percentile(stats.latencies, 0.5)) : dash,
                        timed ? QString::number(percentile(stats.latencies, 0.95)) : dash };
    if (simulated)
        cells.append(RunSummary::tr("simulated"));
    return cells;
}

QString title(const RunInfo& run)
{
    QString text = RunSummary::tr("Run %1: %2").arg(run.id, runStatusDisplayName(run.status).toLower());
    if (run.repeats > 1)
        text += RunSummary::tr(", each case answered %1 times").arg(run.repeats);
    if (run.simulated)
        text += RunSummary::tr(" (simulated: the sandbox answered, not the real models)");
    return text + u'\n';
}

QString totals(const ResultsTally& all, const RunInfo& run)
{
    const QString judge
        = all.judgeCostUsd > 0.0 ? RunSummary::tr(", judge cost %1").arg(usdText(all.judgeCostUsd)) : QString();
    // A batch run's answers cost their batch price; providers without a batch API answered at list price.
    const QString prices = run.settings.batch ? RunSummary::tr("at batch prices where batched, list prices elsewhere")
                                              : RunSummary::tr("at list prices");
    return RunSummary::tr("Total: %1 answers, passed %2 (%3), errors %4, model cost %5 %6%7, spent %8")
               .arg(all.answers)
               .arg(all.passed)
               .arg(percentText(all.passed, all.answers))
               .arg(all.errors)
               .arg(usdText(all.costUsd), prices, judge, usdText(run.spentUsd))
        + u'\n';
}
// How many answers the cache gave, and from when: a reader must know how fresh the evidence is.
QString cacheLine(const CacheUse& use)
{
    if (use.cached == 0)
        return {};
    QString text = RunSummary::tr("%1 of %2 answers came from the response cache").arg(use.cached).arg(use.answers);
    if (use.oldest.isValid())
        text += RunSummary::tr(", the oldest given on %1").arg(use.oldest.toString(Qt::ISODate));
    return text + u'\n';
}
} // namespace

qint64 percentile(const QList<qint64>& sortedValues, double share)
{
    if (sortedValues.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(share * double(sortedValues.size())));
    return sortedValues.at(std::clamp<qsizetype>(rank - 1, 0, sortedValues.size() - 1));
}

QString runSummary(const RunInfo& run, const RunTally& tally)
{
    QList<QStringList> rows { header(run.simulated) };
    for (const QString& category : run.categories) {
        for (const QString& model : run.modelIds)
            rows.append(row(category, model, tally.cell(category, model), run.simulated));
    }
    return title(run) + alignedTable(rows, { 2, 3, 4, 5, 6, 7, 8, 9 }) + totals(tally.total(), run)
        + cacheLine(tally.cacheUse());
}
