// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamltree.h"

// Where a scalar stands in the original text.
struct ScalarPlace {
    bool flow = false; // inside a flow collection
    int ownerColumn = 0; // the column of the key or the dash that holds it
};

// What replaces old's text so that it reads as canonical's value, in old's style (plain, quoted,
// literal, folded) wherever the value allows it, else in the style the writer would choose.
// canonical comes from the writer's output, whose plain scalars (numbers) stay plain.
QByteArray scalarReplacement(const QByteArray& text, const YamlNode& old, const YamlNode& canonical,
                             const ScalarPlace& place);

// node written in flow style, for a place inside a flow collection.
QByteArray flowText(const YamlNode& node);
