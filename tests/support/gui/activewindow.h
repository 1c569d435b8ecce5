// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

// Shows the widget as the active window, so that focus and key clicks behave as for a user: true
// once the window system says it is active.
inline bool showAndActivate(QWidget* widget, QSize size = { 1200, 800 })
{
    widget->resize(size);
    widget->show();
    QApplication::setActiveWindow(widget);
    return QTest::qWaitForWindowActive(widget);
}
