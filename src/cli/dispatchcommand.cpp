// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchcommand.h"

#include "dispatchtext.h"
#include "interruptwatcher.h"
#include "runcommandline.h"
#include "runselection.h"
#include "workspacecommandline.h"
#include "workspacefile/caseimport.h"
#include "workspacefile/workspacereader.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DispatchCommand)
};

const QString command = QStringLiteral("dispatch");

struct Options {
    QString workspacePath;
    QString runId; // empty: the newest completed run, if any
    QString samplePath; // empty: the dispatcher's sample, else the cases
    bool json = false;
    bool simulated = false;
};

double sandboxTimeScale()
{
    bool ok = false;
    const double scale
        = QProcessEnvironment::systemEnvironment().value(RunCommandLine::timeScaleVariable()).toDouble(&ok);
    return ok && scale >= 0 ? scale : 1.0;
}

std::optional<LabelledTraffic> labelledTraffic(const Workspace& workspace, const Options& options, QString* source,
                                               QTextStream& err)
{
    QString path = options.samplePath;
    if (path.isEmpty() && !workspace.dispatcher->sample.isEmpty())
        path = resolveCasesPath(workspace.dispatcher->sample, options.workspacePath);
    *source = path.isEmpty() ? Text::tr("the categories' test cases") : path;
    const LabelledTraffic traffic = path.isEmpty() ? trafficFromCases(workspace) : readLabelledSample(path, workspace);
    for (const FileError& error : traffic.errors)
        err << error.toString() << Qt::endl;
    if (!traffic.errors.isEmpty())
        return std::nullopt;
    if (traffic.requests.isEmpty()) {
        err << Text::tr("dispatch: no labelled requests: the categories hold no test cases; give --sample FILE")
            << Qt::endl;
        return std::nullopt;
    }
    return traffic;
}

// The run whose results score the end to end figures: the named one, else the newest completed
// benchmark run (not a shadow run). Nullopt (with a message) when a named run is wrong; an empty
// list when there is none to use.
std::optional<QList<ResultRecord>> runResults(const Options& options, QTextStream& err)
{
    if (options.runId.isEmpty() && !QFileInfo::exists(ResultsStore::databasePathFor(options.workspacePath))) {
        err << Text::tr("dispatch: no results database yet: end-to-end figures need a run ('signalbox-cli run')")
            << Qt::endl;
        return QList<ResultRecord>();
    }
    ResultsStore store;
    const std::optional<QList<RunInfo>> runs = openRuns(store, options.workspacePath, command, err);
    if (!runs)
        return options.runId.isEmpty() ? std::optional<QList<ResultRecord>>(QList<ResultRecord>()) : std::nullopt;
    RunInfo newest;
    for (const RunInfo& run : *runs) {
        if (run.status == RunStatus::Completed && run.settings.shadow.isEmpty()) {
            newest = run;
            break;
        }
    }
    const std::optional<RunInfo> run = chooseRun(*runs, options.runId, newest, QStringLiteral("--run"), command, err);
    if (!run)
        return std::nullopt;
    if (run->id.isEmpty())
        return QList<ResultRecord>();
    return resultsOf(store, run->id, command, err);
}

std::optional<DispatchOutcome> benchmark(const Workspace& workspace, const LabelledTraffic& traffic,
                                         const Options& options, QTextStream& err)
{
    DispatchBenchmark runner;
    runner.setSandboxTimeScale(sandboxTimeScale());
    InterruptWatcher interrupts;
    QEventLoop loop;
    std::optional<DispatchOutcome> outcome;
    QObject::connect(&runner, &DispatchBenchmark::finished, &loop, [&](const DispatchOutcome& done) {
        outcome = done;
        loop.exit();
    });
    QObject::connect(&runner, &DispatchBenchmark::failed, &loop, [&](const QString& message) {
        err << command << QStringLiteral(": ") << message << Qt::endl;
        loop.exit();
    });
    QObject::connect(&runner, &DispatchBenchmark::cancelled, &loop, [&] {
        err << Text::tr("dispatch: interrupted; the classifier's answers so far are cached") << Qt::endl;
        loop.exit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int) { runner.cancel(); });
    if (!runner.start(workspace, traffic.requests, dispatcherDatabasePath(options.workspacePath), options.simulated))
        return std::nullopt;
    loop.exec();
    return outcome;
}

int dispatch(const Options& options, QTextStream& out, QTextStream& err)
{
    const WorkspaceLoad load = readWorkspaceFile(options.workspacePath);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    if (!load.ok())
        return ExitUsage;
    const Workspace& workspace = load.workspace;
    if (!workspace.dispatcher) {
        err << Text::tr("dispatch: %1 has no 'dispatcher:' section; the README describes its rules")
                   .arg(options.workspacePath)
            << Qt::endl;
        return ExitUsage;
    }
    DispatchReport report;
    const std::optional<LabelledTraffic> traffic = labelledTraffic(workspace, options, &report.source, err);
    const std::optional<QList<ResultRecord>> results = traffic ? runResults(options, err) : std::nullopt;
    if (!results)
        return ExitUsage;
    const std::optional<DispatchOutcome> outcome = benchmark(workspace, *traffic, options, err);
    if (!outcome)
        return ExitFailure;
    report.spec = *workspace.dispatcher;
    report.outcome = *outcome;
    report.simulatedClassifier = options.simulated;
    QStringList categories;
    for (const Category& category : workspace.categories)
        categories.append(category.name);
    report.figures = dispatchFigures(outcome->requests, outcome->dispatches, categories);
    if (!results->isEmpty())
        report.endToEnd = endToEndFigures(workspace, outcome->requests, outcome->dispatches, *results);
    out << (options.json ? dispatchJson(report) : dispatchTable(report));
    return ExitSuccess;
}
} // namespace

QString DispatchCommand::name() const
{
    return command;
}

QString DispatchCommand::summary() const
{
    return tr("Benchmark the dispatcher: misroutes, and what they cost end to end");
}

int DispatchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       tr("The run whose results score the end-to-end figures (default: the newest "
                                          "completed)."),
                                       QStringLiteral("id"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    tr("Labelled prompts (JSONL: {\"input\": ..., \"category\": ...}) instead of the "
                                       "dispatcher's sample or the categories' test cases."),
                                    QStringLiteral("file"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Have the sandbox answer the classifier's calls (simulated, no keys)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: table (default) or json."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    commandLine.addOptions({ runOption, sample, sandbox, format });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const QString formatName = commandLine.value(format);
    if (formatName != QLatin1String("table") && formatName != QLatin1String("json"))
        return commandLine.usageError(tr("dispatch: unknown format '%1'; expected table or json").arg(formatName));
    const Options options { commandLine.workspace(), commandLine.value(runOption), commandLine.value(sample),
                            formatName == QLatin1String("json"), commandLine.isSet(sandbox) };
    return dispatch(options, out, err);
}
