// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"

// Follows one item of the document while rows are inserted and removed before it (an undo, an
// import), so that an editor keeps showing the same item. Says when the item changed, also through
// its category for a case, and when it is gone.
class ItemTracker : public QObject
{
    Q_OBJECT
public:
    explicit ItemTracker(WorkspaceDocument* document, QObject* parent = nullptr);

    WorkspaceDocument* document() const { return m_document; }
    ItemPath path() const { return m_path; }
    bool isValid() const { return m_path.row >= 0; }
    void setPath(const ItemPath& path); // emits changed()
    void clear(); // emits lost()

Q_SIGNALS:
    void changed();
    void lost();

private:
    bool sameList(const ItemPath& path) const;
    bool isMyCategory(const ItemPath& path) const;
    void onItemChanged(const ItemPath& path);
    void onInserted(const ItemPath& path);
    void onRemoved(const ItemPath& path);

    WorkspaceDocument* m_document;
    ItemPath m_path;
};
