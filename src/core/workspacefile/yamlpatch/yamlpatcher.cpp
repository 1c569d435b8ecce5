// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlpatcher.h"

#include "scalarstyle.h"
#include "sequencealignment.h"

namespace {
// A key that begins a line, or follows a sequence item's dash: not one inside a flow mapping.
bool startsBlockEntry(const QByteArray& text, qsizetype position)
{
    qsizetype i = position - 1;
    while (i >= 0 && text.at(i) == ' ')
        --i;
    return i < 0 || text.at(i) == '\n' || text.at(i) == '-';
}
} // namespace

qsizetype dashBefore(const QByteArray& text, qsizetype position)
{
    qsizetype i = position - 1;
    while (i >= 0 && text.at(i) == ' ')
        --i;
    if (i < 0 || text.at(i) != '-' || position - i < 2)
        throw PatchImpossible {};
    return i;
}

YamlPatcher::YamlPatcher(const QByteArray& text, const QByteArray& canonicalText)
    : m_text(text)
    , m_canonical(canonicalText)
{
}

QByteArray YamlPatcher::patched(const YamlNode& original, const YamlNode& before, const YamlNode& after)
{
    m_edits = TextEdits();
    patchNode(original, before, after, Place {});
    return m_edits.applyTo(m_text);
}

void YamlPatcher::patchNode(const YamlNode& original, const YamlNode& before, const YamlNode& after, const Place& place)
{
    if (sameContent(before, after))
        return;
    const bool sameKind = original.kind == before.kind && before.kind == after.kind && !original.isEmpty();
    if (sameKind && after.kind == YamlNode::Kind::Mapping)
        patchMapping(original, before, after);
    else if (sameKind && after.kind == YamlNode::Kind::Sequence)
        patchSequence(original, before, after);
    else
        setValue(original, after, place);
}

void YamlPatcher::setValue(const YamlNode& original, const YamlNode& after, const Place& place)
{
    if (original.kind == YamlNode::Kind::Scalar && after.kind == YamlNode::Kind::Scalar && !original.isEmpty())
        replaceScalar(original, after, place);
    else
        replaceWhole(original, after, place);
}

void YamlPatcher::patchMapping(const YamlNode& original, const YamlNode& before, const YamlNode& after)
{
    for (qsizetype pair = 0; pair < after.pairCount(); ++pair) {
        const QString& name = after.key(pair).scalar;
        const qsizetype inBefore = before.findKey(name);
        const qsizetype inOriginal = original.findKey(name);
        if (inBefore >= 0 && sameContent(before.value(inBefore), after.value(pair)))
            continue;
        const Place place { &original, inOriginal, &after.key(pair) };
        if (inOriginal >= 0 && inBefore >= 0)
            patchNode(original.value(inOriginal), before.value(inBefore), after.value(pair), place);
        else if (inOriginal >= 0)
            setValue(original.value(inOriginal), after.value(pair), place);
        else {
            qsizetype previous = -1; // the original pair of the nearest earlier key, to insert after
            for (qsizetype k = pair - 1; k >= 0 && previous < 0; --k)
                previous = original.findKey(after.key(k).scalar);
            insertPair(original, previous, after.key(pair), after.value(pair));
        }
    }
    for (qsizetype pair = 0; pair < before.pairCount(); ++pair) {
        const qsizetype inOriginal = original.findKey(before.key(pair).scalar);
        if (after.findKey(before.key(pair).scalar) < 0 && inOriginal >= 0)
            removePair(original, inOriginal);
    }
}

void YamlPatcher::patchSequence(const YamlNode& original, const YamlNode& before, const YamlNode& after)
{
    if (original.children.size() != before.children.size())
        throw PatchImpossible {};
    const QList<qsizetype> counterpart = alignSequences(before.children, after.children);
    QList<bool> kept(before.children.size(), false);
    for (const qsizetype from : counterpart) {
        if (from >= 0)
            kept[from] = true;
    }
    QList<bool> moved = kept;
    qsizetype previous = -1;
    for (qsizetype item = 0; item < after.children.size(); ++item) {
        const qsizetype from = counterpart.at(item);
        if (from >= 0) {
            previous = from;
            patchNode(original.children.at(from), before.children.at(from), after.children.at(item),
                      Place { &original, from, nullptr });
            continue;
        }
        const YamlNode* movedFrom = nullptr;
        for (qsizetype i = 0; i < before.children.size() && !movedFrom; ++i) {
            if (!moved.at(i) && sameContent(before.children.at(i), after.children.at(item))) {
                moved[i] = true;
                movedFrom = &original.children.at(i);
            }
        }
        insertItem(original, previous, after.children.at(item), movedFrom);
    }
    for (qsizetype item = 0; item < kept.size(); ++item) {
        if (!kept.at(item))
            removeItem(original, item);
    }
}

void YamlPatcher::replaceScalar(const YamlNode& original, const YamlNode& after, const Place& place)
{
    if (!place.parent)
        throw PatchImpossible {};
    ScalarPlace where;
    where.flow = place.parent->style == YamlNode::Style::Flow;
    if (place.parent->kind == YamlNode::Kind::Mapping)
        where.ownerColumn = columnOf(m_text, place.parent->key(place.index).start);
    else if (!where.flow)
        where.ownerColumn = columnOf(m_text, dashBefore(m_text, original.start));
    const QByteArray replacement = scalarReplacement(m_text, original, after, where);
    if (replacement != m_text.mid(original.start, original.end - original.start))
        m_edits.replace(original.start, original.end, replacement);
}

void YamlPatcher::replaceWhole(const YamlNode& original, const YamlNode& after, const Place& place)
{
    if (!place.parent)
        throw PatchImpossible {};
    const YamlNode& parent = *place.parent;
    if (parent.style == YamlNode::Style::Flow) {
        if (original.isEmpty())
            throw PatchImpossible {};
        m_edits.replace(original.start, original.end, flowText(after));
    } else if (parent.kind == YamlNode::Kind::Mapping) {
        const YamlNode& key = parent.key(place.index);
        m_edits.replace(key.start, pairEnd(parent, place.index),
                        canonicalPair(*place.canonicalKey, after, columnOf(m_text, key.start)));
    } else {
        if (original.isEmpty())
            throw PatchImpossible {};
        const qsizetype dash = dashBefore(m_text, original.start);
        m_edits.replace(dash, lineAfter(m_text, original.end), canonicalItem(after, columnOf(m_text, dash)));
    }
}

qsizetype YamlPatcher::pairEnd(const YamlNode& mapping, qsizetype pair) const
{
    return lineAfter(m_text, std::max(mapping.key(pair).end, mapping.value(pair).end));
}

QByteArray YamlPatcher::canonicalPair(const YamlNode& key, const YamlNode& value, int column) const
{
    if (!startsBlockEntry(m_canonical, key.start))
        return flowText(key) + ": " + flowText(value) + '\n';
    const qsizetype end = lineAfter(m_canonical, std::max(key.end, value.end));
    return reindented(m_canonical, key.start, end, columnOf(m_canonical, key.start), column);
}

QByteArray YamlPatcher::canonicalItem(const YamlNode& item, int column) const
{
    if (item.kind == YamlNode::Kind::Scalar || item.isFlowCollection())
        return "- " + flowText(item) + '\n';
    return itemLines(m_canonical, item, column);
}

QByteArray itemLines(const QByteArray& text, const YamlNode& item, int column)
{
    const qsizetype dash = dashBefore(text, item.start);
    return reindented(text, dash, lineAfter(text, item.end), columnOf(text, dash), column);
}
