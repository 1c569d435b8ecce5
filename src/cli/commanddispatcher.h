// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <memory>
#include <QCoreApplication>
#include <vector>

// The top level of signalbox-cli: the global options (--help, --version) and the choice of a
// command, which then reads the rest of the command line itself.
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(CommandDispatcher)
public:
    void add(std::unique_ptr<Command> command);
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    QString helpText(const QString& globalHelp) const;
    Command* find(const QString& name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

// "Usage: signalbox-cli <command> ..." lines for the help of a command, replacing the first
// line of QCommandLineParser::helpText(), which names the executable's full path.
QString withUsageLine(const QString& helpText, const QString& usage);
