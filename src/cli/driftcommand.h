// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli drift <workspace> --baseline RUN [--run RUN] [--prices FILE] [--max-age DAYS]
// [--format table|json] [--fail-on regression|any]": what in the routing map needs a decision after
// a benchmark run (see freshness/driftreport.h). Exits 0 when nothing does, 1 when something does
// (only regressions count with --fail-on regression), 2 for a wrong command line, workspace,
// results database, run id or price list.
class DriftCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DriftCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
