// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfacts.h"

// One function per format; exportRouting() chooses among them.
QString nativeRoutingYaml(const ExportFacts& facts);
QString liteLlmConfigYaml(const ExportFacts& facts);
QString portkeyConfigJson(const ExportFacts& facts);

// The native format's version, written as 'version:' and checked on import.
constexpr int nativeRoutingVersion = 1;
