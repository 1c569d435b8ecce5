// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencealignment.h"

#include <vector>

namespace {
QString identity(const YamlNode& node)
{
    if (node.kind != YamlNode::Kind::Mapping || node.pairCount() == 0 || node.value(0).kind != YamlNode::Kind::Scalar)
        return {};
    return node.key(0).scalar + u'\n' + node.value(0).scalar;
}

// Pairs (before index, after index) of a longest common subsequence of unchanged items.
QList<std::pair<qsizetype, qsizetype>> unchangedPairs(const QList<YamlNode>& before, const QList<YamlNode>& after)
{
    const qsizetype n = before.size(), m = after.size();
    std::vector<std::vector<int>> common(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            common[i][j] = sameContent(before.at(i), after.at(j)) ? common[i + 1][j + 1] + 1
                                                                  : std::max(common[i + 1][j], common[i][j + 1]);
    }
    QList<std::pair<qsizetype, qsizetype>> pairs;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (sameContent(before.at(i), after.at(j)))
            pairs.append({ i++, j++ });
        else if (common[i + 1][j] >= common[i][j + 1])
            ++i;
        else
            ++j;
    }
    return pairs;
}

// Within one stretch of changed items: same identity first, then in turn between those pairs.
void pairChanged(const QList<YamlNode>& before, const QList<YamlNode>& after, std::pair<qsizetype, qsizetype> from,
                 std::pair<qsizetype, qsizetype> to, QList<qsizetype>& counterpart)
{
    qsizetype next = from.first;
    for (qsizetype j = from.second; j < to.second; ++j) {
        const QString id = identity(after.at(j));
        for (qsizetype i = next; !id.isEmpty() && i < to.first; ++i) {
            if (identity(before.at(i)) == id) {
                counterpart[j] = i;
                next = i + 1;
                break;
            }
        }
    }
    next = from.first;
    for (qsizetype j = from.second; j < to.second; ++j) {
        if (counterpart.at(j) >= 0) {
            next = counterpart.at(j) + 1;
            continue;
        }
        qsizetype limit = to.first; // the next identity pair bounds what this item may pair with
        for (qsizetype k = j + 1; k < to.second && limit == to.first; ++k)
            limit = counterpart.at(k) >= 0 ? counterpart.at(k) : limit;
        if (next < limit)
            counterpart[j] = next++;
    }
}
} // namespace

QList<qsizetype> alignSequences(const QList<YamlNode>& before, const QList<YamlNode>& after)
{
    QList<qsizetype> counterpart(after.size(), -1);
    std::pair<qsizetype, qsizetype> from { 0, 0 };
    QList<std::pair<qsizetype, qsizetype>> anchors = unchangedPairs(before, after);
    anchors.append({ before.size(), after.size() });
    for (const auto& anchor : std::as_const(anchors)) {
        pairChanged(before, after, from, anchor, counterpart);
        if (anchor.second < after.size())
            counterpart[anchor.second] = anchor.first;
        from = { anchor.first + 1, anchor.second + 1 };
    }
    return counterpart;
}
