// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftcommand.h"

#include "drifttext.h"
#include "pricing/pricereview.h"
#include "runselection.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)
};

const QString command = QStringLiteral("drift");

struct Options {
    QString workspacePath;
    QString baselineId;
    QString runId; // empty: the newest run
    QString pricesPath; // empty: the workspace's prices
    int maxAgeDays = 30;
    bool json = false;
    bool failOnRegressionOnly = false;
};

// The prices a list gives the workspace's models (the workspace's own where the list has none).
std::optional<QMap<QString, Price>> listedPrices(const Workspace& workspace, const QString& path, QTextStream& err)
{
    const PriceListLoad load = PriceListReader::readFile(path);
    if (!load.list) {
        err << Text::tr("drift: %1").arg(load.error) << Qt::endl;
        return std::nullopt;
    }
    const PriceReview review = PriceReviewer::review(workspace, *load.list, path);
    for (const UnmatchedModel& model : review.unmatched)
        err << Text::tr("drift: %1 keeps its workspace price: %2").arg(model.modelId, model.reason) << Qt::endl;
    return currentPrices(PriceReviewer::apply(workspace, review));
}

std::optional<DriftInputs> gather(const Options& options, QTextStream& err)
{
    const WorkspaceLoad load = readWorkspaceFile(options.workspacePath);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    ResultsStore store;
    const auto runs = load.ok() ? openRuns(store, options.workspacePath, command, err) : std::nullopt;
    if (!runs)
        return std::nullopt;
    const auto run = chooseRun(*runs, options.runId, runs->constFirst(), QStringLiteral("--run"), command, err);
    const auto baseline = chooseRun(*runs, options.baselineId, {}, QStringLiteral("--baseline"), command, err);
    const auto runResults = run ? resultsOf(store, run->id, command, err) : std::nullopt;
    const auto baselineResults = baseline ? resultsOf(store, baseline->id, command, err) : std::nullopt;
    if (!runResults || !baselineResults)
        return std::nullopt;
    DriftInputs inputs { load.workspace, *baseline, *baselineResults, *run, *runResults, std::nullopt,
                         options.maxAgeDays, QDateTime::currentDateTimeUtc() };
    if (!options.pricesPath.isEmpty()) {
        inputs.prices = listedPrices(load.workspace, options.pricesPath, err);
        if (!inputs.prices)
            return std::nullopt;
    }
    return inputs;
}
} // namespace

QString DriftCommand::name() const
{
    return command;
}

QString DriftCommand::summary() const
{
    return tr("Report what in the routing map needs a decision after a run: regressions, new winners, prices, "
              "stale evidence");
}

int DriftCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            tr("The accepted run to compare with (required)."), QStringLiteral("id"));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("The run to check (default: the newest)."),
                                       QStringLiteral("id"));
    const QCommandLineOption pricesOption(
        QStringLiteral("prices"), tr("Judge prices by this list (LiteLLM's or OpenRouter's) instead of the workspace's."),
        QStringLiteral("file"));
    const QCommandLineOption maxAgeOption(QStringLiteral("max-age"),
                                          tr("Evidence older than DAYS is stale, 1 to 3650 (default 30)."),
                                          QStringLiteral("DAYS"), QStringLiteral("30"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("table (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption failOption(QStringLiteral("fail-on"),
                                        tr("What exits with 1: regression, or any item (default)."),
                                        QStringLiteral("what"), QStringLiteral("any"));
    commandLine.addOptions({ baselineOption, runOption, pricesOption, maxAgeOption, formatOption, failOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    Options options { commandLine.workspace(), commandLine.value(baselineOption), commandLine.value(runOption),
                      commandLine.value(pricesOption) };
    bool ok = false;
    options.maxAgeDays = commandLine.value(maxAgeOption).toInt(&ok);
    if (!ok || options.maxAgeDays < 1 || options.maxAgeDays > 3650)
        return commandLine.usageError(
            tr("drift: --max-age must be a whole number of days from 1 to 3650, not '%1'").arg(commandLine.value(maxAgeOption)));
    const QString format = commandLine.value(formatOption);
    const QString failOn = commandLine.value(failOption);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return commandLine.usageError(tr("drift: unknown format '%1'; expected table or json").arg(format));
    if (failOn != QLatin1String("regression") && failOn != QLatin1String("any"))
        return commandLine.usageError(tr("drift: unknown --fail-on '%1'; expected regression or any").arg(failOn));
    if (options.baselineId.isEmpty())
        return commandLine.usageError(tr("drift: --baseline RUN is required: the run the map was accepted on"));
    options.json = format == QLatin1String("json");
    options.failOnRegressionOnly = failOn == QLatin1String("regression");
    const std::optional<DriftInputs> inputs = gather(options, err);
    if (!inputs)
        return ExitUsage;
    const DriftReport report = DriftCheck::check(*inputs);
    out << (options.json ? driftJson(report, options.maxAgeDays) : driftText(report, options.maxAgeDays));
    const bool fails
        = options.failOnRegressionOnly ? report.count(DriftKind::Regression) > 0 : report.needsDecision();
    return fails ? ExitFailure : ExitSuccess;
}
