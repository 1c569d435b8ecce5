// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoriesmodel.h"

#include "common/displayformat.h"
#include "document/documentedits.h"
#include "document/editcommands.h"

#include <QApplication>
#include <QStyle>

CategoriesModel::CategoriesModel(WorkspaceDocument* document, QObject* parent)
    : DocumentItemModel(document, ColumnCount, parent)
{
    // Every share cell warns when the total passes 100%, so one edit can change them all.
    connect(this, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (topLeft.column() == 0)
            shareColumnChanged();
    });
    connect(this, &QAbstractItemModel::rowsInserted, this, &CategoriesModel::shareColumnChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CategoriesModel::shareColumnChanged);
}

double CategoriesModel::totalTrafficShare() const
{
    double total = 0.0;
    for (const Category& category : document()->workspace().categories)
        total += category.trafficShare;
    return total;
}

bool CategoriesModel::isOverbooked() const
{
    return totalTrafficShare() > 1.0 + 1e-9;
}

QVariant CategoriesModel::cellData(const Category& category, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(category, column);
    case Qt::EditRole:
        return edit(category, column);
    case SortRole:
        return column == CasesColumn ? QVariant(int(category.cases.size())) : edit(category, column);
    case Qt::ToolTipRole:
        return toolTip(category, column);
    case Qt::DecorationRole:
        if (column == TrafficShareColumn && isOverbooked())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        return column == NameColumn || column == TargetColumn ? QVariant()
                                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CategoriesModel::display(const Category& category, int column) const
{
    switch (column) {
    case NameColumn:
        return category.name;
    case TargetColumn:
        return targetDisplayName(category.target);
    case ThresholdColumn:
        return DisplayFormat::percent(category.threshold);
    case TrafficShareColumn:
        return DisplayFormat::percent(category.trafficShare);
    case CasesColumn:
        return DisplayFormat::count(category.cases.size());
    }
    return {};
}

QVariant CategoriesModel::edit(const Category& category, int column) const
{
    switch (column) {
    case NameColumn:
        return category.name;
    case TargetColumn:
        return targetKey(category.target);
    case ThresholdColumn:
        return category.threshold * 100.0;
    case TrafficShareColumn:
        return category.trafficShare * 100.0;
    }
    return display(category, column);
}

QVariant CategoriesModel::toolTip(const Category& category, int column) const
{
    switch (column) {
    case NameColumn:
        return category.description.isEmpty() ? QVariant() : QVariant(category.description);
    case TrafficShareColumn:
        if (isOverbooked()) {
            return tr("All categories together take %1 of the traffic, more than 100%")
                .arg(DisplayFormat::percent(totalTrafficShare()));
        }
        return {};
    case CasesColumn:
        if (!category.casesSource.isEmpty())
            return tr("Kept in %1").arg(category.casesSource.path);
        return {};
    }
    return {};
}

QString CategoriesModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case TargetColumn:
        return tr("Target");
    case ThresholdColumn:
        return tr("Threshold");
    case TrafficShareColumn:
        return tr("Traffic");
    case CasesColumn:
        return tr("Cases");
    }
    return {};
}

QString CategoriesModel::columnToolTip(int column) const
{
    switch (column) {
    case TargetColumn:
        return tr("What the suggested route optimises for");
    case ThresholdColumn:
        return tr("The pass rate the routed model must reach");
    case TrafficShareColumn:
        return tr("The category's share of the application's requests");
    case CasesColumn:
        return tr("Number of test cases");
    }
    return {};
}

bool CategoriesModel::isEditable(int column) const
{
    return column == NameColumn || column == ThresholdColumn || column == TrafficShareColumn;
}

QUndoCommand* CategoriesModel::editCommand(int row, int column, const QVariant& value)
{
    Category category = itemAt(row);
    if (column == NameColumn) {
        const QString name = value.toString().trimmed();
        if (!categoryNameProblem(document()->workspace(), name, row).isEmpty())
            return nullptr;
        category.name = name;
        return DocumentEdits::setCategory(
            document(), row, category, tr("Rename category %1 to %2").arg(itemAt(row).name, name));
    }
    bool ok = false;
    const double percent = value.toDouble(&ok);
    if (!ok || percent < 0.0 || percent > 100.0)
        return nullptr;
    (column == ThresholdColumn ? category.threshold : category.trafficShare) = percent / 100.0;
    return new SetItemCommand(document(), pathOf(row), QVariant::fromValue(category),
        tr("Edit category %1").arg(category.name));
}

void CategoriesModel::shareColumnChanged()
{
    if (rowCount() > 0) {
        const QModelIndex first = index(0, TrafficShareColumn);
        const QModelIndex last = index(rowCount() - 1, TrafficShareColumn);
        Q_EMIT dataChanged(first, last, { Qt::DecorationRole, Qt::ToolTipRole });
    }
}

QString categoryNameProblem(const Workspace& workspace, const QString& name, int row)
{
    if (name.trimmed().isEmpty())
        return CategoriesModel::tr("A category needs a name.");
    const int existing = workspace.indexOfCategory(name.trimmed());
    if (existing >= 0 && existing != row)
        return CategoriesModel::tr("There is already a category named \"%1\".").arg(name.trimmed());
    return {};
}
