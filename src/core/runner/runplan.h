// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promptrenderer.h"

#include "domain/workspace.h"
#include "results/resultrecord.h"
#include "results/runinfo.h"

// What the user asked to run: which categories on which models, how often, with which knobs.
struct RunPlan {
    QStringList categories; // empty: all
    QStringList models; // empty: all
    int repeats = 1; // 1..10
    RunSettings settings;
    bool simulated = false; // every provider is replaced by the in-process sandbox
    QString judgeModel; // model id that scores llm-rubric assertions; empty: the workspace's judge_model

    // Temperature above zero with repeats measures variation: a cached answer would hide it.
    bool usesCache() const;
    QStringList effectiveCategories(const Workspace& workspace) const;
    QStringList effectiveModels(const Workspace& workspace) const;
    // Empty when the plan fits the workspace; else what is wrong, translated.
    QString validate(const Workspace& workspace) const;
};

// One call to make: a case on a model, for one repeat.
struct RunJob {
    JobKey key;
    QString providerName;
    CompletionRequest request;
    QString flattenedInput; // for the cache key and token estimates
    qsizetype caseIndex = -1; // of the case in its category, as made: no search by id per answer

    const TestCase& testCase(const Category& category) const; // the category must be the job's
};

// Every job at once, for small plans; a run takes them one at a time from a JobSource.
QList<RunJob> expandJobs(const Workspace& workspace, const RunPlan& plan);

// The categories of the plan whose scorers check latency (`latency`), when the plan sends some of
// its models' jobs through a provider's batch API: a batch answer has no latency of its own, so
// those checks fail on it. Empty for an interactive plan.
QStringList batchLatencyCheckedCategories(const Workspace& workspace, const RunPlan& plan);

// Narrows a plan to the given (category, model) cells: their categories and models, and only those
// cells of the two (RunSettings::cells).
void restrictPlanToCells(RunPlan& plan, const QList<std::pair<QString, QString>>& cells);

// A stable digest of what decides the results (cases, prompts, scorers, models, prices), to tell a
// later reader whether the workspace changed since the run.
QString workspaceHash(const Workspace& workspace);
