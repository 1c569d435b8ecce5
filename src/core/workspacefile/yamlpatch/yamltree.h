// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>

// One node of a YAML document together with where its text lies in the source, so that an edit
// can replace exactly that text. Offsets are in bytes of the UTF-8 source.
struct YamlNode {
    enum class Kind { Scalar, Mapping, Sequence };
    enum class Style { Block, Flow, Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

    Kind kind = Kind::Scalar;
    Style style = Style::Plain;
    QString scalar; // scalars: the value as read
    // Scalars: the token, quotes included; block scalars from their indicator ('|', '>') to the
    // start of the line after their content. Flow collections: bracket to bracket. Block
    // collections: their first child's start to their last child's end. Both -1 for an empty
    // value ("key:" with nothing after it).
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype contentStart = -1; // block scalars: the start of the line after the indicator
    qsizetype headerEnd = -1; // block scalars: just after the indicator and its modifiers
    QList<YamlNode> children; // mappings: key, value, key, value...; sequences: items

    bool isEmpty() const { return start < 0; }
    bool isBlockScalar() const { return style == Style::Literal || style == Style::Folded; }
    bool isFlowCollection() const { return kind != Kind::Scalar && style == Style::Flow; }
    qsizetype pairCount() const { return children.size() / 2; }
    const YamlNode& key(qsizetype pair) const { return children.at(2 * pair); }
    const YamlNode& value(qsizetype pair) const { return children.at(2 * pair + 1); }
    qsizetype findKey(const QString& name) const; // the pair index, or -1
};

// The same content, ignoring where it lies and how it is written.
bool sameContent(const YamlNode& a, const YamlNode& b);

// Reads one YAML document. Nothing when it does not parse, holds aliases or tags, or holds more
// than one document: a save then writes the whole file instead of patching it.
std::optional<YamlNode> readYamlTree(const QByteArray& text);
