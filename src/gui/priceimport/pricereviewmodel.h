// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing/pricereview.h"

#include <QAbstractTableModel>

// A price review as a table: a row per matched model with its old and new prices (dollars per
// million tokens) and context window; changed cells are bold, unchanged rows greyed.
class PriceReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModelColumn, EntryColumn, InputColumn, OutputColumn, CachedInputColumn, ContextColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ChangedRole };

    explicit PriceReviewModel(QObject* parent = nullptr);

    void setReview(const PriceReview& review);
    const PriceReview& review() const { return m_review; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const PriceChange& change, int column) const;
    bool changes(const PriceChange& change, int column) const;
    QVariant sortValue(const PriceChange& change, int column) const;

    PriceReview m_review;
};
