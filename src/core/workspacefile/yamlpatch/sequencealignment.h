// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamltree.h"

// For each item of after, the index of the item of before that it continues (unchanged or
// edited), or -1 for a new item; indexes rise with the items, so order is kept. Unchanged items
// are matched first (longest common subsequence); between them, items of the same identity (a
// mapping's first key and value, such as "id: t01") are paired, then the others in turn, so that
// an edited or renamed item is patched in place rather than removed and written anew.
QList<qsizetype> alignSequences(const QList<YamlNode>& before, const QList<YamlNode>& after);
