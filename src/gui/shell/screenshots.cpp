// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "mainwindow.h"
#include "settings/preferencesdialog.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

namespace {
struct Screenshots {
    Q_DECLARE_TR_FUNCTIONS(Screenshots)
};

bool savePixmap(const QPixmap& pixmap, const QString& path, QString* errorMessage)
{
    if (pixmap.save(path))
        return true;
    *errorMessage = Screenshots::tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return false;
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
    window->setCurrentArea(shown);

    PreferencesDialog preferences(window->settings(), window);
    preferences.adjustSize();
    preferences.show();
    QApplication::processEvents();
    const bool ok = savePixmap(preferences.grab(), dir.filePath(QStringLiteral("preferences.png")), errorMessage);
    preferences.hide();
    return ok;
}
