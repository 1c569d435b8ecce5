// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

// The whole output is one JSON value (white space around it allowed), as promptfoo's is-json; with
// a value, a JSON schema (draft 7, jsonschema.h) that value must satisfy.
class IsJsonScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("is-json"); }
    bool valueDefaultsToExpected() const override { return false; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// The output is JSON, or holds a JSON object in prose or in a ``` code fence; with a value, a JSON
// schema the JSON found must satisfy.
class ContainsJsonScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("contains-json"); }
    bool valueDefaultsToExpected() const override { return false; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// The field at 'path' of the output's JSON (the whole output, else the first JSON found in it)
// equals the value (without one: the expected output's field at the same path when the expected
// output is JSON holding it, else the whole expected output), with the tolerance jsonEquivalent() documents: 42 equals "42", true equals
// "true", 0.30000000000000004 equals 0.3; a value that is JSON text ("[1, 2]") is that JSON.
class JsonFieldEqualsScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("json-field-equals"); }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// Why a json-field-equals without a value can never pass on this case: its expected output is a
// JSON object or array with nothing at the path. Nothing when it can.
std::optional<ScorerIssue> jsonFieldWarning(const ScorerSpec& spec, const TestCase& testCase);
