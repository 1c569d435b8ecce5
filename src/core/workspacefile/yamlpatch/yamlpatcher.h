// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textedits.h"
#include "yamltree.h"

// Writes into a document's original text the differences between two canonical versions of it
// (the writer's output for what the text holds now, and for what it should hold), so that
// everything else keeps its comments, order, quoting and layout. Changed scalars are replaced
// in place in their own style; added keys and items are copied from the canonical text at the
// surrounding indentation (flow collections stay flow); removed ones leave with their lines.
class YamlPatcher
{
public:
    YamlPatcher(const QByteArray& text, const QByteArray& canonicalText);

    // Throws PatchImpossible when the original does not line up with the old canonical tree.
    QByteArray patched(const YamlNode& original, const YamlNode& before, const YamlNode& after);

private:
    // Where an original node stands: in which collection, at which pair or item, and the
    // canonical key of that pair.
    struct Place {
        const YamlNode* parent = nullptr;
        qsizetype index = -1;
        const YamlNode* canonicalKey = nullptr;
    };

    void patchNode(const YamlNode& original, const YamlNode& before, const YamlNode& after, const Place& place);
    void patchMapping(const YamlNode& original, const YamlNode& before, const YamlNode& after);
    void patchSequence(const YamlNode& original, const YamlNode& before, const YamlNode& after);
    void setValue(const YamlNode& original, const YamlNode& after, const Place& place);
    void replaceScalar(const YamlNode& original, const YamlNode& after, const Place& place);
    void replaceWhole(const YamlNode& original, const YamlNode& after, const Place& place);

    void insertPair(const YamlNode& mapping, qsizetype afterPair, const YamlNode& key, const YamlNode& value);
    void removePair(const YamlNode& mapping, qsizetype pair);
    // movedFrom: an original item with the same content that is removed elsewhere in the
    // sequence; its own text is moved, so a reordered item keeps its style.
    void insertItem(const YamlNode& sequence, qsizetype afterItem, const YamlNode& item, const YamlNode* movedFrom);
    void removeItem(const YamlNode& sequence, qsizetype item);
    void removeLines(qsizetype start, qsizetype end);
    void insertLines(qsizetype at, QByteArray lines);

    qsizetype pairEnd(const YamlNode& mapping, qsizetype pair) const;
    // A pair or item of the canonical text, from its key or dash to the end of its last line,
    // moved to column (its first line without indentation).
    QByteArray canonicalPair(const YamlNode& key, const YamlNode& value, int column) const;
    QByteArray canonicalItem(const YamlNode& item, int column) const;

    const QByteArray& m_text;
    const QByteArray& m_canonical;
    TextEdits m_edits;
};

// The dash of the block sequence item that starts at position; throws PatchImpossible if none.
qsizetype dashBefore(const QByteArray& text, qsizetype position);
// A block sequence item's lines, from its dash to the end of its last line, moved to column
// (its first line without indentation).
QByteArray itemLines(const QByteArray& text, const YamlNode& item, int column);
