// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include "exporters/routingexport.h"

#include <QCoreApplication>

// "signalbox-cli export <workspace> [--format native|litellm|portkey] [-o FILE] [--print-env-vars]":
// writes the workspace's routing map as Signalbox's routing YAML, a LiteLLM proxy config.yaml or a
// Portkey gateway config, to standard output or a file (replaced atomically; a Portkey config's
// reasons go to a companion text file beside it), or lists the key variables the export names.
// "--format routerbench [--run ID]" writes a run as RouterBench's wide CSV table instead. Exits 1 when the map is
// empty or the file cannot be written, 2 when the command line or the workspace is wrong.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    int write(const Workspace& workspace, ExportFormat format, const QString& path, QTextStream& out,
              QTextStream& err) const;
    int writeRouterBench(const QString& path, const QString& runId, const QString& output, QTextStream& out,
                         QTextStream& err) const;
};
