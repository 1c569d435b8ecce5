// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencestatus.h"

#include "namedvalues.h"

#include <QCoreApplication>

namespace {
constexpr std::array<NamedValue<EvidenceStatus>, 4> statusNames = { {
    { EvidenceStatus::Fresh, "fresh", QT_TRANSLATE_NOOP("EvidenceStatus", "Fresh") },
    { EvidenceStatus::Stale, "stale", QT_TRANSLATE_NOOP("EvidenceStatus", "Stale") },
    { EvidenceStatus::Manual, "manual", QT_TRANSLATE_NOOP("EvidenceStatus", "Manual") },
    { EvidenceStatus::NoEvidence, "no-evidence", QT_TRANSLATE_NOOP("EvidenceStatus", "No evidence") },
} };
} // namespace

EvidenceStatus evidenceStatus(const Route& route, const QString& latestRunId)
{
    if (route.rule == manualRule)
        return EvidenceStatus::Manual;
    if (!route.evidence)
        return EvidenceStatus::NoEvidence;
    if (latestRunId.isEmpty() || route.evidence->runId == latestRunId)
        return EvidenceStatus::Fresh;
    return EvidenceStatus::Stale;
}

QString evidenceStatusKey(EvidenceStatus status)
{
    return QLatin1String(namedValue(statusNames, status).key);
}

QString evidenceStatusDisplayName(EvidenceStatus status)
{
    return QCoreApplication::translate("EvidenceStatus", namedValue(statusNames, status).display);
}
