// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/documentitemmodel.h"

// The workspace's categories: name, optimisation target, quality bar, share of traffic, cases.
class CategoriesModel : public DocumentItemModel<Category>
{
    Q_OBJECT
public:
    enum Column { NameColumn, TargetColumn, ThresholdColumn, TrafficShareColumn, CasesColumn, ColumnCount };

    explicit CategoriesModel(WorkspaceDocument* document, QObject* parent = nullptr);

    double totalTrafficShare() const;
    bool isOverbooked() const; // traffic shares add up to more than 100%

protected:
    QVariant cellData(const Category& category, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    bool isEditable(int column) const override;
    QUndoCommand* editCommand(int row, int column, const QVariant& value) override;

private:
    QVariant display(const Category& category, int column) const;
    QVariant edit(const Category& category, int column) const;
    QVariant toolTip(const Category& category, int column) const;
    void shareColumnChanged();
};

// Whether a name is usable for a category in row (-1: a new one); empty string when it is, else why not.
QString categoryNameProblem(const Workspace& workspace, const QString& name, int row);
