// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentedits.h"

#include "editcommands.h"

#include "dispatcher/dispatcherreferences.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {
ItemPath pathOf(ItemPath::List list, int row, int category = -1)
{
    return { list, category, row };
}

// The routing map with every mention of the model ids gone; routes left with no model go too.
RoutingMap withoutModels(RoutingMap routing, const QStringList& ids)
{
    for (Route& route : routing.routes)
        route.chain.removeIf([&](const QString& id) { return ids.contains(id); });
    routing.routes.removeIf([](const Route& route) { return route.chain.isEmpty(); });
    routing.defaultChain.removeIf([&](const QString& id) { return ids.contains(id); });
    return routing;
}

RoutingMap withModelRenamed(RoutingMap routing, const QString& from, const QString& to)
{
    for (Route& route : routing.routes)
        std::replace(route.chain.begin(), route.chain.end(), from, to);
    std::replace(routing.defaultChain.begin(), routing.defaultChain.end(), from, to);
    return routing;
}

RoutingMap withCategoryRenamed(RoutingMap routing, const QString& from, const QString& to)
{
    for (Route& route : routing.routes) {
        if (route.category == from)
            route.category = to;
    }
    return routing;
}

void setRoutingIn(QUndoCommand* parent, WorkspaceDocument* document, const RoutingMap& routing)
{
    if (routing != document->workspace().routing)
        new SetRoutingCommand(document, routing, parent->text(), parent);
}

void setDispatcherIn(QUndoCommand* parent, WorkspaceDocument* document, const std::optional<DispatcherSpec>& dispatcher)
{
    if (dispatcher != document->workspace().dispatcher)
        new SetDispatcherCommand(document, dispatcher, parent->text(), parent);
}

template<typename T>
QUndoCommand* setItem(WorkspaceDocument* document, ItemPath::List list, int row, const T& value, const QString& text)
{
    return new SetItemCommand(document, pathOf(list, row), QVariant::fromValue(value), text);
}

template<typename T, typename Key>
QStringList keysOf(const QList<T>& items, Key key)
{
    QStringList keys;
    keys.reserve(items.size());
    for (const T& item : items)
        keys.append(item.*key);
    return keys;
}
}

namespace DocumentEdits {
QUndoCommand* setCategory(WorkspaceDocument* document, int row, const Category& value, const QString& text)
{
    const Workspace& ws = document->workspace();
    const QString oldName = ws.categories.at(row).name;
    if (oldName == value.name)
        return setItem(document, ItemPath::List::Categories, row, value, text);
    auto* command = new QUndoCommand(text);
    new SetItemCommand(document, pathOf(ItemPath::List::Categories, row), QVariant::fromValue(value), text, command);
    setRoutingIn(command, document, withCategoryRenamed(ws.routing, oldName, value.name));
    setDispatcherIn(command, document, dispatcherWithCategoryRenamed(ws.dispatcher, oldName, value.name));
    return command;
}

QUndoCommand* setProvider(WorkspaceDocument* document, int row, const Provider& value, const QString& text)
{
    const Workspace& ws = document->workspace();
    const QString oldName = ws.providers.at(row).name;
    if (oldName == value.name)
        return setItem(document, ItemPath::List::Providers, row, value, text);
    auto* command = new QUndoCommand(text);
    new SetItemCommand(document, pathOf(ItemPath::List::Providers, row), QVariant::fromValue(value), text, command);
    for (int modelRow : modelsOfProvider(ws, oldName)) {
        ModelSpec model = ws.models.at(modelRow);
        model.provider = value.name;
        new SetItemCommand(
            document, pathOf(ItemPath::List::Models, modelRow), QVariant::fromValue(model), text, command);
    }
    return command;
}

QUndoCommand* setModel(WorkspaceDocument* document, int row, const ModelSpec& value, const QString& text)
{
    const Workspace& ws = document->workspace();
    const QString oldId = ws.models.at(row).id;
    if (oldId == value.id)
        return setItem(document, ItemPath::List::Models, row, value, text);
    auto* command = new QUndoCommand(text);
    new SetItemCommand(document, pathOf(ItemPath::List::Models, row), QVariant::fromValue(value), text, command);
    setRoutingIn(command, document, withModelRenamed(ws.routing, oldId, value.id));
    setDispatcherIn(command, document, dispatcherWithModelRenamed(ws.dispatcher, oldId, value.id));
    return command;
}

QUndoCommand* removeCategory(WorkspaceDocument* document, int row)
{
    const Workspace& ws = document->workspace();
    const QString name = ws.categories.at(row).name;
    auto* command = new QUndoCommand(QCoreApplication::translate("DocumentEdits", "Remove category %1").arg(name));
    RoutingMap routing = ws.routing;
    routing.routes.removeIf([&](const Route& route) { return route.category == name; });
    setRoutingIn(command, document, routing);
    setDispatcherIn(command, document, dispatcherWithCategoryRenamed(ws.dispatcher, name, {}));
    new RemoveItemCommand(document, pathOf(ItemPath::List::Categories, row), command->text(), command);
    return command;
}

QUndoCommand* removeProvider(WorkspaceDocument* document, int row)
{
    const Workspace& ws = document->workspace();
    const QString name = ws.providers.at(row).name;
    auto* command = new QUndoCommand(QCoreApplication::translate("DocumentEdits", "Remove provider %1").arg(name));
    QList<int> modelRows = modelsOfProvider(ws, name);
    QStringList ids;
    for (int modelRow : std::as_const(modelRows))
        ids.append(ws.models.at(modelRow).id);
    setRoutingIn(command, document, withoutModels(ws.routing, ids));
    std::optional<DispatcherSpec> dispatcher = ws.dispatcher;
    for (const QString& id : std::as_const(ids))
        dispatcher = dispatcherWithModelRenamed(dispatcher, id, {});
    setDispatcherIn(command, document, dispatcher);
    std::sort(modelRows.rbegin(), modelRows.rend()); // later rows first, so earlier paths stay valid
    for (int modelRow : std::as_const(modelRows))
        new RemoveItemCommand(document, pathOf(ItemPath::List::Models, modelRow), command->text(), command);
    new RemoveItemCommand(document, pathOf(ItemPath::List::Providers, row), command->text(), command);
    return command;
}

QUndoCommand* removeModel(WorkspaceDocument* document, int row)
{
    const Workspace& ws = document->workspace();
    const QString id = ws.models.at(row).id;
    auto* command = new QUndoCommand(QCoreApplication::translate("DocumentEdits", "Remove model %1").arg(id));
    setRoutingIn(command, document, withoutModels(ws.routing, { id }));
    setDispatcherIn(command, document, dispatcherWithModelRenamed(ws.dispatcher, id, {}));
    new RemoveItemCommand(document, pathOf(ItemPath::List::Models, row), command->text(), command);
    return command;
}

QUndoCommand* removeCases(WorkspaceDocument* document, int category, QList<int> rows)
{
    auto* command = new QUndoCommand(QCoreApplication::translate("DocumentEdits", "Remove %n test case(s)", nullptr,
        int(rows.size())));
    std::sort(rows.rbegin(), rows.rend());
    for (int row : std::as_const(rows))
        new RemoveItemCommand(document, pathOf(ItemPath::List::Cases, row, category), command->text(), command);
    return command;
}

QUndoCommand* appendCases(WorkspaceDocument* document, int category, const QList<TestCase>& cases, const QString& text)
{
    auto* command = new QUndoCommand(text);
    const int first = document->count(ItemPath::List::Cases, category);
    for (int i = 0; i < cases.size(); ++i) {
        new InsertItemCommand(document, pathOf(ItemPath::List::Cases, first + i, category),
            QVariant::fromValue(cases.at(i)), text, command);
    }
    return command;
}

QList<int> modelsOfProvider(const Workspace& workspace, const QString& providerName)
{
    QList<int> rows;
    for (int row = 0; row < workspace.models.size(); ++row) {
        if (workspace.models.at(row).provider == providerName)
            rows.append(row);
    }
    return rows;
}

bool isRouted(const RoutingMap& routing, const QString& modelId)
{
    return routing.defaultChain.contains(modelId)
        || std::any_of(routing.routes.cbegin(), routing.routes.cend(),
            [&](const Route& route) { return route.chain.contains(modelId); });
}

QString uniqueName(const QString& base, const QStringList& taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

QStringList categoryNames(const Workspace& workspace)
{
    return keysOf(workspace.categories, &Category::name);
}

QStringList providerNames(const Workspace& workspace)
{
    return keysOf(workspace.providers, &Provider::name);
}

QStringList modelIds(const Workspace& workspace)
{
    return keysOf(workspace.models, &ModelSpec::id);
}

QStringList caseIds(const Category& category)
{
    return keysOf(category.cases, &TestCase::id);
}

QString nextCaseId(const Category& category)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    const QStringList taken = caseIds(category);
    const auto match = numbered.match(taken.isEmpty() ? QString() : taken.constLast());
    if (!match.hasMatch())
        return uniqueName(QStringLiteral("case-%1").arg(taken.size() + 1), taken);
    const QString prefix = match.captured(1);
    const int width = int(match.capturedLength(2));
    QString id;
    for (int n = match.captured(2).toInt() + 1; id.isEmpty() || taken.contains(id); ++n)
        id = prefix + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
    return id;
}
}
