// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommands.h"

SetItemCommand::SetItemCommand(WorkspaceDocument* document, const ItemPath& path, const QVariant& value,
    const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_path(path)
    , m_before(document->item(path))
    , m_after(value)
{
}

void SetItemCommand::redo()
{
    m_document->setItem(m_path, m_after);
}

void SetItemCommand::undo()
{
    m_document->setItem(m_path, m_before);
}

int SetItemCommand::id() const
{
    constexpr int mergeableSetItem = 0x5e71;
    return m_mergeField < 0 ? -1 : mergeableSetItem;
}

bool SetItemCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetItemCommand*>(other); // same id(): same class
    if (next->m_document != m_document || next->m_path != m_path || next->m_mergeField != m_mergeField)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and then erased: nothing left to undo
    return true;
}

InsertItemCommand::InsertItemCommand(WorkspaceDocument* document, const ItemPath& path, const QVariant& value,
    const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_path(path)
    , m_value(value)
{
}

void InsertItemCommand::redo()
{
    m_document->insertItem(m_path, m_value);
}

void InsertItemCommand::undo()
{
    m_document->removeItem(m_path);
}

RemoveItemCommand::RemoveItemCommand(WorkspaceDocument* document, const ItemPath& path, const QString& text,
    QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_path(path)
    , m_value(document->item(path))
{
}

void RemoveItemCommand::redo()
{
    m_document->removeItem(m_path);
}

void RemoveItemCommand::undo()
{
    m_document->insertItem(m_path, m_value);
}

SetRoutingCommand::SetRoutingCommand(WorkspaceDocument* document, const RoutingMap& routing, const QString& text,
    QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->workspace().routing)
    , m_after(routing)
{
}

SetDispatcherCommand::SetDispatcherCommand(WorkspaceDocument* document, const std::optional<DispatcherSpec>& dispatcher,
    const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->workspace().dispatcher)
    , m_after(dispatcher)
{
}

int SetDispatcherCommand::id() const
{
    constexpr int mergeableDispatcherEdit = 0xd15a;
    return m_mergeField < 0 ? -1 : mergeableDispatcherEdit;
}

bool SetDispatcherCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetDispatcherCommand*>(other); // same id(): same class
    if (next->m_document != m_document || next->m_mergeField != m_mergeField)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

SetRunDefaultsCommand::SetRunDefaultsCommand(WorkspaceDocument* document, const RunDefaults& defaults,
                                             const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->workspace().run)
    , m_after(defaults)
{
}

int SetRunDefaultsCommand::id() const
{
    constexpr int mergeableRunDefaultsEdit = 0x4dee;
    return mergeableRunDefaultsEdit;
}

bool SetRunDefaultsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetRunDefaultsCommand*>(other); // same id(): same class
    if (next->m_document != m_document)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}
