// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellstats.h"

#include <QStringList>

// The models of one category that no other model beats on both cost and accuracy.
struct CategoryFrontier {
    QString category;
    QStringList modelIds; // cheapest first; equal costs: the more accurate first, then by id
    friend bool operator==(const CategoryFrontier&, const CategoryFrontier&) = default;
};

// A cell is dominated when another is no dearer (cost per 1,000 requests <=) and no less accurate
// (pass rate >=, compared on counts) and strictly better in one of the two. Cells with identical cost
// and accuracy do not dominate each other: both stay. Cells without trials are left out.
CategoryFrontier paretoFrontier(const QString& category, const QList<CellStats>& cells);

Q_DECLARE_METATYPE(CategoryFrontier)
