// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runplan.h"

#include <QMap>

// What a run will take before it starts: calls, tokens, dollars and minutes. Input tokens are
// counted from the rendered prompts; output tokens from the expected answers' length.
struct RunEstimate {
    int calls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0.0;
    double seconds = 0.0; // with each provider's concurrency and rate limit; providers run side by side
    QMap<QString, double> costByModel;

    QString summary() const; // "1,240 calls · ~$0.42 · ~3 min", translated
};

RunEstimate estimateRun(const Workspace& workspace, const RunPlan& plan);
RunEstimate estimateJobs(const Workspace& workspace, const RunPlan& plan, const QList<RunJob>& jobs);

QString dollarsEstimate(double usd); // "$0.213", "$12.40"
QString durationEstimate(double seconds); // "~40 s", "~3 min", "~1.5 h", translated

// Expected length of a model's answer to a case, in tokens.
qint64 expectedOutputTokens(const TestCase& testCase);
