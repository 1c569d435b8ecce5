// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

// equals, iequals and normalized-equals. A list or mapping value (from a JSONL case) is compared
// as JSON with the output, as promptfoo's equals does with an object.
class EqualsScorer final : public Scorer
{
public:
    enum class Mode { Exact, IgnoreCase, Normalized };
    EqualsScorer(const QString& type, Mode mode);

    QString type() const override { return m_type; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;

private:
    ScorerVerdict evaluateJson(const ScoringContext& context) const;
    QString m_type;
    Mode m_mode;
};

// contains, icontains (one text) and contains-all, icontains-all, contains-any, icontains-any
// (a list, or a text split at commas as promptfoo splits it).
class SubstringScorer final : public Scorer
{
public:
    enum class Match { One, All, Any };
    SubstringScorer(const QString& type, Match match, Qt::CaseSensitivity sensitivity);

    QString type() const override { return m_type; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;

private:
    QString m_type;
    Match m_match;
    Qt::CaseSensitivity m_sensitivity;
};

class StartsWithScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("starts-with"); }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// A match anywhere in the output, as JavaScript's RegExp.test does; PCRE syntax (Perl's, which
// JavaScript's mostly follows), Unicode aware. Write (?i) for case-insensitive matching.
class RegexScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("regex"); }
    bool valueDefaultsToExpected() const override { return false; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// Passes when the edit distance to the value is at most the threshold (default 5), as promptfoo's
// levenshtein. The score is the pass (1 or 0), also as promptfoo's.
class LevenshteinScorer final : public Scorer
{
public:
    static constexpr double defaultMaxDistance = 5.0;
    QString type() const override { return QStringLiteral("levenshtein"); }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// Levenshtein similarity (1 - distance / longer length) of at least the threshold (default 0.8);
// the score is the similarity. Unlike promptfoo's similar it needs no embedding model.
class SimilarScorer final : public Scorer
{
public:
    static constexpr double defaultThreshold = 0.8;
    QString type() const override { return QStringLiteral("similar"); }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};
