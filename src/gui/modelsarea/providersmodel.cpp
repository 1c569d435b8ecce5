// SPDX-License-Identifier: GPL-3.0-or-later
#include "providersmodel.h"

#include "common/displayformat.h"
#include "document/documentedits.h"
#include "domain/limits.h"

#include <QApplication>
#include <QPalette>

ProvidersModel::ProvidersModel(WorkspaceDocument* document, QObject* parent)
    : DocumentItemModel(document, ColumnCount, parent)
{
}

QVariant ProvidersModel::cellData(const Provider& provider, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(provider, column);
    case Qt::EditRole:
    case SortRole:
        return edit(provider, column);
    case Qt::ToolTipRole:
        return toolTip(provider, column);
    case Qt::ForegroundRole:
        if (isPlaceholder(provider, column))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return column >= ConcurrencyColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

QVariant ProvidersModel::display(const Provider& provider, int column) const
{
    switch (column) {
    case KindColumn:
        return providerKindDisplayName(provider.kind);
    case BaseUrlColumn:
        return provider.baseUrl.isEmpty() ? defaultBaseUrl(provider.kind) : provider.baseUrl;
    case KeyColumn:
        return provider.key.isEmpty() ? tr("none") : provider.key.toDisplayString();
    case RequestsPerMinuteColumn:
        return provider.requestsPerMinute == 0 ? tr("no limit") : DisplayFormat::count(provider.requestsPerMinute);
    case TimeoutColumn:
        return tr("%1 s").arg(provider.timeoutSeconds);
    }
    return edit(provider, column);
}

QVariant ProvidersModel::edit(const Provider& provider, int column) const
{
    switch (column) {
    case NameColumn:
        return provider.name;
    case KindColumn:
        return providerKindKey(provider.kind);
    case BaseUrlColumn:
        return provider.baseUrl;
    case KeyColumn:
        return provider.key.toDisplayString();
    case ConcurrencyColumn:
        return provider.concurrency;
    case RequestsPerMinuteColumn:
        return provider.requestsPerMinute;
    case TimeoutColumn:
        return provider.timeoutSeconds;
    }
    return {};
}

QVariant ProvidersModel::toolTip(const Provider& provider, int column) const
{
    switch (column) {
    case NameColumn: {
        const int models = int(DocumentEdits::modelsOfProvider(document()->workspace(), provider.name).size());
        return tr("Used by %n model(s)", nullptr, models);
    }
    case BaseUrlColumn:
        return provider.baseUrl.isEmpty() ? tr("The default address for this kind of provider") : QVariant();
    case KeyColumn:
        return provider.key.isEmpty() ? tr("Requests are sent without an API key") : QVariant();
    }
    return {};
}

bool ProvidersModel::isPlaceholder(const Provider& provider, int column) const
{
    return (column == BaseUrlColumn && provider.baseUrl.isEmpty()) || (column == KeyColumn && provider.key.isEmpty())
        || (column == RequestsPerMinuteColumn && provider.requestsPerMinute == 0);
}

QString ProvidersModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case BaseUrlColumn:
        return tr("Base URL");
    case KeyColumn:
        return tr("API key");
    case ConcurrencyColumn:
        return tr("Parallel");
    case RequestsPerMinuteColumn:
        return tr("Requests/min");
    case TimeoutColumn:
        return tr("Timeout");
    }
    return {};
}

QString ProvidersModel::columnToolTip(int column) const
{
    switch (column) {
    case KeyColumn:
        return tr("Where the API key is found: an environment variable or a keyring entry, never the key");
    case ConcurrencyColumn:
        return tr("Requests in flight at once");
    case RequestsPerMinuteColumn:
        return tr("Most requests sent per minute");
    }
    return {};
}

bool ProvidersModel::isEditable(int column) const
{
    return column == NameColumn || column == BaseUrlColumn || column >= ConcurrencyColumn;
}

QUndoCommand* ProvidersModel::editCommand(int row, int column, const QVariant& value)
{
    Provider provider = itemAt(row);
    const QString text = tr("Edit provider %1").arg(provider.name);
    bool ok = true;
    const int number = column >= ConcurrencyColumn ? value.toInt(&ok) : 0;
    switch (column) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (!providerNameProblem(document()->workspace(), name, row).isEmpty())
            return nullptr;
        provider.name = name;
        return DocumentEdits::setProvider(
            document(), row, provider, tr("Rename provider %1 to %2").arg(itemAt(row).name, name));
    }
    case BaseUrlColumn:
        provider.baseUrl = value.toString().trimmed();
        break;
    case ConcurrencyColumn:
        ok = ok && number >= 1 && number <= Limits::maxConcurrency;
        provider.concurrency = number;
        break;
    case RequestsPerMinuteColumn:
        ok = ok && number >= 0 && number <= Limits::maxRequestsPerMinute;
        provider.requestsPerMinute = number;
        break;
    case TimeoutColumn:
        ok = ok && number >= 1 && number <= Limits::maxTimeoutSeconds;
        provider.timeoutSeconds = number;
        break;
    }
    return ok ? DocumentEdits::setProvider(document(), row, provider, text) : nullptr;
}

QString providerNameProblem(const Workspace& workspace, const QString& name, int row)
{
    if (name.trimmed().isEmpty())
        return ProvidersModel::tr("A provider needs a name.");
    const int existing = workspace.indexOfProvider(name.trimmed());
    if (existing >= 0 && existing != row)
        return ProvidersModel::tr("There is already a provider named \"%1\".").arg(name.trimmed());
    return {};
}
