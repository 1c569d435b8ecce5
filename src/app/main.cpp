// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"
#include "settings/theme.h"
#include "settings/translations.h"
#include "shell/mainwindow.h"
#include "shell/screenshots.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {
struct Options {
    QString workspace;
    QString screenshotDir;
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("signalbox"));
    QCoreApplication::setApplicationName(QStringLiteral("signalbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
}

// The options, for --help as much as for a start.
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    QCoreApplication::translate("main",
                                                                "Save a picture of every area into <dir>, then quit "
                                                                "(for reviewing the interface, also under xvfb)."),
                                    QStringLiteral("dir") };

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Build routing maps for LLM applications from evidence."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("workspace"),
            QCoreApplication::translate("main", "The workspace file to open (*.signalbox.yaml)."),
            QStringLiteral("[workspace]"));
        parser.addOption(screenshot);
    }
};

bool asksForHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

// Help and version need no display: answered before a QApplication would look for one (and abort
// without it). QCommandLineParser prints and exits.
void answerHelpOrVersion(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    Settings settings;
    Translations translations;
    translations.install(settings.language());
    CommandLine commandLine;
    commandLine.parser.process(app);
}

Options parseCommandLine(const QApplication& app)
{
    CommandLine commandLine;
    commandLine.parser.process(app);
    return { commandLine.parser.positionalArguments().value(0), commandLine.parser.value(commandLine.screenshot) };
}

void takeScreenshots(MainWindow* window, const QString& directory)
{
    QString error;
    if (!saveScreenshots(window, directory, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::quit();
}
} // namespace

int main(int argc, char** argv)
{
    if (asksForHelpOrVersion(argc, argv))
        answerHelpOrVersion(argc, argv); // exits
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Signalbox"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/signalbox.svg")));

    Settings settings;
    Translations translations;
    translations.install(settings.language());
    applyTheme(settings.theme());
    QObject::connect(&settings, &Settings::themeChanged, &app, &applyTheme);

    const Options options = parseCommandLine(app);
    MainWindow window(&settings);
    if (!options.screenshotDir.isEmpty())
        window.resize(1280, 800);
    window.show();
    // Scheduled first, so that the pictures are taken even while a dialog about the start is open.
    if (!options.screenshotDir.isEmpty())
        QTimer::singleShot(0, &window, [&window, &options] { takeScreenshots(&window, options.screenshotDir); });
    window.openAtStart(options.workspace);
    return app.exec();
}
