// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencecellstext.h"

#include "consoletext.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)
};
} // namespace

QString evidenceCellsText(const LatestEvidence& evidence)
{
    QList<QStringList> rows { { Text::tr("category"), Text::tr("model"), Text::tr("run"), Text::tr("date"),
                                QString() } };
    for (const EvidenceCell& cell : evidence.cells)
        rows.append({ cell.category, cell.modelId, cell.runId, cell.runDate.toString(Qt::ISODate),
                      cell.stale ? Text::tr("stale: the category changed since; left out") : QString() });
    return Text::tr("Latest evidence per category and model:") + u'\n' + alignedTable(rows);
}
