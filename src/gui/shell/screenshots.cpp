// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "dispatcherarea/dispatcherarea.h"
#include "exportarea/exportarea.h"
#include "exportarea/exportscreenshots.h"
#include "fileio/atomicwrite.h"
#include "mainwindow.h"
#include "resultsarea/resultsarea.h"
#include "routingarea/routingarea.h"
#include "settings/preferencesdialog.h"
#include "settings/settings.h"
#include "settings/theme.h"
#include "shadowarea/shadowarea.h"
#include "shadowarea/shadowview.h"

#include <functional>
#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>

namespace {
struct Screenshots {
    Q_DECLARE_TR_FUNCTIONS(Screenshots)
};

bool savePixmap(const QPixmap& pixmap, const QString& path, QString* errorMessage)
{
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!pixmap.save(&png, "PNG")) {
        *errorMessage = Screenshots::tr("Could not draw %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return writeFileAtomically(path, png.data(), errorMessage);
}
template <typename AreaWidget> void waitUntilLoaded(const AreaWidget* area)
{
    const QDeadlineTimer deadline(20000);
    while (area->isBusy() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

// Runs shoot once in the light and once in the dark theme, with the theme's key name ("light",
// "dark"), then puts the user's theme back, also when a shot fails.
bool inEachTheme(MainWindow* window, const std::function<bool(const QString&)>& shoot)
{
    const Settings::Theme theme = window->settings()->theme();
    bool ok = true;
    for (const Settings::Theme shot : { Settings::Theme::Light, Settings::Theme::Dark }) {
        applyTheme(shot);
        QApplication::processEvents();
        ok = ok && shoot(Settings::themeKeyName(shot));
    }
    applyTheme(theme);
    return ok;
}

// Each tab of the Results area, in the light and the dark theme: results-<n>-<light|dark>.png.
bool saveResultsTabs(MainWindow* window, const QDir& dir, QString* errorMessage)
{
    window->setCurrentArea(Area::Results);
    auto* area = qobject_cast<ResultsArea*>(window->areaWidget(Area::Results));
    if (!area)
        return true;
    waitUntilLoaded(area);
    const int shownTab = area->tabs()->currentIndex();
    const bool ok = inEachTheme(window, [&](const QString& themeName) {
        for (int tab = 0; tab < area->tabs()->count(); ++tab) {
            area->tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            const QString name = QStringLiteral("results-%1-%2.png").arg(tab + 1).arg(themeName);
            if (!savePixmap(window->grab(), dir.filePath(name), errorMessage))
                return false;
        }
        return true;
    });
    area->tabs()->setCurrentIndex(shownTab);
    return ok;
}

// The window as it is, in the light and the dark theme: <name>-<light|dark>.png.
bool saveInEachTheme(MainWindow* window, const QDir& dir, const QString& name, QString* errorMessage)
{
    return inEachTheme(window, [&](const QString& themeName) {
        return savePixmap(window->grab(), dir.filePath(name + u'-' + themeName + u".png"), errorMessage);
    });
}

// The Shadow compare area on its first case whose answers differ: shadow-<light|dark>.png.
bool saveShadowArea(MainWindow* window, const QDir& dir, QString* errorMessage)
{
    window->setCurrentArea(Area::Shadow);
    auto* area = qobject_cast<ShadowArea*>(window->areaWidget(Area::Shadow));
    if (!area)
        return true;
    waitUntilLoaded(area);
    area->view()->nextDifference();
    return saveInEachTheme(window, dir, QStringLiteral("shadow"), errorMessage);
}

// The Export area's preview and its diff against an earlier export, in the light and the dark theme:
// export-<light|dark>.png, export-diff-<light|dark>.png.
bool saveExportShots(MainWindow* window, const QDir& dir, QString* errorMessage)
{
    window->setCurrentArea(Area::Export);
    auto* area = qobject_cast<ExportArea*>(window->areaWidget(Area::Export));
    if (!area)
        return true;
    return inEachTheme(window, [&](const QString& themeName) {
        return showExportScreenshots(area, window->settings(), dir.path(), [&](const QString& name) {
            return savePixmap(window->grab(), dir.filePath(name + u'-' + themeName + u".png"), errorMessage);
        });
    });
}

// The Routing area with its first category selected: routing-<light|dark>.png.
bool saveRoutingArea(MainWindow* window, const QDir& dir, QString* errorMessage)
{
    window->setCurrentArea(Area::Routing);
    auto* area = qobject_cast<RoutingArea*>(window->areaWidget(Area::Routing));
    if (!area)
        return true;
    waitUntilLoaded(area);
    return saveInEachTheme(window, dir, QStringLiteral("routing"), errorMessage);
}

// The Dispatcher area after a benchmark of the sample's cases, with a request in its test box:
// dispatcher-<light|dark>.png.
bool saveDispatcherArea(MainWindow* window, const QDir& dir, QString* errorMessage)
{
    window->setCurrentArea(Area::Dispatcher);
    auto* area = qobject_cast<DispatcherArea*>(window->areaWidget(Area::Dispatcher));
    if (!area || area->showsEmptyState())
        return true;
    area->testInput()->setPlainText(Screenshots::tr("I was charged twice for order LH-4829173, please refund one."));
    QEventLoop loop;
    QObject::connect(area, &DispatcherArea::benchmarkShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    area->startBenchmark();
    if (area->isBenchmarking())
        loop.exec();
    return saveInEachTheme(window, dir, QStringLiteral("dispatcher"), errorMessage);
}
} // namespace

bool saveScreenshots(MainWindow* window, const QString& directory, QString* errorMessage)
{
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *errorMessage = Screenshots::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const Area shown = window->currentArea();
    const QList<AreaInfo> areas = allAreas();
    for (const AreaInfo& info : areas) {
        window->setCurrentArea(info.area);
        QApplication::processEvents();
        if (!savePixmap(window->grab(), dir.filePath(info.key + QStringLiteral(".png")), errorMessage))
            return false;
    }
    if (!saveResultsTabs(window, dir, errorMessage) || !saveShadowArea(window, dir, errorMessage)
        || !saveExportShots(window, dir, errorMessage) || !saveRoutingArea(window, dir, errorMessage)
        || !saveDispatcherArea(window, dir, errorMessage))
        return false;
    window->setCurrentArea(shown);

    PreferencesDialog preferences(window->settings(), window);
    preferences.adjustSize();
    preferences.show();
    QApplication::processEvents();
    const bool ok = savePixmap(preferences.grab(), dir.filePath(QStringLiteral("preferences.png")), errorMessage);
    preferences.hide();
    return ok;
}
