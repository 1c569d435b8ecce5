// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumefinder.h"

#include "results/resultsstore.h"

#include <QFileInfo>

namespace {
RunPlan planOf(const RunInfo& run)
{
    RunPlan plan;
    plan.categories = run.categories;
    plan.models = run.modelIds;
    plan.repeats = run.repeats;
    plan.settings = run.settings;
    plan.simulated = run.simulated;
    return plan;
}

// A shadow run answered inputs that are not the workspace's cases: resuming it from the
// workspace would answer the wrong prompts. A finished run may still have failed jobs to redo.
bool resumable(const RunInfo& run, ResultsStore::Redo redo)
{
    const bool stopped = run.status == RunStatus::Interrupted || run.status == RunStatus::Cancelled;
    const bool finished = redo == ResultsStore::Redo::MissingAndFailed && run.status != RunStatus::Running;
    return (stopped || finished) && run.settings.shadow.isEmpty();
}
} // namespace

JobSource::Skip ResumePoint::skipDone() const
{
    return [done = doneJobs](const JobKey& key) { return done && done->contains(key); };
}

std::optional<ResumePoint> ResumeFinder::find(const QString& databasePath, const Workspace& workspace,
                                              const QString& runId, ResultsStore::Redo redo)
{
    m_error.clear();
    if (!QFileInfo::exists(databasePath))
        return fail(tr("There is no results database at %1 yet: no run to resume.").arg(databasePath));
    ResultsStore store;
    if (!store.open(databasePath))
        return fail(store.errorString());
    const std::optional<RunInfo> run = chooseRun(store, runId, redo);
    if (!run)
        return std::nullopt;
    if (!run->settings.shadow.isEmpty())
        return fail(tr("Run %1 is a shadow run on unlabelled inputs; it cannot be resumed: start it again with "
                       "'signalbox-cli shadow --inputs'.")
                        .arg(run->id));
    ResumePoint point { *run, planOf(*run) };
    const QString problem = point.plan.validate(workspace);
    if (!problem.isEmpty())
        return fail(tr("Run %1 no longer fits the workspace: %2").arg(run->id, problem));
    std::optional<QSet<JobKey>> done = store.doneJobs(run->id, redo);
    if (!done)
        return fail(store.errorString());
    point.doneJobs = std::make_shared<const QSet<JobKey>>(std::move(*done));
    JobSource missing(workspace, point.plan);
    point.totalJobs = missing.count();
    missing.setSkip(point.skipDone());
    point.missingJobs = missing.remaining();
    point.workspaceChanged = run->workspaceHash != workspaceHash(workspace);
    return point;
}

std::optional<RunInfo> ResumeFinder::chooseRun(ResultsStore& store, const QString& runId, ResultsStore::Redo redo)
{
    if (!runId.isEmpty()) {
        std::optional<RunInfo> run = store.run(runId);
        if (!run)
            fail(store.errorString().isEmpty() ? tr("Run %1 is not in %2.").arg(runId, store.databasePath())
                                               : store.errorString());
        return run;
    }
    const std::optional<QList<RunInfo>> runs = store.runs();
    if (!runs) {
        fail(store.errorString());
        return std::nullopt;
    }
    for (const RunInfo& run : *runs) {
        if (resumable(run, redo))
            return run;
    }
    fail(tr("No run in %1 was interrupted or cancelled: there is nothing to resume.").arg(store.databasePath()));
    return std::nullopt;
}

std::optional<ResumePoint> ResumeFinder::fail(const QString& message)
{
    m_error = message;
    return std::nullopt;
}
