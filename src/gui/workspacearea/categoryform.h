// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"

#include <QWidget>

#include <functional>
#include <memory>

class ItemTracker;
class ScorerListModel;

namespace Ui {
class CategoryForm;
}

// Edits one category. Every change is an undoable step on the document; typing in one field
// makes one step, and a rename also renames the category in the routing map.
class CategoryForm : public QWidget
{
    Q_OBJECT
public:
    explicit CategoryForm(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~CategoryForm() override;

    void setCategory(int row); // -1: none
    int category() const;
    void focusFirstField(); // the name, selected

private:
    enum Field { DescriptionField, TargetField, ThresholdField, ShareField, SystemPromptField, TemplateField,
        ScorersField, PassThresholdField, ErrorCostField };

    void connectFields();
    void refresh();
    void refreshTrafficNotice();
    void commit(Field field, const std::function<void(Category&)>& change);
    void commitName();

    std::unique_ptr<Ui::CategoryForm> ui;
    WorkspaceDocument* m_document;
    ItemTracker* m_tracker;
    ScorerListModel* m_scorers;
};
