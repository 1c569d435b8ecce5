// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "workspacefile/workspacereader.h"

#include <QObject>
#include <QVariant>

class QUndoStack;

// Where an item lives in the workspace: which list, which category (for cases) and which row.
struct ItemPath {
    enum class List { Providers, Models, Categories, Cases };
    List list = List::Categories;
    int category = -1; // for Cases only
    int row = -1;

    ItemPath withRow(int r) const { return { list, category, r }; }
    friend bool operator==(const ItemPath&, const ItemPath&) = default;
};

// The open workspace: its content, file, and undo history. Views read workspace(); every edit goes
// through an undoable command (see editcommands.h), which calls the item functions below, which
// signal the change so that item models update just the rows concerned.
class WorkspaceDocument : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceDocument(QObject* parent = nullptr);
    ~WorkspaceDocument() override;

    const Workspace& workspace() const { return m_workspace; }
    QString filePath() const { return m_filePath; }
    QString displayName() const; // file name, or "Untitled"
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Replaces the content; the undo history starts afresh. On errors the content is kept.
    WorkspaceLoad load(const QString& path);
    void reset(const Workspace& workspace, const QString& path = {});
    bool save(const QString& path, QString* errorMessage);

    // Raw edits, for the undo commands. item() returns a Provider, ModelSpec, Category or TestCase.
    QVariant item(const ItemPath& path) const;
    int count(ItemPath::List list, int category = -1) const;
    void setItem(const ItemPath& path, const QVariant& value);
    void insertItem(const ItemPath& path, const QVariant& value);
    void removeItem(const ItemPath& path);
    void setRouting(const RoutingMap& routing);
    void setDispatcher(const std::optional<DispatcherSpec>& dispatcher);
    void setTraffic(const TrafficProfile& traffic);
    void setRunDefaults(const RunDefaults& defaults);
    void setInfo(const QString& name, const QString& description);

Q_SIGNALS:
    void aboutToReset();
    void workspaceReset();
    void itemChanged(const ItemPath& path);
    void aboutToInsertItem(const ItemPath& path);
    void itemInserted(const ItemPath& path);
    void aboutToRemoveItem(const ItemPath& path);
    void itemRemoved(const ItemPath& path);
    void routingChanged();
    void dispatcherChanged();
    void trafficChanged();
    void runDefaultsChanged();
    void infoChanged();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    Workspace m_workspace;
    QString m_filePath;
    QUndoStack* m_undoStack;
};

Q_DECLARE_METATYPE(ItemPath)
