// SPDX-License-Identifier: GPL-3.0-or-later
// RoutingTableModel, second part: what each cell shows, the figures, the evidence behind them and
// the tool tips. The first (routingtablemodel.cpp) holds the rows, the columns and the edits.
#include "common/costformat.h"
#include "common/displayformat.h"
#include "latestevidence/evidencechoice.h"
#include "routing/evidencestatus.h"
#include "routingtablemodel.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

namespace {
bool isNumberColumn(int column)
{
    switch (column) {
    case RoutingTableModel::TrafficShareColumn:
    case RoutingTableModel::ThresholdColumn:
    case RoutingTableModel::AccuracyColumn:
    case RoutingTableModel::BarColumn:
    case RoutingTableModel::CostColumn:
    case RoutingTableModel::LatencyColumn:
        return true;
    }
    return false;
}

// A p95 latency, or "— (batch)" when it was not measured; sorted after every measured one.
QVariant latencyFigure(std::optional<double> ms, bool sorting)
{
    if (sorting)
        return DisplayFormat::latencySortKey(ms);
    return DisplayFormat::latencyMs(ms ? std::optional<qint64>(qRound64(*ms)) : std::nullopt);
}

QColor mutedColor()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}
} // namespace

QVariant RoutingTableModel::cellData(const Category& category, int column, int role) const
{
    const Route* route = document()->workspace().routing.routeFor(category.name);
    if (column == BarColumn && role != Qt::TextAlignmentRole)
        return barData(category, route, role);
    switch (role) {
    case Qt::DisplayRole:
        return display(category, route, column);
    case Qt::EditRole:
        switch (column) {
        case TrafficShareColumn:
            return category.trafficShare * 100.0;
        case ThresholdColumn:
            return category.threshold * 100.0;
        case ModelColumn:
            return route ? route->primary() : QString();
        case TargetColumn:
            return targetDisplayName(category.target);
        }
        return display(category, route, column);
    case SortRole:
        if (column == TrafficShareColumn)
            return category.trafficShare;
        if (column == ThresholdColumn)
            return category.threshold;
        return column >= AccuracyColumn && column <= LatencyColumn ? evidenceFigure(route, column, SortRole)
                                                                   : QVariant();
    case PricingChangedRole:
        return pricingShiftFor(category.name) != nullptr;
    case StaleEvidenceRole: {
        const EvidenceCell* cell = routedCell(category, route);
        return cell && cell->stale;
    }
    case Qt::DecorationRole:
        if (column == ModelColumn && pricingShiftFor(category.name))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (const EvidenceCell* cell = routedCell(category, route); column == EvidenceColumn && cell && cell->stale)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (const PricingShift* shift = pricingShiftFor(category.name); shift && column == ModelColumn)
            return tr("Pricing changed the winner: %1").arg(PricingShiftText::describe(*shift));
        if (column == CategoryColumn && !category.description.isEmpty())
            return category.description;
        if (const CascadeCell* cascade = cascadeFor(route);
            cascade && (column == FallbacksColumn || (column >= AccuracyColumn && column <= LatencyColumn)))
            return cascadeToolTip(*cascade);
        if (column == EvidenceColumn || (column >= AccuracyColumn && column <= LatencyColumn))
            return evidenceToolTip(route);
        if (!route && (column == ModelColumn || column == FallbacksColumn))
            return tr("No route of its own: the default route serves this category");
        return {};
    case Qt::ForegroundRole:
        if (!route && (column == ModelColumn || column == FallbacksColumn))
            return mutedColor();
        if (column >= AccuracyColumn && column <= LatencyColumn && !(route && route->evidence) && !cascadeFor(route))
            return mutedColor();
        return {};
    case Qt::FontRole:
        if (!route && column == ModelColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant RoutingTableModel::display(const Category& category, const Route* route, int column) const
{
    switch (column) {
    case CategoryColumn:
        return category.name;
    case TrafficShareColumn:
        return DisplayFormat::percent(category.trafficShare);
    case ModelColumn:
        if (!route)
            return document()->workspace().routing.defaultChain.isEmpty()
                ? tr("not routed")
                : document()->workspace().routing.defaultChain.first(); // muted, with a tooltip saying why
        return route->primary();
    case FallbacksColumn:
        return route ? fallbacksDisplay(*route) : QString();
    case TargetColumn:
        return targetDisplayName(category.target);
    case ThresholdColumn:
        return DisplayFormat::percent(category.threshold);
    case AccuracyColumn:
    case CostColumn:
    case LatencyColumn:
        if (!route) // the default route's primary, as the run measured it on this category
            return primaryFigure(category.name, document()->workspace().routing.defaultChain.value(0), column,
                                 Qt::DisplayRole);
        return evidenceFigure(route, column, Qt::DisplayRole);
    case EvidenceColumn:
        return evidenceText(route);
    }
    return {};
}

// A cascade's figures as the run simulates it; else the route's recorded evidence; without it, the
// shown run's figures for the primary.
QVariant RoutingTableModel::evidenceFigure(const Route* route, int column, int role) const
{
    if (!route || route->chain.isEmpty())
        return {};
    if (const CascadeCell* cascade = cascadeFor(route))
        return cascadeFigure(*cascade, column, role);
    if (!route->evidence)
        return primaryFigure(route->category, route->primary(), column, role);
    const RouteEvidence& evidence = *route->evidence;
    const bool sorting = role == SortRole;
    switch (column) {
    case AccuracyColumn:
        return sorting ? QVariant(evidence.accuracy) : QVariant(DisplayFormat::percent(evidence.accuracy));
    case CostColumn:
        return sorting ? QVariant(evidence.costPer1k) : QVariant(costText(evidence.costPer1k));
    case LatencyColumn:
        return latencyFigure(evidence.latencyP95Ms, sorting);
    }
    return {};
}

QVariant RoutingTableModel::primaryFigure(const QString& category, const QString& modelId, int column, int role) const
{
    const CellStats* cell = m_analysis.cell(category, modelId);
    if (!cell || cell->trials == 0)
        return {};
    const bool sorting = role == SortRole;
    switch (column) {
    case AccuracyColumn:
        return sorting ? QVariant(cell->passRate()) : QVariant(DisplayFormat::percent(cell->passRate()));
    case CostColumn:
        return sorting ? QVariant(cell->costPer1kRequests()) : QVariant(costText(cell->costPer1kRequests()));
    case LatencyColumn:
        return latencyFigure(cell->latencyP95Ms ? std::optional<double>(double(*cell->latencyP95Ms)) : std::nullopt,
                             sorting);
    }
    return {};
}

QString RoutingTableModel::evidenceText(const Route* route) const
{
    if (!route)
        return tr("default route");
    const EvidenceCell* cell = evidenceCellFor(route->category, route->primary());
    if (cell && cell->stale && route->rule != manualRule)
        return tr("stale: category changed");
    // Across runs, a route is fresh when its evidence is the latest its own cell has.
    return evidenceStatusDisplayName(evidenceStatus(*route, cell ? cell->runId : m_latestRunId));
}

// Where the routed model's figures come from when the evidence is the latest across runs.
QString RoutingTableModel::cellToolTip(const Route* route) const
{
    const EvidenceCell* cell = route ? evidenceCellFor(route->category, route->primary()) : nullptr;
    return cell ? EvidenceText::cell(*cell) : QString();
}

QString RoutingTableModel::evidenceToolTip(const Route* route) const
{
    if (!route)
        return tr("No route of its own: the default route serves this category");
    const QString cell = cellToolTip(route);
    const QString latest = cell.isEmpty() ? QString() : u'\n' + tr("Latest evidence: %1").arg(cell);
    if (!route->evidence) {
        if (!cell.isEmpty() && m_analysis.cell(route->category, route->primary()))
            return tr("The route records no evidence; the figures are the latest: %1").arg(cell);
        if (m_analysis.cell(route->category, route->primary()))
            return tr("Figures of run %1; the route records no evidence").arg(m_analysis.runId);
        return tr("The route records no evidence") + latest;
    }
    const RouteEvidence& evidence = *route->evidence;
    return tr("Run %1, %2: %3 of %n case(s), 95% interval %4 to %5", nullptr, evidence.cases)
               .arg(evidence.runId, QLocale().toString(evidence.date.toLocalTime(), QLocale::ShortFormat),
                    DisplayFormat::percent(evidence.accuracy), DisplayFormat::percent(evidence.accuracyLow),
                    DisplayFormat::percent(evidence.accuracyHigh))
        + latest;
}

QVariant RoutingTableModel::defaultData(int column, int role) const
{
    const QStringList chain = document()->workspace().routing.defaultChain;
    double claimed = 0.0;
    for (const Category& category : document()->workspace().categories)
        claimed += category.trafficShare;
    const double rest = qMax(0.0, 1.0 - claimed);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CategoryColumn:
            return tr("Default route");
        case TrafficShareColumn:
            return DisplayFormat::percent(rest);
        case ModelColumn:
            return chain.isEmpty() ? tr("none") : chain.first();
        case FallbacksColumn:
            return chain.mid(1).join(QStringLiteral(", "));
        }
        return {};
    case Qt::EditRole:
        return column == ModelColumn ? QVariant(chain.value(0)) : defaultData(column, Qt::DisplayRole);
    case SortRole:
        return column == TrafficShareColumn ? QVariant(rest) : QVariant();
    case Qt::ToolTipRole:
        if (column == CategoryColumn || column == TrafficShareColumn)
            return tr("Serves categories the map does not name, and the traffic no category claims");
        return {};
    case Qt::FontRole:
        if (column == CategoryColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}
