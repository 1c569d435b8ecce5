// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <array>

// An enumerator with the key files and the command line use and its untranslated display name
// (marked with QT_TRANSLATE_NOOP), in a constexpr table per enumeration.
template <typename Enum> struct NamedValue {
    Enum value;
    const char* key;
    const char* display;
};

// The table's entry for value; every enumerator has one.
template <typename Enum, std::size_t N>
const NamedValue<Enum>& namedValue(const std::array<NamedValue<Enum>, N>& table, Enum value)
{
    return *std::find_if(table.cbegin(), table.cend(),
                         [value](const NamedValue<Enum>& entry) { return entry.value == value; });
}
