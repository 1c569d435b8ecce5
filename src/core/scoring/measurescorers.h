// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

// The first number in the output (see firstNumber()) equals the value's within the threshold, an
// absolute tolerance (default 0). The value may be text holding a number: an expected output of
// "$42.00" means 42.
class NumericScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("numeric"); }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// The output's word count (white-space separated) is the value, or within its bounds: a number,
// a mapping {min: 20, max: 50} (either may be left out) or a list [20, 50].
class WordCountScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("word-count"); }
    bool valueDefaultsToExpected() const override { return false; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// The call cost at most the threshold, in US dollars. An unknown cost (a model without a price)
// is an error, not a pass.
class CostScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("cost"); }
    bool valueDefaultsToExpected() const override { return false; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// The call took at most the threshold, in milliseconds.
class LatencyScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("latency"); }
    bool valueDefaultsToExpected() const override { return false; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};
