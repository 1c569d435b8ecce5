// SPDX-License-Identifier: GPL-3.0-or-later
#include "commanddispatcher.h"

#include <QCommandLineParser>

void CommandDispatcher::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command* CommandDispatcher::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

int CommandDispatcher::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Builds routing maps for LLM applications from benchmark evidence."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run; see Commands below."),
                                 QStringLiteral("<command> [<arguments>]"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << tr("Run 'signalbox-cli --help' for the list of commands.") << Qt::endl;
        return ExitUsage;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    if (parser.isSet(help) || rest.isEmpty()) {
        (rest.isEmpty() && !parser.isSet(help) ? err : out) << helpText(parser.helpText());
        return parser.isSet(help) ? ExitSuccess : ExitUsage;
    }
    Command* command = find(rest.constFirst());
    if (!command) {
        err << tr("signalbox-cli: unknown command '%1'").arg(rest.constFirst()) << Qt::endl
            << tr("Run 'signalbox-cli --help' for the list of commands.") << Qt::endl;
        return ExitUsage;
    }
    return command->run(rest, out, err);
}

QString CommandDispatcher::helpText(const QString& globalHelp) const
{
    QString text = withUsageLine(globalHelp, QStringLiteral("signalbox-cli [options] <command> [<arguments>]"));
    text += u'\n' + tr("Commands:") + u'\n';
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += u'\n' + tr("Run 'signalbox-cli <command> --help' for a command's own options.") + u'\n';
    return text;
}

QString withUsageLine(const QString& helpText, const QString& usage)
{
    const qsizetype end = helpText.indexOf(u'\n');
    return CommandDispatcher::tr("Usage: %1").arg(usage) + (end < 0 ? QString() : helpText.mid(end));
}
