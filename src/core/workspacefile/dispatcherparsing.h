// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dispatcherspec.h"
#include "yamlmap.h"

// Reads a `dispatcher:` mapping (of a workspace file or an exported routing file), reporting
// located errors: unknown categories and models (with a likely typo named), patterns that are not
// valid PCRE (at the offending character), bounds that are negative or the wrong way round.
std::optional<DispatcherSpec> readDispatcherSection(const YAML::Node& node, YamlErrors& errors,
                                                    const QStringList& categories, const QStringList& models);

class YamlEmitter;
// Writes the section back in the order it is read: rules, classifier, default, sample.
void writeDispatcherSection(YamlEmitter& out, const DispatcherSpec& spec);
