// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documenttablemodel.h"

namespace DocumentItems {
template<typename T>
const QList<T>& listOf(const Workspace& workspace, int category);

template<>
inline const QList<Provider>& listOf(const Workspace& workspace, int)
{
    return workspace.providers;
}

template<>
inline const QList<ModelSpec>& listOf(const Workspace& workspace, int)
{
    return workspace.models;
}

template<>
inline const QList<Category>& listOf(const Workspace& workspace, int)
{
    return workspace.categories;
}

template<>
inline const QList<TestCase>& listOf(const Workspace& workspace, int category)
{
    return workspace.categories.at(category).cases;
}

// The name or id that is unique in the item's list.
inline QString keyOf(const Provider& provider)
{
    return provider.name;
}

inline QString keyOf(const ModelSpec& model)
{
    return model.id;
}

inline QString keyOf(const Category& category)
{
    return category.name;
}

inline QString keyOf(const TestCase& testCase)
{
    return testCase.id;
}

template<typename T>
constexpr ItemPath::List listKind();
template<>
constexpr ItemPath::List listKind<Provider>() { return ItemPath::List::Providers; }
template<>
constexpr ItemPath::List listKind<ModelSpec>() { return ItemPath::List::Models; }
template<>
constexpr ItemPath::List listKind<Category>() { return ItemPath::List::Categories; }
template<>
constexpr ItemPath::List listKind<TestCase>() { return ItemPath::List::Cases; }
}

// A DocumentTableModel that hands its subclass typed items: cellData() sees a Category, not a row.
template<typename T>
class DocumentItemModel : public DocumentTableModel
{
public:
    DocumentItemModel(WorkspaceDocument* document, int columnCount, QObject* parent = nullptr)
        : DocumentTableModel(document, DocumentItems::listKind<T>(), columnCount, parent)
    {
    }

    const T& itemAt(int row) const { return DocumentItems::listOf<T>(document()->workspace(), category()).at(row); }

protected:
    virtual QVariant cellData(const T& item, int column, int role) const = 0;

    QVariant cell(int row, int column, int role) const final { return cellData(itemAt(row), column, role); }
    QString key(int row) const override { return DocumentItems::keyOf(itemAt(row)); }
};
