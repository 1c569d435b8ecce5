// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacedocument.h"

#include "workspacefile/workspacewriter.h"

#include <QFileInfo>
#include <QUndoStack>

namespace {
template<typename T>
QList<T>& listOf(Workspace& ws, const ItemPath& path);

template<>
QList<Provider>& listOf(Workspace& ws, const ItemPath&)
{
    return ws.providers;
}

template<>
QList<ModelSpec>& listOf(Workspace& ws, const ItemPath&)
{
    return ws.models;
}

template<>
QList<Category>& listOf(Workspace& ws, const ItemPath&)
{
    return ws.categories;
}

template<>
QList<TestCase>& listOf(Workspace& ws, const ItemPath& path)
{
    return ws.categories[path.category].cases;
}

// Calls f with the typed list the path names, so each edit is written once for all four lists.
template<typename F>
auto withList(Workspace& ws, const ItemPath& path, F&& f)
{
    switch (path.list) {
    case ItemPath::List::Providers:
        return f(listOf<Provider>(ws, path));
    case ItemPath::List::Models:
        return f(listOf<ModelSpec>(ws, path));
    case ItemPath::List::Categories:
        return f(listOf<Category>(ws, path));
    case ItemPath::List::Cases:
        break;
    }
    return f(listOf<TestCase>(ws, path));
}
}

WorkspaceDocument::WorkspaceDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

WorkspaceDocument::~WorkspaceDocument()
{
    // The undo stack, a child, clears itself when it is deleted, after this destructor: its
    // cleanChanged(true) would tell receivers that unsaved work was saved, and they would call
    // into a document that is no longer one.
    m_undoStack->disconnect();
}

QString WorkspaceDocument::displayName() const
{
    if (m_filePath.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_filePath).fileName();
}

bool WorkspaceDocument::isModified() const
{
    return !m_undoStack->isClean();
}

WorkspaceLoad WorkspaceDocument::load(const QString& path)
{
    WorkspaceLoad result = readWorkspaceFile(path);
    if (result.ok())
        reset(result.workspace, QFileInfo(path).absoluteFilePath());
    return result;
}

void WorkspaceDocument::reset(const Workspace& workspace, const QString& path)
{
    Q_EMIT aboutToReset();
    m_workspace = workspace;
    m_undoStack->clear();
    Q_EMIT workspaceReset();
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(path);
    }
    Q_EMIT modifiedChanged(false);
}

bool WorkspaceDocument::save(const QString& path, QString* errorMessage)
{
    // The file the workspace came from is patched, so a save under another name keeps its comments too.
    if (!writeWorkspaceFile(m_workspace, path, m_filePath, errorMessage))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_filePath != absolute) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(absolute);
    }
    m_undoStack->setClean();
    return true;
}

QVariant WorkspaceDocument::item(const ItemPath& path) const
{
    auto& ws = const_cast<Workspace&>(m_workspace);
    return withList(ws, path, [&](auto& list) { return QVariant::fromValue(list.at(path.row)); });
}

int WorkspaceDocument::count(ItemPath::List list, int category) const
{
    if (list == ItemPath::List::Cases && (category < 0 || category >= m_workspace.categories.size()))
        return 0;
    auto& ws = const_cast<Workspace&>(m_workspace);
    return withList(ws, { list, category, -1 }, [](auto& items) { return int(items.size()); });
}

void WorkspaceDocument::setItem(const ItemPath& path, const QVariant& value)
{
    withList(m_workspace, path, [&](auto& list) {
        using T = std::decay_t<decltype(list.at(0))>;
        list[path.row] = value.value<T>();
    });
    Q_EMIT itemChanged(path);
}

void WorkspaceDocument::insertItem(const ItemPath& path, const QVariant& value)
{
    Q_EMIT aboutToInsertItem(path);
    withList(m_workspace, path, [&](auto& list) {
        using T = std::decay_t<decltype(list.at(0))>;
        list.insert(path.row, value.value<T>());
    });
    Q_EMIT itemInserted(path);
}

void WorkspaceDocument::removeItem(const ItemPath& path)
{
    Q_EMIT aboutToRemoveItem(path);
    withList(m_workspace, path, [&](auto& list) { list.removeAt(path.row); });
    Q_EMIT itemRemoved(path);
}

void WorkspaceDocument::setRouting(const RoutingMap& routing)
{
    m_workspace.routing = routing;
    Q_EMIT routingChanged();
}

void WorkspaceDocument::setDispatcher(const std::optional<DispatcherSpec>& dispatcher)
{
    m_workspace.dispatcher = dispatcher;
    Q_EMIT dispatcherChanged();
}

void WorkspaceDocument::setTraffic(const TrafficProfile& traffic)
{
    m_workspace.traffic = traffic;
    Q_EMIT trafficChanged();
}

void WorkspaceDocument::setRunDefaults(const RunDefaults& defaults)
{
    m_workspace.run = defaults;
    Q_EMIT runDefaultsChanged();
}

void WorkspaceDocument::setInfo(const QString& name, const QString& description)
{
    m_workspace.name = name;
    m_workspace.description = description;
    Q_EMIT infoChanged();
}
