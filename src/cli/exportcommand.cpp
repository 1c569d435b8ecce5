// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "consoletext.h"
#include "exporters/routingexport.h"
#include "fileio/atomicwrite.h"
#include "routerbench/routerbenchexport.h"
#include "runselection.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"

namespace {
const QString routerBenchKey = QStringLiteral("routerbench");

QStringList formatKeys()
{
    QStringList keys;
    for (const ExportFormat format : exportFormats())
        keys.append(exportFormatKey(format));
    return keys << routerBenchKey;
}

// How to fill in the keys of a Portkey config without touching its "$eq" conditions.
QString envsubstHint(const Workspace& workspace, const QString& file)
{
    const QStringList variables = exportKeyVariables(workspace);
    if (variables.isEmpty())
        return ExportCommand::tr("export: the config names no key variables; it can be used as it is");
    return ExportCommand::tr("export: fill in the keys with: envsubst '%1' < %2")
        .arg(envsubstFormat(variables), file);
}

bool writeFile(const QString& path, const QString& text, QTextStream& err)
{
    QString error;
    if (writeFileAtomically(path, text.toUtf8(), &error))
        return true;
    err << ExportCommand::tr("export: %1").arg(error) << Qt::endl;
    return false;
}
} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Write the routing map as Signalbox routing YAML, a LiteLLM proxy config or a Portkey gateway config");
}

int ExportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    WorkspaceCommandLine commandLine(*this, out, err);
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("native (default: Signalbox routing YAML), litellm, portkey, or "
                                             "routerbench (a run as training data for learned routers, CSV)."),
                                          QStringLiteral("format"), QStringLiteral("native"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
                                          tr("Write to this file instead of standard output."), QStringLiteral("file"));
    const QCommandLineOption envVarsOption(
        QStringLiteral("print-env-vars"),
        tr("Print the environment variables the export names for the providers' keys, as envsubst's list "
           "(\"${A} ${B}\"), and exit."));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       tr("routerbench: the run to export (default: the newest)."),
                                       QStringLiteral("id"));
    commandLine.addOptions({ formatOption, outputOption, envVarsOption, runOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const std::optional<ExportFormat> format = exportFormatFromKey(commandLine.value(formatOption));
    const bool routerBench = commandLine.value(formatOption) == routerBenchKey;
    if (commandLine.isSet(runOption) && !routerBench)
        return commandLine.usageError(tr("export: --run belongs to --format routerbench"));
    if (routerBench)
        return writeRouterBench(commandLine.workspace(), commandLine.value(runOption), commandLine.value(outputOption),
                                out, err);
    if (!format)
        return commandLine.usageError(
            tr("export: unknown format '%1'; expected one of %2")
                .arg(commandLine.value(formatOption), formatKeys().join(QStringLiteral(", "))));
    const WorkspaceLoad load = readWorkspaceFile(commandLine.workspace());
    if (!load.errors.isEmpty())
        err << formatErrors(load.errors) << Qt::endl; // a screenful at most
    if (!load.ok())
        return ExitUsage;
    if (load.workspace.routing.isEmpty()) {
        err << tr("export: the workspace has no routing map yet; write the suggested routes with "
                  "'signalbox-cli suggest %1 --apply', or set routes in Signalbox's Routing area")
                   .arg(shellQuoted(commandLine.workspace()))
            << Qt::endl;
        return ExitFailure;
    }
    if (commandLine.isSet(envVarsOption)) {
        out << envsubstFormat(exportKeyVariables(load.workspace)) << Qt::endl;
        return ExitSuccess;
    }
    return write(load.workspace, *format, commandLine.value(outputOption), out, err);
}

int ExportCommand::write(const Workspace& workspace, ExportFormat format, const QString& path, QTextStream& out,
                         QTextStream& err) const
{
    const ExportOptions options { QDateTime::currentDateTimeUtc(), QString() };
    const QString text = exportRouting(workspace, format, options);
    const QString rationale = exportRationale(workspace, format, options);
    if (format == ExportFormat::Portkey)
        err << envsubstHint(workspace, path.isEmpty() ? defaultExportFileName(format) : path) << Qt::endl;
    if (path.isEmpty()) {
        if (!rationale.isEmpty())
            err << tr("export: the reasons for each route go to %1 beside the config when written with -o")
                       .arg(rationaleFileName(defaultExportFileName(format)))
                << Qt::endl;
        out << text;
        return ExitSuccess;
    }
    if (!writeFile(path, text, err))
        return ExitFailure;
    if (!rationale.isEmpty() && !writeFile(rationaleFileName(path), rationale, err))
        return ExitFailure;
    return ExitSuccess;
}

int ExportCommand::writeRouterBench(const QString& path, const QString& runId, const QString& output, QTextStream& out,
                                    QTextStream& err) const
{
    const WorkspaceLoad load = readWorkspaceFile(path);
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    if (!load.ok())
        return ExitUsage;
    ResultsStore store;
    const QString command = name();
    const std::optional<QList<RunInfo>> runs = openRuns(store, path, command, err);
    if (!runs)
        return ExitUsage;
    const std::optional<RunInfo> run
        = chooseRun(*runs, runId, runs->constFirst(), QStringLiteral("--run"), command, err);
    const std::optional<QList<ResultRecord>> results = run ? resultsOf(store, run->id, command, err) : std::nullopt;
    if (!results)
        return ExitUsage;
    const QString text = routerBenchCsv(load.workspace, *results);
    if (output.isEmpty()) {
        out << text;
        return ExitSuccess;
    }
    return writeFile(output, text, err) ? ExitSuccess : ExitFailure;
}
