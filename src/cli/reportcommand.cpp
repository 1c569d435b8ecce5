// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "evidencecellstext.h"
#include "freshness/evidenceloader.h"
#include "freshnesstext.h"
#include "reporting/reportformats.h"
#include "runselection.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"

#include <algorithm>
#include <optional>
#include <variant>

namespace {
class Report
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

enum class Format { Table, Csv, Json };

struct Options {
    QString workspacePath;
    QString runId; // empty: the newest
    QString baselineId; // empty: no comparison
    Format format = Format::Table;
    bool failOnRegression = false;
    bool latest = false; // the latest evidence per category and model across runs
};

// A failure already explained on stderr, with the exit code it ends in.
struct Failure {
    int exitCode = ExitUsage;
};

QString formatted(const RunReport& report, Format format)
{
    switch (format) {
    case Format::Csv:
        return reportCsv(report);
    case Format::Json:
        return reportJson(report);
    case Format::Table:
        break;
    }
    return reportText(report);
}

std::optional<Format> formatFrom(const QString& name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

void noteStatus(const RunInfo& run, qsizetype resultCount, QTextStream& err)
{
    if (run.status != RunStatus::Completed)
        err << Report::tr("report: run %1 is %2; its figures cover the %n result(s) it has", nullptr, int(resultCount))
                   .arg(run.id, runStatusDisplayName(run.status).toLower())
            << Qt::endl;
}

void warnWhenNothingIsShared(const RunReport& report, QTextStream& err)
{
    const bool shared
        = std::any_of(report.rows.cbegin(), report.rows.cend(), [](const ReportRow& row) { return bool(row.change); });
    if (!shared)
        err << Report::tr("report: the runs share no category and model: there is nothing to compare") << Qt::endl;
}

struct Built {
    RunReport report;
    QList<PricingShift> pricingShifts; // routes of the run whose winner today's prices change
    QString evidenceCells; // with --latest: where each cell's evidence comes from
};

// With --latest: the newest current evidence of each cell across runs, and where it comes from.
std::optional<QList<ResultRecord>> latestResults(ResultsStore& store, const Workspace& workspace, Built& built,
                                                 QTextStream& err)
{
    const std::optional<LatestEvidence> evidence = loadLatestEvidence(store, workspace);
    if (!evidence) {
        err << Report::tr("report: %1").arg(store.errorString()) << Qt::endl;
        return std::nullopt;
    }
    built.evidenceCells = evidenceCellsText(*evidence);
    return evidence->results;
}

// The report the options ask for, or the failure that stopped it.
std::variant<Built, Failure> buildReport(const Options& options, QTextStream& err)
{
    const WorkspaceLoad load = readWorkspaceFile(options.workspacePath);
    if (!load.errors.isEmpty())
        err << formatErrors(load.errors) << Qt::endl; // a screenful at most
    const QString command = QStringLiteral("report");
    ResultsStore store;
    const std::optional<QList<RunInfo>> runs
        = load.ok() ? openRuns(store, options.workspacePath, command, err) : std::nullopt;
    if (!runs)
        return Failure {};
    const std::optional<RunInfo> run
        = chooseRun(*runs, options.runId, runs->constFirst(), QStringLiteral("--run"), command, err);
    const std::optional<RunInfo> baseline = options.baselineId.isEmpty()
        ? std::nullopt
        : chooseRun(*runs, options.baselineId, runs->constFirst(), QStringLiteral("--baseline"), command, err);
    if (!run || (!options.baselineId.isEmpty() && !baseline))
        return Failure {};
    Built built;
    const std::optional<QList<ResultRecord>> results = options.latest
        ? latestResults(store, load.workspace, built, err)
        : resultsOf(store, run->id, command, err);
    if (!results)
        return Failure {};
    if (!options.latest)
        noteStatus(*run, results->size(), err);
    warnWhenMostlyCached(command, options.latest ? Report::tr("latest evidence") : run->id, *results, err);
    const RunAnalysis analysis = analyseRun(load.workspace, *results);
    RunReport report = makeReport(analysis);
    if (baseline) {
        const std::optional<QList<ResultRecord>> before = resultsOf(store, baseline->id, command, err);
        if (!before)
            return Failure {};
        warnWhenMostlyCached(command, baseline->id, *before, err);
        report = makeReport(analysis, compareRuns(load.workspace, *before, *results));
        report.baselineRunId = baseline->id;
        warnWhenNothingIsShared(report, err);
    }
    report.runId = options.latest ? Report::tr("latest evidence per category and model") : run->id;
    built.report = report;
    if (!options.latest) // merged runs have no one set of run prices
        built.pricingShifts = repriceRun(load.workspace, *run, *results).shifts;
    return built;
}
} // namespace

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return tr("Print a run's figures per category and model, or how they changed against a baseline run");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption runOption(QStringLiteral("run"), tr("The run to report (default: the newest)."),
                                       QStringLiteral("id"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            tr("Compare with this run: changes of accuracy and cost, regressions."),
                                            QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("table (default), csv or json."),
                                          QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption failOption(QStringLiteral("fail-on-regression"),
                                        tr("Exit with 1 when a cell regressed against the baseline."));
    const QCommandLineOption latestOption(
        QStringLiteral("latest"),
        tr("Report the latest evidence per category and model across runs instead of one run."));
    commandLine.addOptions({ runOption, baselineOption, formatOption, failOption, latestOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const std::optional<Format> format = formatFrom(commandLine.value(formatOption));
    if (!format)
        return commandLine.usageError(
            tr("report: unknown format '%1'; expected table, csv or json").arg(commandLine.value(formatOption)));
    const Options options { commandLine.workspace(), commandLine.value(runOption), commandLine.value(baselineOption),
                            *format, commandLine.isSet(failOption), commandLine.isSet(latestOption) };
    if (options.latest && !options.runId.isEmpty())
        return commandLine.usageError(tr("report: --latest combines runs; it cannot be combined with --run"));
    if (options.failOnRegression && options.baselineId.isEmpty())
        return commandLine.usageError(tr("report: --fail-on-regression needs a --baseline to compare with"));
    if (!options.baselineId.isEmpty() && options.baselineId == options.runId)
        return commandLine.usageError(tr("report: --baseline and --run name the same run"));
    const std::variant<Built, Failure> built = buildReport(options, err);
    if (const Failure* failure = std::get_if<Failure>(&built))
        return failure->exitCode;
    const RunReport& report = std::get<Built>(built).report;
    out << formatted(report, options.format);
    // Machine-read formats stay as they are; the note goes beside them.
    (options.format == Format::Table ? out : err) << pricingShiftsText(std::get<Built>(built).pricingShifts)
                                                  << std::get<Built>(built).evidenceCells;
    if (options.failOnRegression && report.regressions > 0) {
        err << tr("report: %n regression(s) against baseline %1", nullptr, report.regressions).arg(report.baselineRunId)
            << Qt::endl;
        return ExitFailure;
    }
    return ExitSuccess;
}
