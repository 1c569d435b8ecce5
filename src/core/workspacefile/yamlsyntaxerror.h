// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamlerrors.h"

// Reports what yaml-cpp could not parse in words a user can act on: what was expected where its
// own message is terse ("end of map not found"), a tab in the indentation, an escape that is no
// character (pointed at where the escape starts, not where yaml-cpp stopped).
void reportYamlSyntaxError(const YAML::Exception& error, const QByteArray& text, YamlErrors& errors);
