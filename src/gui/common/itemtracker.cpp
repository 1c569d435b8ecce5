// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemtracker.h"

ItemTracker::ItemTracker(WorkspaceDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::itemChanged, this, &ItemTracker::onItemChanged);
    connect(document, &WorkspaceDocument::itemInserted, this, &ItemTracker::onInserted);
    connect(document, &WorkspaceDocument::itemRemoved, this, &ItemTracker::onRemoved);
    connect(document, &WorkspaceDocument::workspaceReset, this, &ItemTracker::clear);
}

void ItemTracker::setPath(const ItemPath& path)
{
    m_path = path;
    if (isValid())
        Q_EMIT changed();
    else
        Q_EMIT lost();
}

void ItemTracker::clear()
{
    m_path.row = -1;
    Q_EMIT lost();
}

bool ItemTracker::sameList(const ItemPath& path) const
{
    return path.list == m_path.list && (path.list != ItemPath::List::Cases || path.category == m_path.category);
}

bool ItemTracker::isMyCategory(const ItemPath& path) const
{
    return m_path.list == ItemPath::List::Cases && path.list == ItemPath::List::Categories;
}

void ItemTracker::onItemChanged(const ItemPath& path)
{
    if (!isValid())
        return;
    if (path == m_path) {
        Q_EMIT changed();
    } else if (isMyCategory(path) && path.row == m_path.category) {
        if (m_path.row < m_document->count(ItemPath::List::Cases, m_path.category))
            Q_EMIT changed();
        else
            clear();
    }
}

void ItemTracker::onInserted(const ItemPath& path)
{
    if (!isValid())
        return;
    if (sameList(path) && path.row <= m_path.row)
        ++m_path.row;
    else if (isMyCategory(path) && path.row <= m_path.category)
        ++m_path.category;
}

void ItemTracker::onRemoved(const ItemPath& path)
{
    if (!isValid())
        return;
    // The item itself gone, or its category: the two lists differ, so at most one side holds.
    if ((sameList(path) && path.row == m_path.row) || (isMyCategory(path) && path.row == m_path.category))
        clear();
    else if (sameList(path) && path.row < m_path.row)
        --m_path.row;
    else if (isMyCategory(path) && path.row < m_path.category)
        --m_path.category;
}
