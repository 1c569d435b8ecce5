// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuelistmodel.h"

#include "domain/scorerspec.h"

// The scorers of a category or a test case, one per row, for a ListEditor.
class ScorerListModel : public ValueListModel<ScorerSpec>
{
    Q_OBJECT
public:
    enum Column { TypeColumn, ValueColumn, WeightColumn, ThresholdColumn, PathColumn, ColumnCount };

    explicit ScorerListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The type names a scorer may have: the known ones, then their negations.
    static QStringList typeChoices();
    // How a value is written in a cell: a list as "a; b", a number as a number.
    static QString valueText(const QVariant& value);
    // The value a cell's text gives for a scorer of this type: a list, a number or a string.
    static QVariant valueFromText(const QString& type, const QString& text);

protected:
    QVariant cellData(const ScorerSpec& scorer, int column, int role) const override;
    bool setCell(ScorerSpec& scorer, int column, const QVariant& value) const override;
    ScorerSpec newItem() const override;

private:
    QVariant display(const ScorerSpec& scorer, int column) const;
    QVariant edit(const ScorerSpec& scorer, int column) const;
};
