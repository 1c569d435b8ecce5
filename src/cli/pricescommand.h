// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli prices <workspace> --import FILE [--apply] [--format table|json]": holds a price
// list (LiteLLM's or OpenRouter's) against the workspace's models and prints old and new prices per
// model, and the models the list does not have. --apply writes the new prices into the workspace.
// Exits 1 when the list cannot be read or the workspace cannot be written, 2 for a wrong command
// line or workspace.
class PricesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PricesCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
