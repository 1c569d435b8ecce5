// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/scorer.h"
#include "shadowcomparison.h"

// A pairwise LLM judge: shown one input and two answers, labelled A and B, it says which is better.
// Judges favour a position, so each pair is asked twice with the answers swapped; only a verdict
// that survives the swap counts, an inconsistent one is a tie.
enum class PairwisePreference { A, B, Tie, Unreadable };

// The judge is asked for {"reason": ..., "winner": "A" | "B" | "tie"}.
JudgePrompt pairwiseJudgePrompt(const QString& input, const QString& answerA, const QString& answerB);
// Read leniently: a JSON object with winner/better/verdict/choice, else "winner: A", else a bare A/B/tie.
PairwisePreference parsePairwiseAnswer(const QString& answer);

// Combines the two askings: candidateFirst had the candidate as A, baselineFirst the baseline as A.
// Better or Worse only when both agree; a tie or one-sided preference is Same; Undecided when an
// answer could not be read.
ShadowOutcome combinePairwise(PairwisePreference candidateFirst, PairwisePreference baselineFirst);
// The candidate's score for an outcome: 1 better, 0.5 same, 0 worse (the baseline's is 0.5).
std::optional<double> pairwiseScore(ShadowOutcome outcome);
