// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worddiff.h"

#include <QList>
#include <vector>

// One step of an edit script over two id sequences: indexes are 0-based, -1 where a side has none.
struct EditStep {
    DiffSpan::Kind kind;
    int before;
    int after;
};

// The shortest edit script between a and b; removals come before additions within a change.
QList<EditStep> editScript(const std::vector<int>& a, const std::vector<int>& b);
// The number of insertions and deletions that turn a into b, without the script: much cheaper
// than editScript() when the sequences have little in common.
int editDistance(const std::vector<int>& a, const std::vector<int>& b);
