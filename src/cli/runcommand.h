// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "runner/jobsource.h"

#include <QCoreApplication>

struct RunJob;
struct RunOptions;
struct RunRequest;

// "signalbox-cli run <workspace>": runs the workspace's cases on its models with the same engine
// as the application, without a display, into the results database beside the workspace; or,
// with --resume, continues a run that was interrupted or cancelled with only its missing jobs.
class RunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    // Each fills the request's plan and what to leave out of its jobs (nothing for a new run), or
    // returns the exit status of a mistake.
    int planNewRun(RunRequest& request, QTextStream& err) const;
    int planResume(RunRequest& request, const RunOptions& options, JobSource::Skip& skip, QTextStream& err) const;
    void printEstimate(const RunRequest& request, JobSource::Skip done, QTextStream& err) const;
    int checkJudge(const RunRequest& request, QTextStream& err) const;
    void warnAboutUnscorableCases(const RunRequest& request, QTextStream& err) const;
    void warnAboutBatchLatency(const RunRequest& request, QTextStream& err) const;
    bool confirmed(const RunRequest& request, const RunOptions& options, QTextStream& err) const;
};
