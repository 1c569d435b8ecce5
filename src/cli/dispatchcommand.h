// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli dispatch <workspace> [--run ID] [--sample FILE] [--sandbox] [--format table|json]":
// benchmarks the workspace's dispatcher on labelled traffic (the sample, else every category's
// test cases): confusion matrix, precision and recall, misroute and unmatched rates, the
// classifier's cost and latency; and, on a run's results (the newest completed, unless one is
// named), the end-to-end pass rate and cost beside a perfect dispatcher and the best single model.
// Exits 0 when it benchmarked, 1 when the classifier's calls failed or were interrupted, 2 when the
// command line, the workspace, its dispatcher, the sample or the named run is wrong.
class DispatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DispatchCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
