// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// Process exit codes shared by every command.
enum ExitCode {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and found problems
    ExitUsage = 2, // the command line was wrong
};

// One subcommand of signalbox-cli ("validate", ...). It parses its own options and writes results
// to out and diagnostics to err, so it can be run and tested without a terminal.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the list of commands, translated
    // arguments[0] is the command's name; the rest are its own options and arguments.
    virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};
