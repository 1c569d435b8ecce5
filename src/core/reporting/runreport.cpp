// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreport.h"

namespace {
ReportRow rowOf(const CellStats& cell)
{
    ReportRow row;
    row.category = cell.category;
    row.model = cell.modelId;
    row.cases = cell.cases;
    row.trials = cell.trials;
    row.passes = cell.passes;
    row.accuracy = cell.passRate();
    row.interval = cell.passInterval;
    row.bar = cell.verdict.outcome;
    row.probMeetsBar = cell.probMeetsBar;
    row.costPer1kUsd = cell.costPer1kRequests();
    row.costPerCaseUsd = cell.modelCostPerRequest();
    row.latencyP50Ms = cell.latencyP50Ms;
    row.latencyP95Ms = cell.latencyP95Ms;
    row.unmeasuredLatencies = cell.unmeasuredLatencies;
    row.errors = cell.errors;
    row.refusals = cell.refusals;
    row.stability = cell.stability();
    row.passK = cell.passHatK();
    row.expectedErrorCostPer1kUsd = cell.expectedErrorCostPer1k();
    row.totalCostPer1kUsd = cell.totalCostPer1k();
    row.costPerUsefulOutputUsd = cell.costPerUsefulOutput();
    return row;
}

ReportChange changeOf(const CellChange& change)
{
    return { change.baseline.passRate(), change.accuracyChange, change.costPer1kChange, change.pValue(),
             change.regression,          change.improvement };
}
} // namespace

RunReport makeReport(const RunAnalysis& analysis)
{
    RunReport report;
    report.runId = analysis.runId;
    report.rows.reserve(analysis.cells.size());
    for (const CellStats& cell : analysis.cells)
        report.rows.append(rowOf(cell));
    return report;
}

RunReport makeReport(const RunAnalysis& analysis, const RunComparison& comparison)
{
    RunReport report = makeReport(analysis);
    report.baselineRunId = comparison.baselineRunId;
    report.compared = true;
    report.onlyInBaseline = comparison.onlyInBaseline;
    report.regressions = comparison.regressionCount();
    report.improvements = comparison.improvementCount();
    QHash<CellKey, ReportChange> changes;
    for (const CellChange& change : comparison.changes)
        changes.insert(change.key(), changeOf(change));
    for (ReportRow& row : report.rows) {
        const auto found = changes.constFind(CellKey { row.category, row.model });
        if (found != changes.cend())
            row.change = *found;
    }
    return report;
}

QString barKey(BarOutcome outcome)
{
    switch (outcome) {
    case BarOutcome::Meets:
        return QStringLiteral("yes");
    case BarOutcome::Fails:
        return QStringLiteral("no");
    case BarOutcome::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}
