// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamlerrors.h"

#include <optional>

// Guards between a YAML text and the readers. yaml-cpp recurses once per level of nesting and
// has no limit of its own, so 100,000 '[' would overflow the stack: the text is scanned first.
// Aliases share nodes, so a few lines can stand for billions of values ("billion laughs"), or
// for a node that contains itself: the parsed tree is walked once within a budget before anything
// reads it. The walk also refuses YAML tags Signalbox does not read (!foo, !!binary) and escapes
// that decode to no character (a lone \ud800).
constexpr int maxYamlNesting = 64;

// The byte offset where nesting first goes deeper than maxYamlNesting levels, if it does. The
// count is an upper bound: indentation levels, '- ' and '? ' indicators and open brackets.
std::optional<qsizetype> excessiveNesting(const QByteArray& text);

// The first reason the text may not be given to yaml-cpp at all: not UTF-8, a NUL byte or a raw
// control character, nesting deeper than maxYamlNesting.
std::optional<FileError> yamlTextError(const QByteArray& text, const QString& file);

// Reports what is wrong with the nodes under root; false when reading must stop (nesting through
// aliases too deep, or the aliases expand past what a file of textSize bytes can mean).
bool checkYamlNodes(const YAML::Node& root, YamlErrors& errors, qsizetype textSize);
