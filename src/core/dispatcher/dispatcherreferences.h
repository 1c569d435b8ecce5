// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dispatcherspec.h"

// The dispatcher after a category or model was renamed (to a new name) or removed (to empty), so
// that it never names what the workspace no longer has: a removed category's rules go, a default
// that named it falls back to "default"; a removed classifier model takes the classifier with it.
std::optional<DispatcherSpec> dispatcherWithCategoryRenamed(std::optional<DispatcherSpec> spec, const QString& from,
                                                            const QString& to);
std::optional<DispatcherSpec> dispatcherWithModelRenamed(std::optional<DispatcherSpec> spec, const QString& from,
                                                         const QString& to);
