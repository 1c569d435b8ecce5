// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"

#include <QWidget>

#include <functional>
#include <memory>

class ChatMessagesModel;
class ItemTracker;
class KeyValueModel;
class ScorerListModel;

namespace Ui {
class TestCaseForm;
}

// Edits one test case in full: long inputs and chat transcripts, variables, expected output,
// scorers of its own and tags. Every change is an undoable step on the document.
class TestCaseForm : public QWidget
{
    Q_OBJECT
public:
    explicit TestCaseForm(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~TestCaseForm() override;

    void setCase(int category, int row); // row -1: none
    ItemPath path() const;
    void focusFirstField(); // the id, selected

private:
    enum Field { Unmerged = -1, PromptField, MessagesField, SystemPromptField, VarsField, ExpectedField, ScorersField, TagsField };

    void setUpLists();
    void connectFields();
    void refresh();
    void commit(Field field, const std::function<void(TestCase&)>& change);
    void commitId();
    void switchInputKind(bool chat);

    std::unique_ptr<Ui::TestCaseForm> ui;
    WorkspaceDocument* m_document;
    ItemTracker* m_tracker;
    ChatMessagesModel* m_messages;
    KeyValueModel* m_vars;
    ScorerListModel* m_scorers;
};
