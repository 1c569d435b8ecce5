// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/documentitemmodel.h"

// The workspace's providers: where requests go, with which key reference and limits.
class ProvidersModel : public DocumentItemModel<Provider>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        BaseUrlColumn,
        KeyColumn,
        ConcurrencyColumn,
        RequestsPerMinuteColumn,
        TimeoutColumn,
        ColumnCount
    };

    explicit ProvidersModel(WorkspaceDocument* document, QObject* parent = nullptr);

protected:
    QVariant cellData(const Provider& provider, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    bool isEditable(int column) const override;
    QUndoCommand* editCommand(int row, int column, const QVariant& value) override;

private:
    QVariant display(const Provider& provider, int column) const;
    QVariant edit(const Provider& provider, int column) const;
    QVariant toolTip(const Provider& provider, int column) const;
    bool isPlaceholder(const Provider& provider, int column) const;
};

// Whether a name is usable for the provider in row (-1: a new one); empty string when it is.
QString providerNameProblem(const Workspace& workspace, const QString& name, int row);
