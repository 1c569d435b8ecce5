// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "consoletext.h"
#include "exporters/routingexport.h"
#include "fileio/atomicwrite.h"
#include "workspacecommandline.h"
#include "workspacefile/workspacereader.h"

namespace {
QStringList formatKeys()
{
    QStringList keys;
    for (const ExportFormat format : exportFormats())
        keys.append(exportFormatKey(format));
    return keys;
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
                                          tr("native (default: Signalbox routing YAML), litellm or portkey."),
                                          QStringLiteral("format"), QStringLiteral("native"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
                                          tr("Write to this file instead of standard output."), QStringLiteral("file"));
    commandLine.addOptions({ formatOption, outputOption });
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const std::optional<ExportFormat> format = exportFormatFromKey(commandLine.value(formatOption));
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
    const QString text = exportRouting(load.workspace, *format);
    if (!commandLine.isSet(outputOption)) {
        out << text;
        return ExitSuccess;
    }
    return writeFile(commandLine.value(outputOption), text, err) ? ExitSuccess : ExitFailure;
}
