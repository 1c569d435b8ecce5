// SPDX-License-Identifier: GPL-3.0-or-later
// The routing table's "Meets bar" column: how likely the routed model meets the category's bar, and
// a mark with the reason when its evidence misses the bar or does not decide it.
#include "routingtablemodel.h"

#include "common/displayformat.h"
#include "routing/routeexplanation.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace {
// The model that serves a category: its route's primary, else the default route's.
QString servingPrimary(const RoutingMap& map, const Route* route)
{
    return route && !route->chain.isEmpty() ? route->primary() : map.defaultChain.value(0);
}
} // namespace

std::optional<RouteConcern> RoutingTableModel::concernFor(const QString& category) const
{
    const Workspace& workspace = document()->workspace();
    const Route* route = workspace.routing.routeFor(category);
    if (const CascadeCell* cascade = cascadeFor(route))
        return routeConcern(cascade->cell);
    const QString primary = servingPrimary(workspace.routing, route);
    if (primary.isEmpty())
        return std::nullopt;
    return routeConcern(workspace, m_analysis, category, primary, route ? route->evidence : std::nullopt);
}

std::optional<double> RoutingTableModel::probabilityFor(const QString& category, const Route* route) const
{
    if (const CascadeCell* cascade = cascadeFor(route))
        return cascade->cell.probMeetsBar;
    const QString primary = servingPrimary(document()->workspace().routing, route);
    if (const CellStats* cell = m_analysis.cell(category, primary); cell && cell->trials > 0)
        return cell->probMeetsBar;
    return route && route->evidence ? route->evidence->probMeetsBar : std::nullopt;
}

QVariant RoutingTableModel::barData(const Category& category, const Route* route, int role) const
{
    const std::optional<double> probability = probabilityFor(category.name, route);
    const std::optional<RouteConcern> concern = concernFor(category.name);
    switch (role) {
    case Qt::DisplayRole:
        if (!probability)
            return {};
        if (!concern)
            return probabilityText(*probability);
        return concern->belowBar ? tr("%1 · below bar").arg(probabilityText(*probability))
                                 : tr("%1 · undecided").arg(probabilityText(*probability));
    case SortRole:
        return probability ? QVariant(*probability) : QVariant();
    case Qt::ToolTipRole:
        if (concern)
            return concern->text;
        return probability ? tr("%1 likely that the routed model's true pass rate meets the %2 bar")
                                 .arg(probabilityText(*probability), DisplayFormat::percent(category.threshold))
                           : QVariant();
    case Qt::ForegroundRole:
        // A red legible on the light and the dark palette alike.
        return concern && concern->belowBar ? QVariant(QColor(0xd0, 0x4a, 0x3a)) : QVariant();
    case Qt::DecorationRole:
        return concern ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
    }
    return {};
}

