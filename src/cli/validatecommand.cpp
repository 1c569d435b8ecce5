// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "commanddispatcher.h"
#include "workspacefile/workspacereader.h"
#include "workspacesummary.h"

#include <QCommandLineParser>

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return tr("Check a workspace file and the case files it refers to, and summarise it");
}

int ValidateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("The workspace file (*.signalbox.yaml)."));
    const QString usage = QStringLiteral("signalbox-cli validate [options] <workspace>");
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << withUsageLine(parser.helpText(), usage);
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << withUsageLine(parser.helpText(), usage);
        return ExitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << (files.isEmpty() ? tr("validate: expected the path of a workspace file")
                                : tr("validate: expected one workspace file, found %1 arguments").arg(files.size()))
            << Qt::endl
            << withUsageLine(parser.helpText(), usage);
        return ExitUsage;
    }
    const WorkspaceLoad load = readWorkspaceFile(files.constFirst());
    if (!load.ok()) {
        err << formatErrors(load.errors) << Qt::endl; // a screenful at most
        return ExitFailure;
    }
    FileErrors warnings = load.warnings;
    for (FileError& warning : warnings)
        warning.message = tr("warning: %1").arg(warning.message);
    if (!warnings.isEmpty())
        err << formatErrors(warnings) << Qt::endl;
    out << workspaceSummary(load.workspace, files.constFirst());
    return ExitSuccess;
}
