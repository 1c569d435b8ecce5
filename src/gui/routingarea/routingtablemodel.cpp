// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingtablemodel.h"

#include "common/costformat.h"
#include "common/displayformat.h"
#include "document/documentedits.h"
#include "latestevidence/evidencechoice.h"
#include "routing/evidencestatus.h"
#include "routingedits.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QUndoCommand>

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

QStringList targetNames()
{
    QStringList names;
    for (const QString& key : targetKeys())
        names.append(targetDisplayName(*targetFromKey(key)));
    return names;
}

QColor mutedColor()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}
} // namespace

RoutingTableModel::RoutingTableModel(WorkspaceDocument* document, QObject* parent)
    : DocumentItemModel(document, ColumnCount, parent)
{
    connect(document, &WorkspaceDocument::routingChanged, this, &RoutingTableModel::allRowsChanged);
    // The default row's traffic is what the categories leave.
    connect(document, &WorkspaceDocument::itemChanged, this, [this](const ItemPath& path) {
        if (path.list == ItemPath::List::Categories)
            Q_EMIT dataChanged(index(defaultRow(), 0), index(defaultRow(), ColumnCount - 1));
    });
}

void RoutingTableModel::setAnalysis(const RunAnalysis& analysis, const QString& latestRunId,
                                    const QList<RouteSuggestion>& suggestions)
{
    m_analysis = analysis;
    m_latestRunId = latestRunId;
    m_suggestions = suggestions;
    allRowsChanged();
}

void RoutingTableModel::setPricingShifts(const QList<PricingShift>& shifts)
{
    m_pricingShifts = shifts;
    allRowsChanged();
}

const PricingShift* RoutingTableModel::pricingShiftFor(const QString& category) const
{
    for (const PricingShift& shift : m_pricingShifts) {
        if (shift.category == category)
            return &shift;
    }
    return nullptr;
}

void RoutingTableModel::setEvidenceCells(const QList<EvidenceCell>& cells)
{
    m_cells = cells;
    allRowsChanged();
}

const EvidenceCell* RoutingTableModel::evidenceCellFor(const QString& category, const QString& modelId) const
{
    for (const EvidenceCell& cell : m_cells) {
        if (cell.category == category && cell.modelId == modelId)
            return &cell;
    }
    return nullptr;
}

// The cell of the model that serves the category: its route's primary, else the default route's.
const EvidenceCell* RoutingTableModel::routedCell(const Category& category, const Route* route) const
{
    const QString primary = route ? route->primary() : document()->workspace().routing.defaultChain.value(0);
    return evidenceCellFor(category.name, primary);
}

std::optional<RouteSuggestion> RoutingTableModel::suggestionFor(const QString& category) const
{
    for (const RouteSuggestion& suggestion : m_suggestions) {
        if (suggestion.category == category)
            return suggestion;
    }
    return std::nullopt;
}

QString RoutingTableModel::categoryAt(int row) const
{
    return row >= 0 && row < categoryCount() ? itemAt(row).name : QString();
}

int RoutingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : DocumentItemModel::rowCount(parent) + 1;
}

QVariant RoutingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IsDefaultRole)
        return isDefaultRow(index.row());
    if (role == ChoicesRole) {
        if (index.column() == TargetColumn)
            return targetNames();
        return index.column() == ModelColumn ? DocumentEdits::modelIds(document()->workspace()) : QVariant();
    }
    if (isDefaultRow(index.row())) {
        QVariant value = defaultData(index.column(), role);
        return role == SortRole && !value.isValid() ? defaultData(index.column(), Qt::DisplayRole) : value;
    }
    return DocumentItemModel::data(index, role);
}

bool RoutingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    if (!isDefaultRow(index.row()))
        return DocumentItemModel::setData(index, value, role);
    if (index.column() != ModelColumn)
        return false;
    const QString modelId = value.toString();
    const QStringList before = document()->workspace().routing.defaultChain;
    if (modelId.isEmpty() || before.value(0) == modelId)
        return modelId == before.value(0);
    QStringList chain = before;
    chain.removeAll(modelId);
    if (chain.isEmpty())
        chain.append(modelId);
    else
        chain[0] = modelId;
    document()->undoStack()->push(RoutingEdits::setDefaultChain(document(), chain));
    return true;
}

Qt::ItemFlags RoutingTableModel::flags(const QModelIndex& index) const
{
    if (index.isValid() && isDefaultRow(index.row())) {
        // A table's plain flags, none of the document model's: the default row edits only its model.
        const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
        return index.column() == ModelColumn ? flags | Qt::ItemIsEditable : flags;
    }
    return DocumentItemModel::flags(index);
}

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

QString RoutingTableModel::key(int row) const
{
    return isDefaultRow(row) ? QString() : itemAt(row).name;
}

QString RoutingTableModel::columnTitle(int column) const
{
    switch (column) {
    case CategoryColumn:
        return tr("Category");
    case TrafficShareColumn:
        return tr("Traffic");
    case ModelColumn:
        return tr("Routed model");
    case FallbacksColumn:
        return tr("Fallbacks");
    case TargetColumn:
        return tr("Target");
    case ThresholdColumn:
        return tr("Threshold");
    case AccuracyColumn:
        return tr("Accuracy");
    case BarColumn:
        return tr("Meets bar");
    case CostColumn:
        return tr("Cost/1k");
    case LatencyColumn:
        return tr("p95");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

QString RoutingTableModel::columnToolTip(int column) const
{
    switch (column) {
    case TrafficShareColumn:
        return tr("The category's share of the application's requests");
    case FallbacksColumn:
        return tr("Tried in order when the routed model fails; reorder them in the route editor");
    case TargetColumn:
        return tr("What the suggested route optimises for");
    case ThresholdColumn:
        return tr("The pass rate the routed model must reach");
    case BarColumn:
        return tr("How likely the routed model's true pass rate meets the bar (Jeffreys posterior on the cases); "
                  "marked when its evidence misses the bar or does not decide it yet");
    case CostColumn:
        return tr("The routed model's cost of 1,000 requests, in US dollars");
    case LatencyColumn:
        return tr("The routed model's 95th percentile latency");
    case EvidenceColumn:
        return tr("Fresh: from the newest run that answered the routed model on the category. Stale: from an "
                  "older run, or the category changed since. Manual: chosen by hand");
    }
    return {};
}

bool RoutingTableModel::isEditable(int column) const
{
    return column == TrafficShareColumn || column == ModelColumn || column == TargetColumn || column == ThresholdColumn;
}

QUndoCommand* RoutingTableModel::editCommand(int row, int column, const QVariant& value)
{
    Category category = itemAt(row);
    if (column == ModelColumn)
        return modelCommand(category.name, value.toString());
    if (column == TargetColumn) {
        const int index = int(targetNames().indexOf(value.toString()));
        if (index < 0)
            return nullptr;
        category.target = *targetFromKey(targetKeys().at(index));
        return DocumentEdits::setCategory(document(), row, category, tr("Change the target of %1").arg(category.name));
    }
    bool ok = false;
    const double percent = value.toDouble(&ok);
    if (!ok || percent < 0.0 || percent > 100.0)
        return nullptr;
    if (column == TrafficShareColumn)
        return RoutingEdits::setTrafficShare(document(), row, percent / 100.0);
    category.threshold = percent / 100.0;
    return DocumentEdits::setCategory(document(), row, category, tr("Change the threshold of %1").arg(category.name));
}

// The chosen model becomes the primary; it leaves the fallbacks if it was one of them.
QUndoCommand* RoutingTableModel::modelCommand(const QString& category, const QString& modelId)
{
    if (modelId.isEmpty() || document()->workspace().indexOfModel(modelId) < 0)
        return nullptr;
    const Workspace& workspace = document()->workspace();
    QStringList chain = RoutingEdits::routeOf(workspace.routing, category).chain;
    if (chain.value(0) != modelId && m_confirm) {
        const std::optional<RouteConcern> concern = routeConcern(workspace, m_analysis, category, modelId);
        if (concern && !m_confirm({ *concern }))
            return nullptr;
    }
    chain.removeAll(modelId);
    chain.prepend(modelId);
    return RoutingEdits::setChain(document(), category, chain.mid(0, RoutingEdits::maxChainLength));
}

void RoutingTableModel::allRowsChanged()
{
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
