// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencechoice.h"

#include <QComboBox>
#include <QLocale>

namespace {
constexpr int maxStaleCellsNamed = 4;

QString dayOf(const QDateTime& date)
{
    return QLocale().toString(date.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

namespace EvidenceChoice {
QString latestKey()
{
    return QStringLiteral("latest-per-cell");
}

void addLatestItem(QComboBox* combo)
{
    combo->addItem(EvidenceText::tr("Latest per category and model (all runs)"), latestKey());
    combo->setItemData(combo->count() - 1,
                       EvidenceText::tr("Each category and model from the newest run that answered it, so that a "
                                        "model run on its own competes with the last full run; cells whose category "
                                        "changed since their run are left out and marked stale"),
                       Qt::ToolTipRole);
}

bool isLatest(const QComboBox* combo)
{
    return combo->currentData().toString() == latestKey();
}
} // namespace EvidenceChoice

QString EvidenceText::runLabel(const QString& runId, const QDateTime& date)
{
    return tr("run %1 of %2").arg(runId, QLocale().toString(date.toLocalTime(), QLocale::ShortFormat));
}

QString EvidenceText::sources(const LatestEvidence& evidence)
{
    QStringList runs;
    for (const RunInfo& run : evidence.runs)
        runs.append(tr("%1 (%2)").arg(run.id, dayOf(run.startedAt)));
    if (runs.isEmpty())
        return tr("No run has current evidence for the workspace's categories.");
    return tr("Latest evidence per category and model, from %n run(s): %1.", nullptr, int(runs.size()))
        .arg(runs.join(QStringLiteral(", ")));
}

QString EvidenceText::stale(const LatestEvidence& evidence)
{
    QStringList named;
    for (const EvidenceCell& cell : evidence.cells) {
        if (cell.stale && named.size() < maxStaleCellsNamed)
            named.append(tr("%1 × %2").arg(cell.category, cell.modelId));
    }
    const int count = evidence.staleCount();
    if (count == 0)
        return {};
    if (count > named.size())
        named.append(tr("%n more", nullptr, count - int(named.size())));
    return tr("%n cell(s) left out as stale (%1): the category's cases, prompt or scorers changed since their run. "
              "Run Missing in Runs runs them again.",
              nullptr, count)
        .arg(named.join(QStringLiteral(", ")));
}

QString EvidenceText::cell(const EvidenceCell& cell)
{
    const QString source = runLabel(cell.runId, cell.runDate);
    if (!cell.stale)
        return tr("From %1").arg(source);
    return tr("Stale: %1 × %2 changed since %3 (cases, prompt or scorers); left out until it runs again")
        .arg(cell.category, cell.modelId, source);
}
