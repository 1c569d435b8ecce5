// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecommandline.h"

#include "commanddispatcher.h"

WorkspaceCommandLine::WorkspaceCommandLine(const Command& command, QTextStream& out, QTextStream& err)
    : m_name(command.name())
    , m_out(out)
    , m_err(err)
    , m_help(m_parser.addHelpOption())
{
    m_parser.setApplicationDescription(command.summary());
    m_parser.addPositionalArgument(QStringLiteral("workspace"), tr("The workspace file (*.signalbox.yaml)."));
}

std::optional<int> WorkspaceCommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        m_out << withUsageLine(m_parser.helpText(),
                               QStringLiteral("signalbox-cli %1 [options] <workspace>").arg(m_name));
        return ExitSuccess;
    }
    const QStringList files = m_parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("%1: expected the path of a workspace file").arg(m_name));
    if (files.size() > 1)
        return usageError(tr("%1: expected one workspace file, found %2 arguments").arg(m_name).arg(files.size()));
    return std::nullopt;
}

int WorkspaceCommandLine::usageError(const QString& message) const
{
    m_err << message << Qt::endl << tr("Run 'signalbox-cli %1 --help' for its options.").arg(m_name) << Qt::endl;
    return ExitUsage;
}
