// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelsmodel.h"

#include "common/displayformat.h"
#include "document/documentedits.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

ModelsModel::ModelsModel(WorkspaceDocument* document, QObject* parent)
    : DocumentItemModel(document, ColumnCount, parent)
{
    // The provider column warns about providers that do not exist, so it follows the providers.
    connect(document, &WorkspaceDocument::itemChanged, this, &ModelsModel::providerColumnChanged);
    connect(document, &WorkspaceDocument::itemInserted, this, &ModelsModel::providerColumnChanged);
    connect(document, &WorkspaceDocument::itemRemoved, this, &ModelsModel::providerColumnChanged);
}

QVariant ModelsModel::cellData(const ModelSpec& model, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(model, column);
    case Qt::EditRole:
    case SortRole:
        return edit(model, column);
    case Qt::ToolTipRole:
        return toolTip(model, column);
    case Qt::DecorationRole:
        if (column == ProviderColumn && !hasProvider(model))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (isPlaceholder(model, column))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return column >= InputPriceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant ModelsModel::display(const ModelSpec& model, int column) const
{
    switch (column) {
    case ModelColumn:
        return model.model.isEmpty() ? model.id : model.model;
    case DisplayNameColumn:
        return model.label();
    case InputPriceColumn:
        return DisplayFormat::dollars(model.price.input);
    case OutputPriceColumn:
        return DisplayFormat::dollars(model.price.output);
    case ContextWindowColumn:
        return model.contextWindow == 0 ? tr("unknown") : DisplayFormat::count(model.contextWindow);
    }
    return edit(model, column);
}

QVariant ModelsModel::edit(const ModelSpec& model, int column) const
{
    switch (column) {
    case IdColumn:
        return model.id;
    case ProviderColumn:
        return model.provider;
    case ModelColumn:
        return model.model;
    case DisplayNameColumn:
        return model.displayName;
    case InputPriceColumn:
        return model.price.input;
    case OutputPriceColumn:
        return model.price.output;
    case ContextWindowColumn:
        return model.contextWindow;
    }
    return {};
}

QVariant ModelsModel::toolTip(const ModelSpec& model, int column) const
{
    if (column == ProviderColumn && !hasProvider(model))
        return tr("There is no provider named \"%1\"").arg(model.provider);
    if (column == ModelColumn && model.model.isEmpty())
        return tr("Sent as the model's id");
    if (column == IdColumn && DocumentEdits::isRouted(document()->workspace().routing, model.id))
        return tr("Used by the routing map");
    return {};
}

bool ModelsModel::hasProvider(const ModelSpec& model) const
{
    return document()->workspace().indexOfProvider(model.provider) >= 0;
}

bool ModelsModel::isPlaceholder(const ModelSpec& model, int column) const
{
    return (column == ModelColumn && model.model.isEmpty()) || (column == DisplayNameColumn && model.displayName.isEmpty())
        || (column == ContextWindowColumn && model.contextWindow == 0);
}

QString ModelsModel::columnTitle(int column) const
{
    switch (column) {
    case IdColumn:
        return tr("Id");
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case DisplayNameColumn:
        return tr("Display name");
    case InputPriceColumn:
        return tr("Input $/1M");
    case OutputPriceColumn:
        return tr("Output $/1M");
    case ContextWindowColumn:
        return tr("Context");
    }
    return {};
}

QString ModelsModel::columnToolTip(int column) const
{
    switch (column) {
    case IdColumn:
        return tr("The name categories and routes use");
    case ModelColumn:
        return tr("The provider's own model id, as sent in requests");
    case InputPriceColumn:
        return tr("US dollars per million input tokens");
    case OutputPriceColumn:
        return tr("US dollars per million output tokens");
    case ContextWindowColumn:
        return tr("Context window in tokens");
    }
    return {};
}

bool ModelsModel::isEditable(int column) const
{
    return column != ProviderColumn;
}

QUndoCommand* ModelsModel::editCommand(int row, int column, const QVariant& value)
{
    ModelSpec model = itemAt(row);
    bool ok = true;
    switch (column) {
    case IdColumn: {
        const QString id = value.toString().trimmed();
        if (!modelIdProblem(document()->workspace(), id, row).isEmpty())
            return nullptr;
        model.id = id;
        return DocumentEdits::setModel(document(), row, model, tr("Rename model %1 to %2").arg(itemAt(row).id, id));
    }
    case ModelColumn:
        model.model = value.toString().trimmed();
        break;
    case DisplayNameColumn:
        model.displayName = value.toString().trimmed();
        break;
    case InputPriceColumn:
        model.price.input = value.toDouble(&ok);
        ok = ok && model.price.input >= 0.0;
        break;
    case OutputPriceColumn:
        model.price.output = value.toDouble(&ok);
        ok = ok && model.price.output >= 0.0;
        break;
    case ContextWindowColumn:
        model.contextWindow = value.toInt(&ok);
        ok = ok && model.contextWindow >= 0;
        break;
    }
    return ok ? DocumentEdits::setModel(document(), row, model, tr("Edit model %1").arg(model.id)) : nullptr;
}

void ModelsModel::providerColumnChanged(const ItemPath& path)
{
    if (path.list == ItemPath::List::Providers && rowCount() > 0)
        Q_EMIT dataChanged(index(0, ProviderColumn), index(rowCount() - 1, ProviderColumn));
}

QString modelIdProblem(const Workspace& workspace, const QString& id, int row)
{
    if (id.trimmed().isEmpty())
        return ModelsModel::tr("A model needs an id.");
    const int existing = workspace.indexOfModel(id.trimmed());
    if (existing >= 0 && existing != row)
        return ModelsModel::tr("There is already a model with the id \"%1\".").arg(id.trimmed());
    return {};
}
