// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli validate <workspace>": loads a workspace file with its case files and prints a
// summary, or every located error, one "file:line:column: message" per line.
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
