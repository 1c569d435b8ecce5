// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// The outcome of one assertion (one scorer spec) on one output, after "not-" was applied.
struct AssertionResult {
    QString type; // as written, "not-" included
    double weight = 1.0;
    bool pass = false;
    double score = 0.0; // 0..1; "not-" gives 1 - score
    QString reason; // translated
    bool error = false; // could not be judged (see ScorerVerdict::error); counts as a failure
    double judgeCostUsd = 0.0; // llm-rubric: what the judge call cost

    friend bool operator==(const AssertionResult&, const AssertionResult&) = default;
};

// How one output of one case scored.
//
// score is the weighted mean of the assertion scores; assertions of weight 0 are reported but do
// not count (when every weight is 0, they all count equally).
//
// The case passes when no counted assertion is in error AND
//   - every counted assertion passed (promptfoo's rule without a threshold), OR
//   - score >= passThreshold (promptfoo's rule with a threshold: failed assertions are tolerated
//     as long as the weighted score reaches it).
// With the default pass threshold of 1.0 this means every assertion must pass. A threshold below
// 1 only ever lets more cases pass: an assertion that passes with a partial score (similar at
// 0.85, a judge's 0.7) never fails a case whose other assertions all passed.
// A case without any scorer does not pass: there was nothing to judge it by.
struct ScoreResult {
    QList<AssertionResult> assertions;
    double score = 0.0;
    double passThreshold = 1.0;
    bool pass = false;
    double judgeCostUsd = 0.0; // kept apart from the model's own cost

    bool hasError() const;
    int passedCount() const;
    QString summary() const; // one translated line: why it passed or failed

    static ScoreResult combine(const QList<AssertionResult>& assertions, double passThreshold);

    QJsonObject toJson() const;
    static ScoreResult fromJson(const QJsonObject& json);

    friend bool operator==(const ScoreResult&, const ScoreResult&) = default;
};

void registerScoringMetaTypes();

Q_DECLARE_METATYPE(AssertionResult)
Q_DECLARE_METATYPE(ScoreResult)
