// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/runcomparison.h"

#include <optional>

// How one cell moved from the baseline run to the reported run.
struct ReportChange {
    double baselineAccuracy = 0.0;
    double accuracyChange = 0.0; // current - baseline pass rate
    double costChangePer1kUsd = 0.0; // current - baseline model cost of 1,000 requests
    double pValue = 1.0; // exact McNemar on the trials both runs share
    bool regression = false;
    bool improvement = false;

    friend bool operator==(const ReportChange&, const ReportChange&) = default;
};

// One category x model line of a report: the figures people compare runs by.
struct ReportRow {
    QString category;
    QString model;
    int cases = 0;
    int trials = 0; // cases x repeats, as answered
    int passes = 0; // trials that passed
    double accuracy = 0.0; // the cases' mean pass fraction (passes / trials with even repeats); errors fail
    Interval interval; // Wilson 95% on the cases
    BarOutcome bar = BarOutcome::Undecided; // the interval against the category's bar
    double probMeetsBar = 0.0; // P(true pass rate >= bar), Jeffreys posterior on the cases
    double costPer1kUsd = 0.0; // the model's cost of 1,000 requests, judge excluded
    double costPerCaseUsd = 0.0; // the model's mean cost of answering a case once
    std::optional<qint64> latencyP50Ms; // absent: no answer's latency was measured (errors, batch answers)
    std::optional<qint64> latencyP95Ms;
    int unmeasuredLatencies = 0; // answers without a latency of their own (batch answers), left out of both
    int errors = 0;
    int refusals = 0; // failed trials that were refusals, content filters or empty answers
    double stability = 0.0; // share of cases with one verdict in all their repeats
    double passK = 0.0; // share of cases that passed in every repeat
    // When the category prices an error: (1 - accuracy) x error cost x 1000, that plus costPer1kUsd,
    // and costPerCaseUsd / accuracy (absent when nothing passed).
    std::optional<double> expectedErrorCostPer1kUsd, totalCostPer1kUsd, costPerUsefulOutputUsd;
    std::optional<ReportChange> change; // absent without a baseline, or when the baseline lacks the cell

    friend bool operator==(const ReportRow&, const ReportRow&) = default;
};

// What `signalbox-cli report` prints: a run's rows, and with a baseline how each changed.
struct RunReport {
    QString runId;
    QString baselineRunId;
    bool compared = false; // against baselineRunId
    QList<ReportRow> rows; // the run's cells, by category then model
    QList<CellKey> onlyInBaseline; // cells the baseline has and the run lacks
    int regressions = 0;
    int improvements = 0;

    friend bool operator==(const RunReport&, const RunReport&) = default;
};

// The report of one run.
RunReport makeReport(const RunAnalysis& analysis);
// The report of a run against a baseline; comparison must compare that baseline with this analysis's run.
RunReport makeReport(const RunAnalysis& analysis, const RunComparison& comparison);

// "yes", "no", "undecided": the bar outcome as the CSV and JSON spell it.
QString barKey(BarOutcome outcome);
