// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

// "signalbox-cli export <workspace> [--format native|litellm|portkey] [-o FILE]": writes the
// workspace's routing map as Signalbox's routing YAML, a LiteLLM proxy config.yaml or a Portkey
// gateway config, to standard output or a file (replaced atomically). Exits 1 when the map is
// empty or the file cannot be written, 2 when the command line or the workspace is wrong.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};
