// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/scorerspec.h"

#include <QJsonObject>
#include <optional>

// How the gateways enforce a cascade's check on an answer.
//
// Portkey's open-source gateway runs its default plugins as an output guardrail; one that denies
// turns a failing answer into HTTP 446, and a fallback strategy listing 446 moves the request on
// to the next model. The guardrail for a check, with what differs from Signalbox's own check in
// English (empty when nothing does).
struct PortkeyGuardrail {
    QJsonObject guardrail; // {"deny": true, "default.regexMatch": {...}}
    QString caveat;
};
std::optional<PortkeyGuardrail> portkeyGuardrail(const ScorerSpec& check);

// LiteLLM's proxy cannot run such a check from its config.yaml alone (post-call rules are Python
// functions in a module of their own): why, in English, for the export's comments and the Export area.
QString liteLlmCascadeCaveat(const ScorerSpec& check);

// The status code Portkey answers when a denying guardrail fails.
inline constexpr int guardrailDeniedStatus = 446;
