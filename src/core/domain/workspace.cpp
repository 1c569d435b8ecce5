// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <algorithm>

namespace {
template<typename T, typename Key>
int indexBy(const QList<T>& list, Key key, const QString& value)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T& item) { return item.*key == value; });
    return it == list.cend() ? -1 : int(it - list.cbegin());
}

template<typename T>
const T* at(const QList<T>& list, int index)
{
    return index < 0 ? nullptr : &list.at(index);
}
}

int Workspace::indexOfProvider(const QString& providerName) const
{
    return indexBy(providers, &Provider::name, providerName);
}

int Workspace::indexOfModel(const QString& id) const
{
    return indexBy(models, &ModelSpec::id, id);
}

int Workspace::indexOfCategory(const QString& categoryName) const
{
    return indexBy(categories, &Category::name, categoryName);
}

const Provider* Workspace::provider(const QString& providerName) const
{
    return at(providers, indexOfProvider(providerName));
}

const ModelSpec* Workspace::model(const QString& id) const
{
    return at(models, indexOfModel(id));
}

const Category* Workspace::category(const QString& categoryName) const
{
    return at(categories, indexOfCategory(categoryName));
}

int Workspace::caseCount() const
{
    int count = 0;
    for (const Category& category : categories)
        count += category.cases.size();
    return count;
}
