// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacedocument.h"

#include <QUndoCommand>

// The undoable edits. Each remembers what it replaced; the text names it in the Edit menu.
class SetItemCommand : public QUndoCommand
{
public:
    SetItemCommand(WorkspaceDocument* document, const ItemPath& path, const QVariant& value, const QString& text,
        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

    // Consecutive edits of one field of one item (typing in a form) merge into a single undo step;
    // field is any number the editor picks for the field, -1 (the default) never merges.
    void setMergeField(int field) { m_mergeField = field; }
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    WorkspaceDocument* m_document;
    ItemPath m_path;
    QVariant m_before;
    QVariant m_after;
    int m_mergeField = -1;
};

class InsertItemCommand : public QUndoCommand
{
public:
    InsertItemCommand(WorkspaceDocument* document, const ItemPath& path, const QVariant& value, const QString& text,
        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkspaceDocument* m_document;
    ItemPath m_path;
    QVariant m_value;
};

class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(WorkspaceDocument* document, const ItemPath& path, const QString& text,
        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkspaceDocument* m_document;
    ItemPath m_path;
    QVariant m_value;
};

class SetRoutingCommand : public QUndoCommand
{
public:
    SetRoutingCommand(WorkspaceDocument* document, const RoutingMap& routing, const QString& text,
        QUndoCommand* parent = nullptr);
    void redo() override { m_document->setRouting(m_after); }
    void undo() override { m_document->setRouting(m_before); }

private:
    WorkspaceDocument* m_document;
    RoutingMap m_before;
    RoutingMap m_after;
};

// Replaces the whole dispatcher (or removes it). Consecutive edits of one field (typing a keyword
// list, a pattern, the classifier's prompt) merge into one undo step when given the same field.
class SetDispatcherCommand : public QUndoCommand
{
public:
    SetDispatcherCommand(WorkspaceDocument* document, const std::optional<DispatcherSpec>& dispatcher,
        const QString& text, QUndoCommand* parent = nullptr);
    void redo() override { m_document->setDispatcher(m_after); }
    void undo() override { m_document->setDispatcher(m_before); }
    void setMergeField(int field) { m_mergeField = field; }
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    WorkspaceDocument* m_document;
    std::optional<DispatcherSpec> m_before;
    std::optional<DispatcherSpec> m_after;
    int m_mergeField = -1;
};

// Replaces how runs treat the response cache (the file's `run:` mapping). Consecutive edits merge
// into one undo step, so that stepping a spin box from 7 to 14 days is undone at once.
class SetRunDefaultsCommand : public QUndoCommand
{
public:
    SetRunDefaultsCommand(WorkspaceDocument* document, const RunDefaults& defaults, const QString& text,
                          QUndoCommand* parent = nullptr);
    void redo() override { m_document->setRunDefaults(m_after); }
    void undo() override { m_document->setRunDefaults(m_before); }
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    WorkspaceDocument* m_document;
    RunDefaults m_before;
    RunDefaults m_after;
};
