// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli report <workspace> [--run ID] [--baseline ID] [--format table|csv|json]
// [--fail-on-regression]": prints a run's figures per category and model (the newest run unless
// one is named), with a baseline how each changed and which changes are regressions. Exits 1 when
// asked to fail on a regression and there is one, 2 when the command line, the workspace or its
// results database is wrong.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
