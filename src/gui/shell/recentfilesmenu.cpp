// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(Settings* settings, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, [this] {
        m_settings->pruneRecentFiles();
        rebuild();
    });
    // Queued: the change may come from one of this menu's own actions, which rebuild() deletes.
    connect(m_settings, &Settings::recentFilesChanged, this, &RecentFilesMenu::rebuild, Qt::QueuedConnection);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // Numbered accelerators 1..9, then 0, as the keyboard has them.
        const QString accelerator = i < 9 ? QString::number(i + 1) : QStringLiteral("0");
        QAction* action = addAction(u'&' + accelerator + QStringLiteral("  ") + QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileTriggered(path); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), m_settings, &Settings::clearRecentFiles);
}
