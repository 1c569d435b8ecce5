// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

#include <limits>

// The checks scorers share; each names the key and what was expected.
class ScorerChecks
{
    Q_DECLARE_TR_FUNCTIONS(ScorerChecks)
public:
    using Issue = std::optional<ScorerIssue>;
    static constexpr double unbounded = std::numeric_limits<double>::infinity();

    static Issue noValue(const ScorerSpec& spec);
    static Issue textValue(const ScorerSpec& spec, bool allowEmpty);
    static Issue textListValue(const ScorerSpec& spec);
    static Issue numberValue(const ScorerSpec& spec);
    static Issue requiredValue(const ScorerSpec& spec, const QString& what);

    static Issue noThreshold(const ScorerSpec& spec);
    // meaning: what the threshold is for this type, used when it is required but absent
    static Issue threshold(const ScorerSpec& spec, double minimum, double maximum, const QString& meaning = {});
    static Issue noPath(const ScorerSpec& spec);

    static ScorerIssue valueIssue(const QString& message, int offset = -1);
};
