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

Options parseCommandLine(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Build routing maps for LLM applications from evidence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "The workspace file to open (*.signalbox.yaml)."),
                                 QStringLiteral("[workspace]"));
    // For reviewing the interface under xvfb; not a user feature, so not in --help.
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of every area into <dir>, then quit."),
        QStringLiteral("dir"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);
    return { parser.positionalArguments().value(0), parser.value(screenshot) };
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
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("signalbox"));
    QCoreApplication::setApplicationName(QStringLiteral("signalbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));
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
