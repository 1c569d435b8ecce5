// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freshness/cacheuse.h"
#include "results/resultrecord.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QSet>

// The sums of a group of results (a category on a model, or a whole run) that a run's summary shows.
struct ResultsTally {
    QSet<QString> cases;
    int answers = 0;
    int passed = 0;
    int errors = 0;
    int scored = 0;
    double scoreSum = 0.0;
    double costUsd = 0.0; // the model's calls only, as report and the Results area count a model's cost
    double judgeCostUsd = 0.0;
    // Of the answers that came back without a call error and with a measured latency, in arrival order.
    QList<qint64> latencies;

    void add(const ResultRecord& result);
    friend bool operator==(const ResultsTally&, const ResultsTally&) = default;
};

// A run's results summed per category and model and in total, fed one result at a time, so that a
// run of any size is summarised from the results database in the memory of its sums (and of one
// latency a result, for the percentiles) rather than of its results.
class RunTally
{
public:
    void add(const ResultRecord& result);

    ResultsTally cell(const QString& category, const QString& modelId) const; // empty when it has none
    const ResultsTally& total() const { return m_total; } // without cases nor latencies: no one shows them
    const CacheUse& cacheUse() const { return m_cacheUse; }
    // The first result in error in the order they were added, to show what went wrong.
    const std::optional<ResultRecord>& firstError() const { return m_firstError; }

private:
    QHash<std::pair<QString, QString>, ResultsTally> m_cells;
    ResultsTally m_total;
    CacheUse m_cacheUse;
    std::optional<ResultRecord> m_firstError;
};
