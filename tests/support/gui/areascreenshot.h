// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

// Grabs a widget at the size of a main window's content into SIGNALBOX_SCREENSHOT_DIR (if set)
// as name.png, to be looked at; returns the path written, or the empty string.
inline QString saveScreenshot(QWidget* widget, const QString& name, QSize size = { 1280, 800 })
{
    widget->resize(size);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return {};
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || pixmap.size() != size)
        return {};
    const QString dir = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return QStringLiteral("(not saved)");
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QLatin1String(".png"));
    return pixmap.save(path) ? path : QString();
}
