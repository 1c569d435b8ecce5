// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

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
    // Each fills the request's plan and the jobs to run, or returns the exit status of a mistake.
    int planNewRun(RunRequest& request, QList<RunJob>& jobs, QTextStream& err) const;
    int planResume(RunRequest& request, const RunOptions& options, QList<RunJob>& jobs, QTextStream& err) const;
    int checkJudge(const RunRequest& request, QTextStream& err) const;
    void warnAboutUnscorableCases(const RunRequest& request, QTextStream& err) const;
    bool confirmed(const RunRequest& request, const RunOptions& options, QTextStream& err) const;
};
