// SPDX-License-Identifier: GPL-3.0-or-later
// The insertions and removals of mapping pairs and sequence items, in block and flow style.
#include "scalarstyle.h"
#include "yamlpatcher.h"

namespace {
// Items separated by blank lines (as categories often are) get one before a new item too.
bool blankSeparated(const QByteArray& text, const YamlNode& sequence)
{
    return sequence.children.size() >= 2 && isBlankLine(text, lineAfter(text, sequence.children.at(0).end));
}

QByteArray spaces(int count)
{
    return QByteArray(count, ' ');
}
} // namespace

void YamlPatcher::insertLines(qsizetype at, QByteArray lines)
{
    if (at == m_text.size() && !m_text.isEmpty() && !m_text.endsWith('\n'))
        lines.prepend('\n');
    m_edits.insert(at, lines);
}

// Whole lines go, and with them a blank line that would otherwise be left doubled.
void YamlPatcher::removeLines(qsizetype start, qsizetype end)
{
    if (start > 0 && isBlankLine(m_text, lineStartOf(m_text, start - 1))
        && (end >= m_text.size() || isBlankLine(m_text, end)))
        start = lineStartOf(m_text, start - 1);
    m_edits.replace(start, end, QByteArray());
}

void YamlPatcher::insertPair(const YamlNode& mapping, qsizetype afterPair, const YamlNode& key, const YamlNode& value)
{
    if (mapping.isFlowCollection()) {
        const QByteArray entry = flowText(key) + ": " + flowText(value);
        if (afterPair >= 0)
            m_edits.insert(std::max(mapping.key(afterPair).end, mapping.value(afterPair).end), ", " + entry);
        else if (mapping.pairCount() > 0)
            m_edits.insert(mapping.key(0).start, entry + ", ");
        else
            m_edits.insert(mapping.start + 1, entry);
        return;
    }
    const int column = columnOf(m_text, mapping.key(0).start);
    const QByteArray entry = canonicalPair(key, value, column);
    if (afterPair >= 0)
        insertLines(pairEnd(mapping, afterPair), spaces(column) + entry);
    else
        m_edits.insert(mapping.key(0).start, entry + spaces(column));
}

void YamlPatcher::removePair(const YamlNode& mapping, qsizetype pair)
{
    const YamlNode& key = mapping.key(pair);
    const bool last = pair + 1 == mapping.pairCount();
    if (mapping.isFlowCollection()) {
        const qsizetype valueEnd = std::max(key.end, mapping.value(pair).end);
        if (!last)
            m_edits.replace(key.start, mapping.key(pair + 1).start, QByteArray());
        else if (pair > 0)
            m_edits.replace(std::max(mapping.key(pair - 1).end, mapping.value(pair - 1).end), valueEnd, QByteArray());
        else
            m_edits.replace(key.start, valueEnd, QByteArray());
    } else if (startsItsLine(m_text, key.start)) {
        removeLines(lineStartOf(m_text, key.start), pairEnd(mapping, pair));
    } else if (!last) {
        // The first key of a sequence item: the next key moves up beside the dash.
        m_edits.replace(key.start, mapping.key(pair + 1).start, QByteArray());
    } else {
        throw PatchImpossible {};
    }
}

void YamlPatcher::insertItem(const YamlNode& sequence, qsizetype afterItem, const YamlNode& item,
                             const YamlNode* movedFrom)
{
    if (sequence.isFlowCollection()) {
        const QByteArray text
            = movedFrom ? m_text.mid(movedFrom->start, movedFrom->end - movedFrom->start) : flowText(item);
        if (afterItem >= 0)
            m_edits.insert(sequence.children.at(afterItem).end, ", " + text);
        else if (!sequence.children.isEmpty())
            m_edits.insert(sequence.children.at(0).start, text + ", ");
        else
            m_edits.insert(sequence.start + 1, text);
        return;
    }
    const qsizetype firstDash = dashBefore(m_text, sequence.children.at(0).start);
    const int column = columnOf(m_text, firstDash);
    const QByteArray text = movedFrom ? itemLines(m_text, *movedFrom, column) : canonicalItem(item, column);
    const QByteArray gap = blankSeparated(m_text, sequence) ? "\n" : "";
    if (afterItem >= 0)
        insertLines(lineAfter(m_text, sequence.children.at(afterItem).end), gap + spaces(column) + text);
    else
        m_edits.insert(firstDash, text + gap + spaces(column));
}

void YamlPatcher::removeItem(const YamlNode& sequence, qsizetype item)
{
    const YamlNode& node = sequence.children.at(item);
    const bool last = item + 1 == sequence.children.size();
    if (sequence.isFlowCollection()) {
        if (!last)
            m_edits.replace(node.start, sequence.children.at(item + 1).start, QByteArray());
        else if (item > 0)
            m_edits.replace(sequence.children.at(item - 1).end, node.end, QByteArray());
        else
            m_edits.replace(node.start, node.end, QByteArray());
        return;
    }
    const qsizetype dash = dashBefore(m_text, node.start);
    if (!startsItsLine(m_text, dash))
        throw PatchImpossible {};
    removeLines(lineStartOf(m_text, dash), lineAfter(m_text, node.end));
}
