// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchfigures.h"

#include "statistics/percentile.h"

#include <numeric>

namespace {
void countClassifier(DispatchFigures& figures, const Dispatch& dispatch)
{
    const bool asked = dispatch.classifierFailed || dispatch.classifierUnreadable || !dispatch.classifierAnswer.isEmpty();
    if (dispatch.source == Dispatch::Source::Rule || !asked)
        return;
    ++figures.classifierCalls;
    figures.classifierCostUsd += dispatch.classifierCostUsd;
    if (dispatch.classifierFailed)
        ++figures.classifierErrors;
    else
        figures.classifierLatenciesMs.append(dispatch.classifierLatencyMs);
    if (dispatch.classifierUnreadable)
        ++figures.classifierUnreadable;
}

void countOutcome(DispatchFigures& figures, int index, const LabelledRequest& request, const Dispatch& dispatch)
{
    if (dispatch.category == request.category) {
        ++figures.right;
    } else if (dispatch.source == Dispatch::Source::Default) {
        ++figures.unmatched;
    } else {
        ++figures.misrouted;
        figures.misroutes.append({ index, request, dispatch });
    }
}

void computeRates(DispatchFigures& figures, const QStringList& categories)
{
    for (const QString& category : categories) {
        int predicted = 0;
        for (auto row = figures.confusion.cbegin(); row != figures.confusion.cend(); ++row)
            predicted += row->value(category);
        const int actual = figures.requestsOf(category);
        const int hits = figures.count(category, category);
        figures.precision.insert(category, predicted ? std::optional<double>(double(hits) / predicted) : std::nullopt);
        figures.recall.insert(category, actual ? std::optional<double>(double(hits) / actual) : std::nullopt);
    }
}
} // namespace

int DispatchFigures::requestsOf(const QString& trueCategory) const
{
    const QMap<QString, int> predictedAs = confusion.value(trueCategory);
    return std::accumulate(predictedAs.cbegin(), predictedAs.cend(), 0);
}

std::optional<qint64> DispatchFigures::classifierLatencyP50Ms() const
{
    if (classifierLatenciesMs.isEmpty())
        return std::nullopt;
    return nearestRankPercentile(classifierLatenciesMs, 50);
}

DispatchFigures dispatchFigures(const QList<LabelledRequest>& requests, const QList<Dispatch>& dispatches,
                                const QStringList& categories)
{
    DispatchFigures figures;
    figures.labels = categories + QStringList { DispatcherSpec::defaultRoute };
    const qsizetype count = std::min(requests.size(), dispatches.size());
    figures.requests = int(count);
    for (qsizetype i = 0; i < count; ++i) {
        const LabelledRequest& request = requests.at(i);
        const Dispatch& dispatch = dispatches.at(i);
        ++figures.confusion[request.category][dispatch.category];
        if (dispatch.source == Dispatch::Source::Rule)
            ++figures.byRule;
        else if (dispatch.source == Dispatch::Source::Classifier)
            ++figures.byClassifier;
        countClassifier(figures, dispatch);
        countOutcome(figures, int(i), request, dispatch);
    }
    computeRates(figures, categories);
    return figures;
}
