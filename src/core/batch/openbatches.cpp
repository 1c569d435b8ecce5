// SPDX-License-Identifier: GPL-3.0-or-later
#include "openbatches.h"

#include "batchstore.h"

#include "results/resultsstore.h"

#include <algorithm>
#include <iterator>
#include <QFileInfo>
#include <QLocale>

QStringList OpenBatches::providers() const
{
    QStringList names;
    for (const BatchRecord& batch : batches) {
        if (!names.contains(batch.providerName))
            names.append(batch.providerName);
    }
    return names;
}

QDateTime OpenBatches::firstSubmitted() const
{
    QDateTime first;
    for (const BatchRecord& batch : batches) {
        if (batch.submittedAt.isValid() && (!first.isValid() || batch.submittedAt < first))
            first = batch.submittedAt;
    }
    return first;
}

OpenBatches findOpenBatches(const QString& databasePath)
{
    OpenBatches open;
    if (!QFileInfo::exists(databasePath))
        return open;
    ResultsStore results; // opened first: it creates or upgrades the schema BatchStore reads
    BatchStore store;
    if (!results.open(databasePath) || !store.open(databasePath)) {
        open.error = results.isOpen() ? store.errorString() : results.errorString();
        return open;
    }
    const std::optional<QList<BatchRecord>> batches = store.openBatches();
    const std::optional<QList<RunInfo>> runs = batches ? results.runs() : std::nullopt;
    if (!runs) {
        open.error = batches ? results.errorString() : store.errorString();
        return open;
    }
    for (const RunInfo& run : *runs) { // newest first
        // Only a run that stopped short can be resumed to collect. A running one is collected by
        // another process; a completed one has every result, whatever its batches' rows say.
        if (run.status != RunStatus::Interrupted && run.status != RunStatus::Cancelled)
            continue;
        QList<BatchRecord> mine;
        std::copy_if(batches->cbegin(), batches->cend(), std::back_inserter(mine),
                     [&run](const BatchRecord& batch) { return batch.runId == run.id; });
        if (mine.isEmpty())
            continue;
        if (open.isEmpty()) {
            open.run = run;
            open.batches = mine;
        } else {
            ++open.otherRuns;
        }
    }
    return open;
}

QString openBatchesText(const OpenBatches& open, const QDateTime& now)
{
    const QDateTime submitted = open.firstSubmitted();
    const QString age = submitted.isValid() ? batchAgeText(std::max<qint64>(0, submitted.secsTo(now))) : QString();
    const QString text = QCoreApplication::translate("OpenBatches", "Run %1 has %n batch(es) still open at %2", nullptr,
                                                     int(open.batches.size()))
                             .arg(open.run.id, QLocale().createSeparatedList(open.providers()));
    return age.isEmpty() ? text : QCoreApplication::translate("OpenBatches", "%1 (%2)").arg(text, age);
}
