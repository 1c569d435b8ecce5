// SPDX-License-Identifier: GPL-3.0-or-later
#include "category.h"

#include <QCoreApplication>

#include <array>

namespace {
struct TargetName {
    OptimisationTarget target;
    const char* key;
    const char* display;
};

constexpr std::array<TargetName, 5> targetNames = { {
    { OptimisationTarget::CheapestPassing, "cheapest-passing", QT_TRANSLATE_NOOP("Category", "Cheapest passing") },
    { OptimisationTarget::MostAccurate, "most-accurate", QT_TRANSLATE_NOOP("Category", "Most accurate") },
    { OptimisationTarget::FastestPassing, "fastest-passing", QT_TRANSLATE_NOOP("Category", "Fastest passing") },
    { OptimisationTarget::MostStable, "most-stable", QT_TRANSLATE_NOOP("Category", "Most stable passing") },
    { OptimisationTarget::LowestTotalCost, "lowest-total-cost",
      QT_TRANSLATE_NOOP("Category", "Lowest total cost (API + errors)") },
} };
}

QString targetKey(OptimisationTarget target)
{
    for (const auto& name : targetNames) {
        if (name.target == target)
            return QLatin1String(name.key);
    }
    return {};
}

std::optional<OptimisationTarget> targetFromKey(const QString& key)
{
    for (const auto& name : targetNames) {
        if (key == QLatin1String(name.key))
            return name.target;
    }
    return std::nullopt;
}

QStringList targetKeys()
{
    QStringList keys;
    for (const auto& name : targetNames)
        keys.append(QLatin1String(name.key));
    return keys;
}

QString targetDisplayName(OptimisationTarget target)
{
    for (const auto& name : targetNames) {
        if (name.target == target)
            return QCoreApplication::translate("Category", name.display);
    }
    return {};
}

int Category::indexOfCase(const QString& id) const
{
    for (int i = 0; i < cases.size(); ++i) {
        if (cases.at(i).id == id)
            return i;
    }
    return -1;
}
