// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/documentitemmodel.h"

// The candidate models: which provider serves them, under which id, at which price.
class ModelsModel : public DocumentItemModel<ModelSpec>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ProviderColumn,
        ModelColumn,
        DisplayNameColumn,
        InputPriceColumn,
        OutputPriceColumn,
        ContextWindowColumn,
        ColumnCount
    };

    explicit ModelsModel(WorkspaceDocument* document, QObject* parent = nullptr);

protected:
    QVariant cellData(const ModelSpec& model, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    bool isEditable(int column) const override;
    QUndoCommand* editCommand(int row, int column, const QVariant& value) override;

private:
    QVariant display(const ModelSpec& model, int column) const;
    QVariant edit(const ModelSpec& model, int column) const;
    QVariant toolTip(const ModelSpec& model, int column) const;
    bool hasProvider(const ModelSpec& model) const;
    bool isPlaceholder(const ModelSpec& model, int column) const;
    void providerColumnChanged(const ItemPath& path);
};

// Whether an id is usable for the model in row (-1: a new one); empty string when it is.
QString modelIdProblem(const Workspace& workspace, const QString& id, int row);
