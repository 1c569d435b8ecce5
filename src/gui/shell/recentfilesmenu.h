// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class Settings;

// File > Open Recent: the remembered workspaces, newest first. Files that have gone are dropped
// each time the menu opens.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(Settings* settings, QWidget* parent = nullptr);

    void rebuild();

Q_SIGNALS:
    void fileTriggered(const QString& path);

private:
    Settings* m_settings;
};
