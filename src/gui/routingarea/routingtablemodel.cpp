// SPDX-License-Identifier: GPL-3.0-or-later
// RoutingTableModel, first part: the rows and columns, and the edits a cell makes. The second
// (routingtablecells.cpp) says what each cell shows.
#include "routingtablemodel.h"

#include "document/documentedits.h"
#include "routingedits.h"

#include <QUndoCommand>

namespace {
QStringList targetNames()
{
    QStringList names;
    for (const QString& key : targetKeys())
        names.append(targetDisplayName(*targetFromKey(key)));
    return names;
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
