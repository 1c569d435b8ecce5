// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencestatus.h"

#include <QCoreApplication>

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
    switch (status) {
    case EvidenceStatus::Fresh:
        return QStringLiteral("fresh");
    case EvidenceStatus::Stale:
        return QStringLiteral("stale");
    case EvidenceStatus::Manual:
        return QStringLiteral("manual");
    case EvidenceStatus::NoEvidence:
        break;
    }
    return QStringLiteral("no-evidence");
}

QString evidenceStatusDisplayName(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Fresh:
        return QCoreApplication::translate("EvidenceStatus", "Fresh");
    case EvidenceStatus::Stale:
        return QCoreApplication::translate("EvidenceStatus", "Stale");
    case EvidenceStatus::Manual:
        return QCoreApplication::translate("EvidenceStatus", "Manual");
    case EvidenceStatus::NoEvidence:
        break;
    }
    return QCoreApplication::translate("EvidenceStatus", "No evidence");
}
