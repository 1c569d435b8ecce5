// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli suggest <workspace> [--run ID] [--apply]": the route each category's target picks
// from a run (the newest completed one unless one is named), how sure it is, the default chain and the
// projected monthly cost against the current map. --apply writes the suggested routes into the
// workspace file, keeping manual routes. Exits 2 when the command line, the workspace or its results
// database is wrong, or the workspace cannot be written.
class SuggestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
