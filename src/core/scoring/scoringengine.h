// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "scorer.h"
#include "scoreresult.h"

// A judge call one assertion of a case needs.
struct JudgeRequest {
    int assertion = -1; // index into CaseScoring::scorers(), to hand the answer back
    JudgePrompt prompt;
};

// Scores one output of one case. A plain value, no QObject: the runner makes one per output on
// its worker threads. Scorers that need a judge model (llm-rubric) are served in three steps:
//
//     CaseScoring scoring(output, testCase, category);
//     for (const JudgeRequest& request : scoring.judgeRequests())   // empty unless needsModelCall()
//         scoring.setJudgeAnswer(request.assertion, askJudge(request.prompt)); // text, cost or error
//     const ScoreResult result = scoring.result();
//
// An llm-rubric assertion still without an answer when result() is called is in error.
class CaseScoring
{
public:
    CaseScoring(const ScoredOutput& output, const TestCase& testCase, const Category& category);

    const QList<ScorerSpec>& scorers() const { return m_scorers; }
    bool needsModelCall() const; // some assertion still waits for its judge's answer
    QList<JudgeRequest> judgeRequests() const; // those still waiting
    void setJudgeAnswer(int assertion, const JudgeAnswer& answer);
    ScoreResult result() const;

private:
    AssertionResult assess(int index) const;

    ScoredOutput m_output;
    TestCase m_case;
    QList<ScorerSpec> m_scorers;
    double m_passThreshold = 1.0;
    QMap<int, JudgeAnswer> m_answers;
};

// The scorers that apply to a case: its own, else its category's.
QList<ScorerSpec> effectiveScorers(const TestCase& testCase, const Category& category);
// How many judge calls scoring one output of the case takes, for cost estimates.
int judgeCallCount(const TestCase& testCase, const Category& category);

// Scores an output when no judge is involved (llm-rubric assertions come out in error).
ScoreResult scoreOutput(const QString& output, qint64 latencyMs, std::optional<double> costUsd,
                        const TestCase& testCase, const Category& category);
