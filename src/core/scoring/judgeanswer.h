// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QString>

// What a judge model answered, read leniently: judges are asked for one JSON object
// {"reason": ..., "score": 0..1, "pass": true|false} but wrap it in code fences, add prose around
// it, think aloud in <think> blocks, write Python-style dicts or only "Score: 0.8" or "PASS".
struct JudgeVerdict {
    std::optional<bool> pass;
    std::optional<double> score; // 0..1; "8/10" and "80%" are read as 0.8
    QString reason;
    QString error; // not empty: nothing usable was found, and why

    bool isValid() const { return error.isEmpty(); }
};

// Looks, in order, for a JSON object with a score or verdict key (score, pass, passed, verdict,
// result; reason, reasoning, explanation, rationale for the reason), then for "score: 0.8",
// "pass: yes" or "verdict: fail" in the text, then for an answer that starts with PASS or FAIL.
// A score above 1 without a scale ("/10", "%") is an error rather than a guess.
JudgeVerdict parseJudgeAnswer(const QString& answer);
