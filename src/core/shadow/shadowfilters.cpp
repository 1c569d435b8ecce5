// SPDX-License-Identifier: GPL-3.0-or-later
// The Shadow comparison's filters of its cases, and the names of filters and outcomes.
#include "shadowcomparison.h"

#include <QCoreApplication>

QString shadowFilterDisplayName(ShadowFilter filter)
{
    switch (filter) {
    case ShadowFilter::All:
        return QCoreApplication::translate("ShadowFilter", "All cases");
    case ShadowFilter::Disagreements:
        return QCoreApplication::translate("ShadowFilter", "Disagreements only");
    case ShadowFilter::CandidateBetter:
        return QCoreApplication::translate("ShadowFilter", "Candidate better");
    case ShadowFilter::CandidateWorse:
        return QCoreApplication::translate("ShadowFilter", "Candidate worse");
    case ShadowFilter::Errors:
        return QCoreApplication::translate("ShadowFilter", "Errors");
    }
    return {};
}

QString shadowOutcomeDisplayName(ShadowOutcome outcome)
{
    switch (outcome) {
    case ShadowOutcome::Better:
        return QCoreApplication::translate("ShadowOutcome", "Better");
    case ShadowOutcome::Same:
        return QCoreApplication::translate("ShadowOutcome", "Same");
    case ShadowOutcome::Worse:
        return QCoreApplication::translate("ShadowOutcome", "Worse");
    case ShadowOutcome::Undecided:
        return QCoreApplication::translate("ShadowOutcome", "Undecided");
    }
    return {};
}

bool matchesShadowFilter(const ShadowCase& shadowCase, int candidateIndex, ShadowFilter filter)
{
    if (candidateIndex < 0 || candidateIndex >= shadowCase.candidates.size())
        return false;
    const ShadowCandidateAnswer& candidate = shadowCase.candidates.at(candidateIndex);
    switch (filter) {
    case ShadowFilter::All:
        return true;
    case ShadowFilter::Disagreements:
        return !candidate.agrees;
    case ShadowFilter::CandidateBetter:
        return candidate.outcome() == ShadowOutcome::Better;
    case ShadowFilter::CandidateWorse:
        return candidate.outcome() == ShadowOutcome::Worse;
    case ShadowFilter::Errors:
        return shadowCase.baseline.isError() || candidate.answer.isError();
    }
    return false;
}

QList<int> ShadowComparison::filtered(int candidateIndex, ShadowFilter filter) const
{
    QList<int> rows;
    for (int i = 0; i < cases.size(); ++i) {
        if (matchesShadowFilter(cases.at(i), candidateIndex, filter))
            rows.append(i);
    }
    return rows;
}
