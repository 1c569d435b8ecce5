// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli cascade <workspace> --category C --chain M1,M2[,M3] --check SPEC [--run ID]
// [--format table|json] [--apply]": what a cascade (the first model answers; an answer failing the
// check escalates to the next) would have done on a run in which every model of the chain answered
// every case of the category: pass rate, cost per 1,000 requests, latency p50/p95, escalation rate
// and the share of requests reaching each model. --apply makes the category's route that cascade.
// Exits 1 when it cannot be simulated or the file cannot be written, 2 for a wrong command line.
class CascadeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CascadeCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
