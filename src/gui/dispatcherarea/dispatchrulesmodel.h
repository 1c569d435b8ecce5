// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"

#include <QAbstractTableModel>

// The dispatcher's rules, one row each in the order they are tried. Cells are edited in place;
// every edit is one undo step on the document's stack. Keywords are shown and typed as a
// comma-separated list; an empty bound cell means no bound.
class DispatchRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, KeywordsColumn, RegexColumn, MinCharsColumn, MaxCharsColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 }; // why the rule cannot match as written; empty when fine

    explicit DispatchRulesModel(WorkspaceDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rule's conditions in one line, as the misrouted cases name the rule that fired.
    static QString describe(const DispatchRule& rule);
    static QString problem(const DispatchRule& rule, const Workspace& workspace);

private:
    QList<DispatchRule> rules() const;
    QVariant display(const DispatchRule& rule, int column) const;
    std::optional<DispatchRule> edited(DispatchRule rule, int column, const QVariant& value) const;
    void onDispatcherChanged();

    WorkspaceDocument* m_document;
    int m_rowCount = 0;
};
