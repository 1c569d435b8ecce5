// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuelistmodel.h"

#include <QMap>

struct KeyValue {
    QString key;
    QString value;
    friend bool operator==(const KeyValue&, const KeyValue&) = default;
};

// Name and value pairs, such as a provider's extra headers or a case's variables. Rows without a
// name are kept while the user fills them in, and left out of toMap().
class KeyValueModel : public ValueListModel<KeyValue>
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    KeyValueModel(const QString& keyTitle, const QString& valueTitle, QObject* parent = nullptr);

    void setMap(const QMap<QString, QString>& map); // keeps the rows as they are when they say the same
    QMap<QString, QString> toMap() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const KeyValue& item, int column, int role) const override;
    bool setCell(KeyValue& item, int column, const QVariant& value) const override;

private:
    QString m_keyTitle;
    QString m_valueTitle;
};
