// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli rollout <workspace> --category C [--to MODEL [--stages 5,25,50,100] [--stage PERCENT]
// | --stage PERCENT | --advance | --finish | --abandon]": starts, moves, finishes or abandons the
// gradual rollout of a category's new primary, and writes it into the workspace file; with no
// action it prints the plan. Exits 1 when the edit cannot be made (no plan, the last stage...) or
// the file cannot be written, 2 for a wrong command line or workspace.
class RolloutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RolloutCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
