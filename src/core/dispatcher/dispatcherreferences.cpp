// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcherreferences.h"

std::optional<DispatcherSpec> dispatcherWithCategoryRenamed(std::optional<DispatcherSpec> spec, const QString& from,
                                                            const QString& to)
{
    if (!spec)
        return spec;
    if (to.isEmpty())
        spec->rules.removeIf([&](const DispatchRule& rule) { return rule.category == from; });
    for (DispatchRule& rule : spec->rules) {
        if (rule.category == from)
            rule.category = to;
    }
    if (spec->fallback == from)
        spec->fallback = to.isEmpty() ? DispatcherSpec::defaultRoute : to;
    return spec;
}

std::optional<DispatcherSpec> dispatcherWithModelRenamed(std::optional<DispatcherSpec> spec, const QString& from,
                                                         const QString& to)
{
    if (!spec || !spec->classifier || spec->classifier->model != from)
        return spec;
    if (to.isEmpty())
        spec->classifier.reset();
    else
        spec->classifier->model = to;
    return spec;
}
