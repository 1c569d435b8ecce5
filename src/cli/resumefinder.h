// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultsstore.h"
#include "runner/jobsource.h"

#include <memory>
#include <optional>
#include <QCoreApplication>

class ResultsStore;

// A run to continue and what it still has to do.
struct ResumePoint {
    // Leaves out the jobs the run has done: a JobSource with it makes only the missing ones.
    JobSource::Skip skipDone() const;

    RunInfo run;
    RunPlan plan; // the run's own categories, models, repeats, settings and mode
    std::shared_ptr<const QSet<JobKey>> doneJobs; // those it has a result for (without an error, if redone)
    qsizetype totalJobs = 0;
    qsizetype missingJobs = 0;
    bool workspaceChanged = false; // its cases, prompts, scorers or models differ from the run's
};

// Finds the run "signalbox-cli run --resume" continues in a workspace's results database: the one
// named, or the latest that was interrupted (by a crash) or cancelled (with Redo::MissingAndFailed,
// the latest run). Opening the database is what marks a run cut off by a crash as interrupted.
class ResumeFinder
{
    Q_DECLARE_TR_FUNCTIONS(ResumeFinder)
public:
    std::optional<ResumePoint> find(const QString& databasePath, const Workspace& workspace, const QString& runId,
                                    ResultsStore::Redo redo = ResultsStore::Redo::Missing);
    QString errorString() const { return m_error; }

private:
    std::optional<RunInfo> chooseRun(ResultsStore& store, const QString& runId, ResultsStore::Redo redo);
    std::optional<ResumePoint> fail(const QString& message);

    QString m_error;
};
