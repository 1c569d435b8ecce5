// SPDX-License-Identifier: GPL-3.0-or-later
// The edit scripts under the word and line differences, by dtl (an O(ND) difference algorithm).
#include "editscript.h"

#include <algorithm>
#include <dtl/dtl.hpp>

// The shortest edit script between a and b; removals come before additions within a change.
// Equal ends are matched before dtl sees the middle, which is all that differs in most pairs.
QList<EditStep> editScript(const std::vector<int>& a, const std::vector<int>& b)
{
    const int sizeA = int(a.size());
    const int sizeB = int(b.size());
    int prefix = 0;
    while (prefix < sizeA && prefix < sizeB && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < sizeA - prefix && suffix < sizeB - prefix
           && a[size_t(sizeA - 1 - suffix)] == b[size_t(sizeB - 1 - suffix)])
        ++suffix;

    QList<EditStep> edits;
    edits.reserve(std::max(sizeA, sizeB) + 1);
    for (int i = 0; i < prefix; ++i)
        edits.append({ DiffSpan::Same, i, i });
    const std::vector<int> middleA(a.begin() + prefix, a.end() - suffix);
    const std::vector<int> middleB(b.begin() + prefix, b.end() - suffix);
    if (middleA.empty() || middleB.empty()) {
        for (int i = 0; i < int(middleA.size()); ++i)
            edits.append({ DiffSpan::Removed, prefix + i, -1 });
        for (int i = 0; i < int(middleB.size()); ++i)
            edits.append({ DiffSpan::Added, -1, prefix + i });
    } else {
        dtl::Diff<int, std::vector<int>> diff(middleA, middleB, true);
        diff.compose();
        for (const auto& [element, info] : diff.getSes().getSequence()) {
            const int before = int(info.beforeIdx) - 1 + prefix;
            const int after = int(info.afterIdx) - 1 + prefix;
            if (info.type == dtl::SES_COMMON)
                edits.append({ DiffSpan::Same, before, after });
            else if (info.type == dtl::SES_DELETE)
                edits.append({ DiffSpan::Removed, before, -1 });
            else
                edits.append({ DiffSpan::Added, -1, after });
        }
    }
    for (int i = 0; i < suffix; ++i)
        edits.append({ DiffSpan::Same, sizeA - suffix + i, sizeB - suffix + i });
    return edits;
}

// The number of insertions and deletions that turn a into b, without the script: much cheaper
// than editScript() when the sequences have little in common.
int editDistance(const std::vector<int>& a, const std::vector<int>& b)
{
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::vector<int> middleA(a.begin() + qsizetype(prefix), a.end() - qsizetype(suffix));
    const std::vector<int> middleB(b.begin() + qsizetype(prefix), b.end() - qsizetype(suffix));
    if (middleA.empty() || middleB.empty())
        return int(middleA.size() + middleB.size());
    dtl::Diff<int, std::vector<int>> diff(middleA, middleB);
    diff.onOnlyEditDistance();
    diff.compose();
    return int(diff.getEditDistance());
}
