// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// The role every sortable table of the GUI answers, read-only (TableModelBase) or editable
// (DocumentTableModel) alike, so that a proxy sorts any of them the same way.
namespace ItemRole {
constexpr int Sort = Qt::UserRole + 1; // numbers as numbers, so that 9 sorts before 10
} // namespace ItemRole
