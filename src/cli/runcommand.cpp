// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommand.h"

#include "consoletext.h"
#include "missingcells.h"
#include "results/resultsstore.h"
#include "resumefinder.h"
#include "runcommandline.h"
#include "runner/runestimate.h"
#include "runsession.h"
#include "scoring/scoringengine.h"
#include "workspacefile/workspacereader.h"

#include <cstdio>
#include <unistd.h>

namespace {
// What to type to continue a run of these options, the run's id aside.
QString resumeCommand(const RunOptions& options, const RunRequest& request)
{
    QString command = QStringLiteral("signalbox-cli run ") + shellQuoted(options.workspacePath);
    if (request.plan.simulated)
        command += QLatin1String(" --sandbox");
    if (!request.plan.judgeModel.isEmpty())
        command += QLatin1String(" --judge ") + shellQuoted(request.plan.judgeModel);
    return command;
}

bool hasJudgedCases(const Category& category)
{
    return std::any_of(category.cases.cbegin(), category.cases.cend(),
                       [&](const TestCase& testCase) { return judgeCallCount(testCase, category) > 0; });
}
QString sandboxPriceNote(bool batch)
{
    return batch ? RunCommand::tr(" (at batch prices where batched, list prices elsewhere; the sandbox bills nothing)")
                 : RunCommand::tr(" (at list prices; the sandbox bills nothing)");
}

} // namespace

QString RunCommand::name() const
{
    return QStringLiteral("run");
}

QString RunCommand::summary() const
{
    return tr("Run a workspace's benchmark without a display, or resume an interrupted run");
}

int RunCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    RunCommandLine commandLine;
    switch (commandLine.parse(arguments, QProcessEnvironment::systemEnvironment())) {
    case RunCommandLine::Outcome::Help:
        out << commandLine.helpText();
        return ExitSuccess;
    case RunCommandLine::Outcome::UsageError:
        err << commandLine.errorText() << Qt::endl << tr("Run 'signalbox-cli run --help' for its options.") << Qt::endl;
        return ExitUsage;
    case RunCommandLine::Outcome::Run:
        break;
    }
    const RunOptions& options = commandLine.options();
    const WorkspaceLoad load = readWorkspaceFile(options.workspacePath);
    if (!load.ok()) {
        err << formatErrors(load.errors) << Qt::endl; // a screenful at most
        return ExitFailure;
    }
    RunRequest request { load.workspace, options.plan, ResultsStore::databasePathFor(options.workspacePath) };
    if (options.batchFirstPollMs > 0)
        request.batchPolicy.firstPollMs = options.batchFirstPollMs;
    if (options.onlyMissing && !options.resume) {
        if (const std::optional<int> done = restrictToMissingCells(request, err))
            return *done;
    }
    JobSource::Skip done;
    const int planned = options.resume ? planResume(request, options, done, err) : planNewRun(request, err);
    if (planned != ExitSuccess)
        return planned;
    warnAboutUnscorableCases(request, err);
    // The run itself reads what is done again: the estimate's copy is gone by then.
    printEstimate(request, std::exchange(done, {}), err);
    if (!confirmed(request, options, err))
        return ExitFailure;
    RunSession session(out, err, ::isatty(STDERR_FILENO) == 1);
    session.setSandboxTimeScale(options.sandboxTimeScale);
    session.setResumeCommand(resumeCommand(options, request));
    return session.exec(request);
}

void RunCommand::printEstimate(const RunRequest& request, JobSource::Skip done, QTextStream& err) const
{
    JobSource jobs(request.workspace, request.plan);
    jobs.setSkip(std::move(done));
    err << tr("estimate: %1").arg(estimateJobs(request.workspace, request.plan, std::move(jobs)).summary())
        << (request.plan.simulated ? sandboxPriceNote(request.plan.settings.batch) : QString()) << Qt::endl;
}

int RunCommand::planNewRun(RunRequest& request, QTextStream& err) const
{
    const QString problem = request.plan.validate(request.workspace);
    if (!problem.isEmpty()) {
        err << tr("run: %1").arg(problem) << Qt::endl;
        return ExitUsage;
    }
    return checkJudge(request, err);
}

int RunCommand::planResume(RunRequest& request, const RunOptions& options, JobSource::Skip& skip,
                           QTextStream& err) const
{
    if (!options.planOptions.isEmpty()) {
        err << tr("run: --resume continues a run with its own settings; it cannot be combined with %1")
                   .arg(options.planOptions.join(QLatin1String(", ")))
            << Qt::endl;
        return ExitUsage;
    }
    ResumeFinder finder;
    const auto redo = options.retryFailed ? ResultsStore::Redo::MissingAndFailed : ResultsStore::Redo::Missing;
    const std::optional<ResumePoint> point
        = finder.find(request.databasePath, request.workspace, options.resumeRunId, redo);
    if (!point) {
        err << tr("run: %1").arg(finder.errorString()) << Qt::endl;
        return ExitFailure;
    }
    if (options.plan.simulated && !point->run.simulated) {
        err << tr("run: run %1 was answered by the real providers; resume it without --sandbox").arg(point->run.id)
            << Qt::endl;
        return ExitUsage;
    }
    if (point->workspaceChanged)
        err << tr("warning: the workspace changed since run %1 started; the rest is run on it as it is now")
                   .arg(point->run.id)
            << Qt::endl;
    request.plan = point->plan;
    request.plan.judgeModel = options.plan.judgeModel;
    request.resumeRunId = point->run.id;
    request.retryFailed = options.retryFailed;
    skip = point->skipDone();
    return checkJudge(request, err);
}

int RunCommand::checkJudge(const RunRequest& request, QTextStream& err) const
{
    const QString& judge = request.plan.judgeModel;
    if (judge.isEmpty() || request.workspace.model(judge))
        return ExitSuccess;
    err << tr("run: --judge names model '%1', which the workspace does not define").arg(judge) << Qt::endl;
    return ExitUsage;
}

void RunCommand::warnAboutUnscorableCases(const RunRequest& request, QTextStream& err) const
{
    // --judge, or else the workspace's judge_model, as the run itself chooses.
    if (!request.plan.judgeModel.isEmpty() || !request.workspace.judgeModel.isEmpty())
        return;
    for (const QString& name : request.plan.effectiveCategories(request.workspace)) {
        const Category* category = request.workspace.category(name);
        if (category && hasJudgedCases(*category))
            err << tr("warning: category '%1' has llm-rubric scorers, which need --judge MODEL "
                      "or the workspace's judge_model; without one they end in error")
                       .arg(name)
                << Qt::endl;
    }
}

bool RunCommand::confirmed(const RunRequest& request, const RunOptions& options, QTextStream& err) const
{
    if (request.plan.simulated || options.assumeYes || ::isatty(STDIN_FILENO) != 1 || ::isatty(STDERR_FILENO) != 1)
        return true;
    err << tr("Start this run against the real providers? [y/N] ");
    err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
        return true;
    err << tr("Not started.") << Qt::endl;
    return false;
}
