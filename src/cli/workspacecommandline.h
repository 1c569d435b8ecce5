// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>

// The command line of a command that works on one workspace file: its own options, --help, and
// usage errors that point at --help. report, suggest, export and shadow read theirs through it.
class WorkspaceCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommandLine)
public:
    // Help goes to out, usage errors to err.
    WorkspaceCommandLine(const Command& command, QTextStream& out, QTextStream& err);

    void addOptions(const QList<QCommandLineOption>& options) { m_parser.addOptions(options); }
    // An exit code when the command is done (help printed, or a wrong command line reported);
    // nullopt when it should go on with workspace() and the options.
    std::optional<int> parse(const QStringList& arguments);
    int usageError(const QString& message) const; // prints it, returns ExitUsage

    const QCommandLineParser& parser() const { return m_parser; }
    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QString workspace() const { return m_parser.positionalArguments().value(0); }

private:
    QString m_name;
    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};
