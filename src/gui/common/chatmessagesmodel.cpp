// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmessagesmodel.h"

ChatMessagesModel::ChatMessagesModel(QObject* parent)
    : ValueListModel(parent)
{
}

QStringList ChatMessagesModel::roles()
{
    return { QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("system") };
}

int ChatMessagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChatMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == RoleColumn ? tr("Role") : tr("Content");
}

QVariant ChatMessagesModel::cellData(const ChatMessage& message, int column, int role) const
{
    if (column == RoleColumn)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(message.role) : QVariant();
    switch (role) {
    case Qt::DisplayRole: // one line per row; the editor and the tooltip show the whole text
        return QString(message.content).replace(u'\n', u' ').simplified();
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return message.content;
    }
    return {};
}

bool ChatMessagesModel::setCell(ChatMessage& message, int column, const QVariant& value) const
{
    if (column == ContentColumn) {
        message.content = value.toString();
        return true;
    }
    const QString role = value.toString().trimmed().toLower();
    if (!roles().contains(role))
        return false;
    message.role = role;
    return true;
}

ChatMessage ChatMessagesModel::newItem() const
{
    return { QStringLiteral("user"), QString() };
}
