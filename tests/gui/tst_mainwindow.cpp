// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/emptystate.h"
#include "document/editcommands.h"
#include "document/workspacedocument.h"
#include "scriptedprompts.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "shell/recentfilesmenu.h"
#include "shell/workspacefiles.h"
#include "testworkspace.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window->files()->setPrompts(std::move(prompts));
        m_window->document()->reset(testWorkspace());
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void shortcutSwitchesArea_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Area>("area");
        QTest::newRow("Ctrl+1") << int(Qt::Key_1) << Area::Workspace;
        QTest::newRow("Ctrl+2") << int(Qt::Key_2) << Area::Models;
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << Area::Runs;
        QTest::newRow("Ctrl+4") << int(Qt::Key_4) << Area::Results;
        QTest::newRow("Ctrl+5") << int(Qt::Key_5) << Area::Routing;
        QTest::newRow("Ctrl+6") << int(Qt::Key_6) << Area::Dispatcher;
        QTest::newRow("Ctrl+7") << int(Qt::Key_7) << Area::Shadow;
        QTest::newRow("Ctrl+8") << int(Qt::Key_8) << Area::Export;
    }

    void shortcutSwitchesArea()
    {
        QFETCH(int, key);
        QFETCH(Area, area);
        showWindow();
        if (area == Area::Workspace)
            m_window->setCurrentArea(Area::Export);
        QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(m_window->currentArea(), area);
        auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("areaStack"));
        QCOMPARE(stack->currentWidget(), m_window->areaWidget(area));
        QVERIFY(m_window->areaAction(area)->isChecked());
        auto* list = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        QCOMPARE(list->currentRow(), int(area));
    }

    void navigationListSwitchesArea()
    {
        auto* list = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        QCOMPARE(list->count(), 8);
        list->setCurrentRow(int(Area::Routing));
        QCOMPARE(m_window->currentArea(), Area::Routing);
        QVERIFY(m_window->areaAction(Area::Routing)->isChecked());
        QVERIFY(!m_window->areaAction(Area::Workspace)->isChecked());
    }

    void titleAndTopBarShowModification()
    {
        auto* name = m_window->findChild<QLabel*>(QStringLiteral("workspaceNameLabel"));
        QCOMPARE(name->text(), QStringLiteral("Support desk"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(!m_window->isWindowModified());
        editDescription();
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(name->text(), QStringLiteral("Support desk *"));
        m_window->document()->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(name->text(), QStringLiteral("Support desk"));
    }

    void statusBarSummarisesWorkspace()
    {
        auto* summary = m_window->findChild<QLabel*>(QStringLiteral("workspaceSummaryLabel"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("2 categories · 11 cases · 3 models"));
        Workspace workspace = testWorkspace();
        workspace.models.removeLast();
        m_window->document()->reset(workspace);
        QCOMPARE(summary->text(), QStringLiteral("2 categories · 11 cases · 2 models"));
    }

    void undoRedoInEditMenu()
    {
        const QList<QAction*> actions = m_window->findChildren<QAction*>();
        QAction* undo = nullptr;
        for (QAction* action : actions) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());
        editDescription();
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(!m_window->document()->isModified());
    }

    void closeAsksAboutUnsavedChanges_data()
    {
        QTest::addColumn<FilePrompts::Answer>("answer");
        QTest::addColumn<bool>("closed");
        QTest::newRow("cancel keeps the window") << FilePrompts::Answer::Cancel << false;
        QTest::newRow("discard closes it") << FilePrompts::Answer::Discard << true;
    }

    void closeAsksAboutUnsavedChanges()
    {
        QFETCH(FilePrompts::Answer, answer);
        QFETCH(bool, closed);
        showWindow();
        editDescription();
        m_prompts->answer = answer;
        QCOMPARE(m_window->close(), closed);
        QCOMPARE(m_prompts->saveChangesAsked, 1);
        QCOMPARE(m_window->isVisible(), !closed);
        QCOMPARE(m_window->document()->isModified(), true);
    }

    void closeWithoutChangesDoesNotAsk()
    {
        showWindow();
        m_window->setCurrentArea(Area::Results);
        QVERIFY(m_window->close());
        QCOMPARE(m_prompts->saveChangesAsked, 0);
        QCOMPARE(m_settings->currentArea(), QStringLiteral("results"));
        QVERIFY(!m_settings->windowGeometry().isEmpty());
    }

    void areaMenuFollowsCurrentArea()
    {
        const auto menuOf = [this](Area area) -> QAction* {
            const QString title = areaInfo(area).title.replace(u'&', QStringLiteral("&&"));
            for (QAction* action : m_window->menuBar()->actions()) {
                if (action->menu() && action->text() == title)
                    return action;
            }
            return nullptr;
        };
        QAction* workspaceMenu = menuOf(Area::Workspace);
        QAction* modelsMenu = menuOf(Area::Models);
        QVERIFY(workspaceMenu && modelsMenu);
        QVERIFY(menuOf(Area::Runs));
        QVERIFY(!menuOf(Area::Results));
        QCOMPARE(workspaceMenu->menu()->actions(), m_window->areaWidget(Area::Workspace)->actions());
        m_window->setCurrentArea(Area::Workspace);
        QVERIFY(workspaceMenu->isVisible());
        QVERIFY(!modelsMenu->isVisible());
        m_window->setCurrentArea(Area::Models);
        QVERIFY(!workspaceMenu->isVisible());
        QVERIFY(modelsMenu->isVisible());
        m_window->setCurrentArea(Area::Results);
        QVERIFY(!workspaceMenu->isVisible() && !modelsMenu->isVisible() && !menuOf(Area::Runs)->isVisible());
    }

    void closeSavesAreaStates()
    {
        showWindow();
        QVERIFY(m_window->close());
        m_settings->sync();
        QSettings raw(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        for (const Area area : { Area::Workspace, Area::Models, Area::Runs }) {
            raw.beginGroup(QStringLiteral("areas/") + areaInfo(area).key);
            QVERIFY2(!raw.childKeys().isEmpty() || !raw.childGroups().isEmpty(), qPrintable(areaInfo(area).key));
            raw.endGroup();
        }
    }

    void recentMenuPrunesMissingFiles()
    {
        const QString kept = m_dir->filePath(QStringLiteral("kept.signalbox.yaml"));
        const QString gone = m_dir->filePath(QStringLiteral("gone.signalbox.yaml"));
        QString error;
        QVERIFY(m_window->document()->save(kept, &error));
        m_settings->addRecentFile(kept);
        m_settings->addRecentFile(gone); // never existed
        auto* menu = m_window->findChild<RecentFilesMenu*>();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QCOMPARE(m_settings->recentFiles(), QStringList { kept });
        const QList<QAction*> actions = menu->actions();
        QVERIFY(actions.constFirst()->text().contains(QStringLiteral("kept.signalbox.yaml")));
        QCOMPARE(std::count_if(actions.begin(), actions.end(),
                               [](const QAction* a) { return a->text().contains(QStringLiteral(".signalbox.yaml")); }),
                 1);
    }

    void openAtStartFallsBackToSample()
    {
        m_settings->setLastWorkspace(m_dir->filePath(QStringLiteral("deleted.signalbox.yaml")));
        m_window->openAtStart(QString());
        QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(u'\n')));
        QVERIFY(m_window->document()->filePath().contains(QStringLiteral("samples")));
        QVERIFY(!m_window->document()->workspace().categories.isEmpty());
    }

    void openAtStartPrefersRequestedFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("requested.signalbox.yaml"));
        QString error;
        QVERIFY(m_window->document()->save(path, &error));
        m_window->document()->reset(Workspace {});
        m_window->openAtStart(path);
        QCOMPARE(m_window->document()->filePath(), path);
        QCOMPARE(m_window->document()->workspace(), readWorkspaceFile(path).workspace);
        QVERIFY(m_prompts->errors.isEmpty());
    }

private:
    void showWindow()
    {
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void editDescription()
    {
        WorkspaceDocument* document = m_window->document();
        const ItemPath path { ItemPath::List::Categories, -1, 0 };
        Category category = document->item(path).value<Category>();
        category.description = QStringLiteral("Edited");
        document->undoStack()->push(
            new SetItemCommand(document, path, QVariant::fromValue(category), QStringLiteral("Edit")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompts* m_prompts = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
