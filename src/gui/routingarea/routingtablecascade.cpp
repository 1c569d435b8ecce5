// SPDX-License-Identifier: GPL-3.0-or-later
// The routing table's cascade routes: their figures as the shown run simulates them.
#include "routingtablemodel.h"

#include "cascade/cascadecheck.h"
#include "common/costformat.h"
#include "common/displayformat.h"

void RoutingTableModel::setCascades(const QList<CascadeCell>& cascades)
{
    m_cascades = cascades;
    allRowsChanged();
}

const CascadeCell* RoutingTableModel::cascadeFor(const Route* route) const
{
    if (!route || !route->cascadeCheck)
        return nullptr;
    for (const CascadeCell& cascade : m_cascades) {
        const CascadeFigures& figures = cascade.figures;
        if (figures.category == route->category && figures.chain == route->chain
            && figures.check == *route->cascadeCheck)
            return &cascade;
    }
    return nullptr;
}

QVariant RoutingTableModel::cascadeFigure(const CascadeCell& cascade, int column, int role) const
{
    const CascadeFigures& figures = cascade.figures;
    const bool sorting = role == SortRole;
    switch (column) {
    case AccuracyColumn:
        return sorting ? QVariant(figures.passRate()) : QVariant(DisplayFormat::percent(figures.passRate()));
    case CostColumn:
        return sorting ? QVariant(figures.costPer1kUsd) : QVariant(costText(figures.costPer1kUsd));
    case LatencyColumn:
        if (sorting) // a cascade of batch answers has no latency: after every measured one
            return DisplayFormat::latencySortKey(figures.latencyP95Ms ? std::optional<double>(double(*figures.latencyP95Ms))
                                                                      : std::nullopt);
        return DisplayFormat::latencyMs(figures.latencyP95Ms);
    }
    return {};
}

QString RoutingTableModel::cascadeToolTip(const CascadeCell& cascade) const
{
    const CascadeFigures& figures = cascade.figures;
    QStringList reached;
    for (qsizetype step = 0; step < figures.chain.size(); ++step)
        reached.append(tr("%1 %2").arg(figures.chain.at(step), DisplayFormat::percent(figures.reachedShare(step))));
    return tr("%1 simulated on run %2: %3 of %4 requests pass (%5), %6 per 1,000 requests, latency p50 %7 · p95 %8; "
              "%9 of the requests escalate (reached: %10)")
        .arg(cascadeLabel(figures.chain), m_analysis.runId)
        .arg(figures.passes)
        .arg(figures.requests)
        .arg(DisplayFormat::percent(figures.passRate()), costText(figures.costPer1kUsd),
             DisplayFormat::latencyMs(figures.latencyP50Ms), DisplayFormat::latencyMs(figures.latencyP95Ms),
             DisplayFormat::percent(figures.escalationRate()), reached.join(QStringLiteral(", ")));
}

// The fallbacks, and what a cascade or a rollout makes of the route.
QString RoutingTableModel::fallbacksDisplay(const Route& route) const
{
    QString fallbacks = route.fallbacks().join(QStringLiteral(", "));
    if (route.cascadeCheck) {
        const QString text = tr("cascade: escalates to %1 when %2 fails")
                                 .arg(fallbacks, cascadeCheckText(*route.cascadeCheck));
        const CascadeCell* cascade = cascadeFor(&route);
        return cascade ? tr("%1 · %2 escalate").arg(text, DisplayFormat::percent(cascade->figures.escalationRate()))
                       : text;
    }
    if (route.rollout)
        return tr("%1 · rolling out %2 (%3%)")
            .arg(fallbacks.isEmpty() ? tr("none") : fallbacks, route.rollout->to)
            .arg(route.rollout->stage);
    return fallbacks;
}
