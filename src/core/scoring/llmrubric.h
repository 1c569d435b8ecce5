// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

// LLM-as-judge. The value is the rubric ("Is polite and offers a refund"); without one, the judge
// checks that the output gives the same answer as the case's expected output. The judge's own
// verdict decides, as in promptfoo; with a threshold the score must also reach it. A judge that
// gives only a score passes at 0.5, or at the threshold when there is one.
class LlmRubricScorer final : public Scorer
{
public:
    QString type() const override { return QStringLiteral("llm-rubric"); }
    bool needsModelCall() const override { return true; }
    QList<ScorerIssue> check(const ScorerSpec& spec) const override;
    JudgePrompt judgePrompt(const ScoringContext& context) const override;
    ScorerVerdict evaluate(const ScoringContext& context) const override;
};

// The prompt for a judge. input and reference are left out when empty.
JudgePrompt buildJudgePrompt(const QString& rubric, const QString& output, const QString& input = {},
                             const QString& reference = {});
