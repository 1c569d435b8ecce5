// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scorerspec.h"

#include <optional>

// The checks a cascade may run on an answer: the scorers that need no expected output, so that a
// gateway can run them on live traffic. Their "not-" forms too. is-json and contains-json may hold
// a JSON schema as their value (promptfoo's form): {type: is-json, value: {type: object, ...}}.
QStringList cascadeCheckTypes(); // is-json, contains-json, regex, word-count, contains-any, icontains-any
// Why spec cannot be a cascade's check (a type that needs an expected output, a value its type
// refuses); empty when it can. Translated.
QString cascadeCheckProblem(const ScorerSpec& spec);
// A check written as a JSON or YAML mapping: {type: regex, value: "^\\{"}.
std::optional<ScorerSpec> parseCascadeCheck(const QString& text, QString* error);
// "regex ^\{", "not-contains-any [sorry, cannot]", "is-json {"type": "object", "required": ["id"]}"
QString cascadeCheckText(const ScorerSpec& spec);
// Whether an answer passes the check (an unusable answer fails it).
bool passesCascadeCheck(const ScorerSpec& spec, const QString& answer);
