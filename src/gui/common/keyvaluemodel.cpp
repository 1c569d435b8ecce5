// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyvaluemodel.h"

KeyValueModel::KeyValueModel(const QString& keyTitle, const QString& valueTitle, QObject* parent)
    : ValueListModel(parent)
    , m_keyTitle(keyTitle)
    , m_valueTitle(valueTitle)
{
}

void KeyValueModel::setMap(const QMap<QString, QString>& map)
{
    if (map == toMap())
        return;
    QList<KeyValue> items;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        items.append({ it.key(), it.value() });
    setItems(items);
}

QMap<QString, QString> KeyValueModel::toMap() const
{
    QMap<QString, QString> map;
    for (const KeyValue& item : items()) {
        if (!item.key.isEmpty())
            map.insert(item.key, item.value);
    }
    return map;
}

int KeyValueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? m_keyTitle : m_valueTitle;
}

QVariant KeyValueModel::cellData(const KeyValue& item, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return column == KeyColumn ? item.key : item.value;
}

bool KeyValueModel::setCell(KeyValue& item, int column, const QVariant& value) const
{
    if (column == KeyColumn)
        item.key = value.toString().trimmed();
    else
        item.value = value.toString();
    return true;
}
