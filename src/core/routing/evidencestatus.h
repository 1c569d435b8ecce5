// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/routingmap.h"

enum class EvidenceStatus {
    Fresh, // from the latest run
    Stale, // from an older run
    Manual, // chosen by hand
    NoEvidence, // suggested, but the figures are missing
};

// A manual route is Manual whatever evidence it carries. An empty latestRunId (no runs known) leaves
// evidence Fresh: nothing newer exists.
EvidenceStatus evidenceStatus(const Route& route, const QString& latestRunId);
QString evidenceStatusKey(EvidenceStatus status); // "fresh", "stale", "manual", "no-evidence"
QString evidenceStatusDisplayName(EvidenceStatus status); // translated

inline const QString manualRule = QStringLiteral("manual");
