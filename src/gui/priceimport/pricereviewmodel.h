// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tablemodel.h"
#include "pricing/pricereview.h"

// A price review as a table: a row per matched model with its old and new prices (dollars per
// million tokens) and context window; changed cells are bold, unchanged rows greyed.
class PriceReviewModel : public TableModel<PriceChange>
{
    Q_OBJECT
public:
    enum Column { ModelColumn, EntryColumn, InputColumn, OutputColumn, CachedInputColumn, ContextColumn, ColumnCount };
    enum Role { ChangedRole = FirstOwnRole };

    explicit PriceReviewModel(QObject* parent = nullptr);

    void setReview(const PriceReview& review);
    const PriceReview& review() const { return m_review; }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const PriceChange& change, int column, int role) const override;
    QString text(const PriceChange& change, int column) const;
    bool changes(const PriceChange& change, int column) const;
    QVariant sortValue(const PriceChange& change, int column) const;

    PriceReview m_review;
};
