// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli shadow <workspace> --category C [--baseline M] --candidate M2 [--candidate M3]
// [--run ID | --inputs FILE [--sandbox] [--judge MODEL | --no-judge]] [--all]": compares a candidate
// with the routed model case by case, on a run that answered both (the newest, unless one is
// named) or on unlabelled inputs it has both models answer first, and prints the summary and the
// cases where they disagree. Exits 0 when it compared, 1 when there was nothing to compare or the
// run failed, 2 when the command line, the workspace or its results database is wrong, 128 + the
// signal's number when interrupted.
class ShadowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShadowCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
