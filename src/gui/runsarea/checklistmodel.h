// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

// One row of a check list: the key it stands for, what its columns show, and a tool tip.
struct CheckListRow {
    QString key;
    QStringList cells;
    QString toolTip;
    friend bool operator==(const CheckListRow&, const CheckListRow&) = default;
};

// The choices of a run setup (categories, models) as a table with a check box in its first
// column. Setting new rows keeps each key's check; keys not seen before arrive checked.
class CheckListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    CheckListModel(const QStringList& headers, QObject* parent = nullptr);

    void setRows(const QList<CheckListRow>& rows);
    const QList<CheckListRow>& rows() const { return m_rows; }
    QStringList checkedKeys() const; // in row order
    void setCheckedKeys(const QStringList& keys);
    void setAllChecked(bool checked);
    int checkedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checksChanged();

private:
    void emitChecksChanged();

    QStringList m_headers;
    QList<CheckListRow> m_rows;
    QSet<QString> m_unchecked; // by key, so that a check survives the rows being rebuilt
};
