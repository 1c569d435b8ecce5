// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commanddispatcher.h"
#include "exporters/routingexport.h"
#include "workspacefile/workspacereader.h"

#include <QCommandLineParser>
#include <QSaveFile>

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
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    err << ExportCommand::tr("export: cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
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
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("native (default: Signalbox routing YAML), litellm or portkey."),
                                          QStringLiteral("format"), QStringLiteral("native"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
                                          tr("Write to this file instead of standard output."), QStringLiteral("file"));
    parser.addOptions({ formatOption, outputOption });
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("The workspace file (*.signalbox.yaml)."));
    const QString usage = QStringLiteral("signalbox-cli export [options] <workspace>");
    const auto usageError = [&](const QString& message) {
        err << message << Qt::endl << tr("Run 'signalbox-cli export --help' for its options.") << Qt::endl;
        return int(ExitUsage);
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out << withUsageLine(parser.helpText(), usage);
        return ExitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(files.isEmpty()
                              ? tr("export: expected the path of a workspace file")
                              : tr("export: expected one workspace file, found %1 arguments").arg(files.size()));
    const std::optional<ExportFormat> format = exportFormatFromKey(parser.value(formatOption));
    if (!format)
        return usageError(tr("export: unknown format '%1'; expected one of %2")
                              .arg(parser.value(formatOption), formatKeys().join(QStringLiteral(", "))));
    const WorkspaceLoad load = readWorkspaceFile(files.constFirst());
    for (const FileError& error : load.errors)
        err << error.toString() << Qt::endl;
    if (!load.ok())
        return ExitUsage;
    if (load.workspace.routing.isEmpty()) {
        err << tr("export: the workspace has no routing map yet; set routes in Signalbox's Routing area first")
            << Qt::endl;
        return ExitFailure;
    }
    const QString text = exportRouting(load.workspace, *format);
    if (!parser.isSet(outputOption)) {
        out << text;
        return ExitSuccess;
    }
    return writeFile(parser.value(outputOption), text, err) ? ExitSuccess : ExitFailure;
}
