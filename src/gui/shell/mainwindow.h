// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areas.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QSettings;
class RecentFilesMenu;
class RunController;
class Selection;
class Settings;
class WorkspaceDocument;
class WorkspaceFiles;

namespace Ui {
class MainWindow;
}

// The application window: a top bar naming the workspace, a navigation list on the left switching
// the areas (Ctrl+1..7), the File/Edit/View/Help menus, and a status bar with the workspace summary.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Settings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument* document() const { return m_document; }
    Selection* selection() const { return m_selection; }
    WorkspaceFiles* files() const { return m_files; }
    Settings* settings() const { return m_settings; }

    Area currentArea() const;
    void setCurrentArea(Area area);
    QWidget* areaWidget(Area area) const;
    QAction* areaAction(Area area) const;

    // The requested file; without one the last workspace, else the bundled sample, else an empty one.
    void openAtStart(const QString& requestedPath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpAreas();
    QWidget* createAreaPage(const AreaInfo& info);
    template <typename AreaWidget> QWidget* withState(const AreaInfo& info, AreaWidget* area);
    void setUpFileMenu();
    void setUpEditMenu();
    void setUpViewMenu();
    void setUpAreaMenus();
    void updateAreaMenus();
    void setUpHelpMenu();
    void setUpStatusBar();
    void showLiveRun(bool errorsOnly);
    void showPreferences();
    void showAbout();
    void updateTitle();
    void updateSummary();
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Ui::MainWindow> ui;
    Settings* m_settings;
    WorkspaceDocument* m_document;
    Selection* m_selection;
    RunController* m_runs;
    WorkspaceFiles* m_files;
    RecentFilesMenu* m_recentMenu = nullptr;
    QActionGroup* m_areaActions = nullptr;
    QLabel* m_summaryLabel = nullptr;
    struct AreaState {
        std::function<void(QSettings&)> save;
        std::function<void(const QSettings&)> restore;
    };
    QHash<QString, AreaState> m_areaStates; // by area key, for the areas with splitters and headers
    QHash<int, QAction*> m_areaMenus; // by Area
};
