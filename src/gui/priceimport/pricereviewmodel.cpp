// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricereviewmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {
const QString arrow = QStringLiteral(" → ");

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? number(*value) : QStringLiteral("–");
}

QString tokens(int count)
{
    return count > 0 ? QLocale().toString(count) : QStringLiteral("–");
}

QString pair(const QString& before, const QString& after)
{
    return before == after ? after : before + arrow + after;
}
} // namespace

PriceReviewModel::PriceReviewModel(QObject* parent)
    : TableModel(ColumnCount, parent)
{
}

void PriceReviewModel::setReview(const PriceReview& review)
{
    resetRows([&] {
        m_review = review;
        return review.matched;
    });
}

QVariant PriceReviewModel::cell(const PriceChange& change, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text(change, column);
    case SortRole:
        return sortValue(change, column);
    case ChangedRole:
        return changes(change, column);
    case Qt::FontRole: {
        QFont font;
        font.setBold(changes(change, column));
        return font;
    }
    case Qt::ForegroundRole:
        return change.changes() ? QVariant() : QGuiApplication::palette().brush(QPalette::PlaceholderText);
    case Qt::TextAlignmentRole:
        return column >= InputColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return change.changes() ? tr("%1 gets the list's figures from %2").arg(change.modelId, change.listKey)
                                : tr("%1 already has the list's figures").arg(change.modelId);
    default:
        return {};
    }
}

QVariant PriceReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case EntryColumn:
        return tr("List entry");
    case InputColumn:
        return tr("Input $/M");
    case OutputColumn:
        return tr("Output $/M");
    case CachedInputColumn:
        return tr("Cached input $/M");
    case ContextColumn:
        return tr("Context");
    default:
        return {};
    }
}

QString PriceReviewModel::text(const PriceChange& change, int column) const
{
    switch (column) {
    case ModelColumn:
        return change.modelId;
    case EntryColumn:
        return change.listKey;
    case InputColumn:
        return pair(number(change.oldPrice.input), number(change.newPrice.input));
    case OutputColumn:
        return pair(number(change.oldPrice.output), number(change.newPrice.output));
    case CachedInputColumn:
        return pair(optionalNumber(change.oldPrice.cachedInput), optionalNumber(change.newPrice.cachedInput));
    case ContextColumn:
        return pair(tokens(change.oldContextWindow), tokens(change.newContextWindow));
    default:
        return {};
    }
}

bool PriceReviewModel::changes(const PriceChange& change, int column) const
{
    switch (column) {
    case InputColumn:
        return change.oldPrice.input != change.newPrice.input;
    case OutputColumn:
        return change.oldPrice.output != change.newPrice.output;
    case CachedInputColumn:
        return change.oldPrice.cachedInput != change.newPrice.cachedInput;
    case ContextColumn:
        return change.oldContextWindow != change.newContextWindow;
    default:
        return false;
    }
}

QVariant PriceReviewModel::sortValue(const PriceChange& change, int column) const
{
    switch (column) {
    case InputColumn:
        return change.newPrice.input;
    case OutputColumn:
        return change.newPrice.output;
    case CachedInputColumn:
        return change.newPrice.cachedInput.value_or(-1.0);
    case ContextColumn:
        return change.newContextWindow;
    default:
        return text(change, column);
    }
}
