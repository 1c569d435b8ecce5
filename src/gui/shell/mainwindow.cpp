// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/emptystate.h"
#include "dispatcherarea/dispatcherarea.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "exportarea/exportarea.h"
#include "modelsarea/modelsarea.h"
#include "plannedareas.h"
#include "recentfilesmenu.h"
#include "resultsarea/resultsarea.h"
#include "routingarea/routingarea.h"
#include "runner/runcontroller.h"
#include "runsarea/runsarea.h"
#include "runstatusbar.h"
#include "sampleworkspace.h"
#include "settings/preferencesdialog.h"
#include "settings/settings.h"
#include "shadowarea/shadowarea.h"
#include "themedicon.h"
#include "ui_mainwindow.h"
#include "workspacearea/workspacearea.h"
#include "workspacefiles.h"
#include "workspacesummary.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QUndoStack>

namespace {
constexpr int statusMessageMs = 4000;
// What the Runs area found on opening (batches still open) stays longer: the window may not have the focus yet.
constexpr int areaNoticeMs = 15000;
constexpr int navigationRowHeight = 36;

// Area titles are plain text; in menus '&' marks the shortcut letter.
QString menuText(QString title)
{
    return title.replace(u'&', QStringLiteral("&&"));
}

int navigationWidth(const QListWidget* list, const QList<AreaInfo>& areas)
{
    int widest = 0;
    for (const AreaInfo& info : areas)
        widest = std::max(widest, list->fontMetrics().horizontalAdvance(info.title));
    const int padding = 4 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 24;
    return widest + list->iconSize().width() + padding;
}
} // namespace

MainWindow::MainWindow(Settings* settings, QWidget* parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_document(new WorkspaceDocument(this))
    , m_selection(new Selection(this))
    , m_runs(new RunController(this))
    , m_files(new WorkspaceFiles(m_document, settings, std::make_unique<DialogPrompts>(this), this))
{
    ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/signalbox.svg")));
    QFont nameFont = ui->workspaceNameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    ui->workspaceNameLabel->setFont(nameFont);

    setUpAreas();
    setUpFileMenu();
    setUpEditMenu();
    setUpViewMenu();
    setUpAreaMenus();
    setUpHelpMenu();
    setUpStatusBar();

    connect(m_document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::infoChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::itemInserted, this, &MainWindow::updateSummary);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &MainWindow::updateSummary);
    connect(m_document, &WorkspaceDocument::itemChanged, this, &MainWindow::updateSummary);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &MainWindow::updateSummary);
    connect(m_files, &WorkspaceFiles::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, statusMessageMs); });
    connect(m_settings, &Settings::writeFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });

    updateTitle();
    updateSummary();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpAreas()
{
    const QList<AreaInfo> areas = allAreas();
    for (const AreaInfo& info : areas) {
        auto* item = new QListWidgetItem(themedIcon(info.iconPath), info.title, ui->navigationList);
        item->setSizeHint(QSize(0, navigationRowHeight));
        ui->areaStack->addWidget(createAreaPage(info));
    }
    ui->navigationList->setFixedWidth(navigationWidth(ui->navigationList, areas));
    connect(ui->navigationList, &QListWidget::currentRowChanged, ui->areaStack, &QStackedWidget::setCurrentIndex);
    connect(ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QAction* action = m_areaActions ? m_areaActions->actions().value(row) : nullptr)
            action->setChecked(true);
    });
    ui->navigationList->setCurrentRow(0);
}

QWidget* MainWindow::createAreaPage(const AreaInfo& info)
{
    switch (info.area) {
    case Area::Workspace:
        return withState(info, new WorkspaceArea(m_document, m_selection, ui->areaStack));
    case Area::Models:
        return withState(info, new ModelsArea(m_document, m_selection, ui->areaStack));
    case Area::Runs: {
        auto* area = new RunsArea(m_document, m_selection, m_runs, ui->areaStack);
        connect(area, &RunsArea::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, areaNoticeMs); });
        return withState(info, area);
    }
    case Area::Results:
        return withState(info, new ResultsArea(m_document, m_selection, m_runs, ui->areaStack));
    case Area::Routing:
        return withState(info, new RoutingArea(m_document, m_selection, m_runs, ui->areaStack));
    case Area::Dispatcher:
        return withState(info, new DispatcherArea(m_document, m_selection, m_runs, ui->areaStack));
    case Area::Shadow:
        return withState(info, new ShadowArea(m_document, m_selection, m_runs, ui->areaStack));
    case Area::Export: {
        auto* area = new ExportArea(m_document, m_settings, areaInfo(Area::Routing).title, ui->areaStack);
        connect(area, &ExportArea::routingAreaRequested, this, [this] { setCurrentArea(Area::Routing); });
        return withState(info, area);
    }
    default:
        break;
    }
    auto* page = new EmptyState(ui->areaStack);
    page->setIcon(themedIcon(info.iconPath));
    const std::optional<PlannedArea> planned = plannedArea(info.area);
    Q_ASSERT(planned);
    page->setTitle(planned->title);
    page->setText(planned->text);
    page->setActionText(planned->actionText);
    if (const std::optional<Area> target = planned->actionTarget)
        connect(page, &EmptyState::actionTriggered, this, [this, target] { setCurrentArea(*target); });
    return page;
}

template <typename AreaWidget> QWidget* MainWindow::withState(const AreaInfo& info, AreaWidget* area)
{
    m_areaStates.insert(info.key,
                        { [area](QSettings& store) { area->saveState(store); },
                          [area](const QSettings& store) { area->restoreState(store); } });
    return area;
}

void MainWindow::setUpFileMenu()
{
    ui->newAction->setShortcut(QKeySequence::New);
    ui->openAction->setShortcut(QKeySequence::Open);
    ui->saveAction->setShortcut(QKeySequence::Save);
    ui->saveAsAction->setShortcut(QKeySequence::SaveAs);
    ui->quitAction->setShortcut(QKeySequence::Quit);
    m_recentMenu = new RecentFilesMenu(m_settings, this);
    ui->fileMenu->insertMenu(ui->openSampleAction, m_recentMenu);

    connect(ui->newAction, &QAction::triggered, m_files, &WorkspaceFiles::newWorkspace);
    connect(ui->openAction, &QAction::triggered, m_files, &WorkspaceFiles::open);
    connect(ui->openSampleAction, &QAction::triggered, m_files, &WorkspaceFiles::openSample);
    connect(ui->saveAction, &QAction::triggered, m_files, &WorkspaceFiles::save);
    connect(ui->saveAsAction, &QAction::triggered, m_files, &WorkspaceFiles::saveAs);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_recentMenu, &RecentFilesMenu::fileTriggered, m_files, &WorkspaceFiles::openFile);
}

void MainWindow::setUpEditMenu()
{
    QUndoStack* stack = m_document->undoStack();
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    QAction* first = ui->editMenu->actions().value(0);
    ui->editMenu->insertActions(first, { undo, redo });
    ui->preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
}

void MainWindow::setUpViewMenu()
{
    m_areaActions = new QActionGroup(this);
    const QList<AreaInfo> areas = allAreas();
    for (const AreaInfo& info : areas) {
        QAction* action = ui->viewMenu->addAction(themedIcon(info.iconPath), menuText(info.title));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(info.area))));
        action->setChecked(info.area == currentArea());
        m_areaActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, area = info.area] { setCurrentArea(area); });
    }
}

// The current area's actions get a menu of their own, between View and Help.
void MainWindow::setUpAreaMenus()
{
    for (const AreaInfo& info : allAreas()) {
        const QList<QAction*> actions = areaWidget(info.area)->actions();
        if (actions.isEmpty())
            continue;
        auto* menu = new QMenu(menuText(info.title), this);
        menu->addActions(actions);
        menuBar()->insertMenu(ui->helpMenu->menuAction(), menu);
        m_areaMenus.insert(int(info.area), menu->menuAction());
    }
    connect(ui->navigationList, &QListWidget::currentRowChanged, this, &MainWindow::updateAreaMenus);
    updateAreaMenus();
}

void MainWindow::updateAreaMenus()
{
    for (auto it = m_areaMenus.cbegin(); it != m_areaMenus.cend(); ++it)
        it.value()->setVisible(it.key() == int(currentArea()));
}

void MainWindow::setUpHelpMenu()
{
    connect(ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setUpStatusBar()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("workspaceSummaryLabel"));
    statusBar()->addPermanentWidget(m_summaryLabel);
    auto* runStatus = new RunStatusBar(m_runs, this);
    statusBar()->addWidget(runStatus);
    connect(runStatus, &RunStatusBar::openRunRequested, this, [this] { showLiveRun(false); });
    connect(runStatus, &RunStatusBar::errorsRequested, this, [this] { showLiveRun(true); });
    connect(runStatus, &RunStatusBar::resultsRequested, this, [this] { setCurrentArea(Area::Results); });
    connect(runStatus, &RunStatusBar::routingRequested, this, [this] { setCurrentArea(Area::Routing); });
}

void MainWindow::showLiveRun(bool errorsOnly)
{
    setCurrentArea(Area::Runs);
    auto* runs = qobject_cast<RunsArea*>(areaWidget(Area::Runs));
    if (!runs)
        return;
    runs->showRun(m_runs->run().id);
    if (errorsOnly)
        runs->showErrorsOnly();
}

Area MainWindow::currentArea() const
{
    return Area(std::max(0, ui->navigationList->currentRow()));
}

void MainWindow::setCurrentArea(Area area)
{
    ui->navigationList->setCurrentRow(int(area));
}

QWidget* MainWindow::areaWidget(Area area) const
{
    return ui->areaStack->widget(int(area));
}

QAction* MainWindow::areaAction(Area area) const
{
    return m_areaActions->actions().value(int(area));
}

void MainWindow::openAtStart(const QString& requestedPath)
{
    bool opened = false;
    if (!requestedPath.isEmpty()) {
        opened = m_files->load(requestedPath);
    } else {
        const QString last = m_settings->lastWorkspace();
        opened = !last.isEmpty() && QFileInfo::exists(last) && m_files->load(last);
        opened = opened || (QFileInfo::exists(bundledSampleDirectory()) && m_files->loadSample());
    }
    if (!opened)
        m_files->newWorkspace();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Signalbox"),
        tr("<h3>Signalbox %1</h3><p>A workbench for building routing maps for LLM applications from "
           "evidence: benchmark your task categories across models, compare accuracy against cost, and "
           "export the routing map for your gateway.</p><p>Licensed under the GNU General Public License, "
           "version 3 or later.</p>")
            .arg(QStringLiteral(SIGNALBOX_VERSION)));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->displayName() + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
    const QString name = m_document->workspace().name;
    const QString shown = name.isEmpty() ? m_document->displayName() : name;
    ui->workspaceNameLabel->setText(m_document->isModified() ? shown + QStringLiteral(" *") : shown);
    ui->workspaceNameLabel->setToolTip(m_document->workspace().description);
    ui->workspaceFileLabel->setText(QDir::toNativeSeparators(m_document->filePath()));
}

void MainWindow::updateSummary()
{
    m_summaryLabel->setText(workspaceSummary(m_document->workspace()));
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    for (auto it = m_areaStates.cbegin(); it != m_areaStates.cend(); ++it)
        m_settings->restoreAreaState(it.key(), it.value().restore);
    const QString key = m_settings->currentArea();
    for (const AreaInfo& info : allAreas()) {
        if (info.key == key)
            setCurrentArea(info.area);
    }
}

void MainWindow::saveWindowState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    for (auto it = m_areaStates.cbegin(); it != m_areaStates.cend(); ++it)
        m_settings->saveAreaState(it.key(), it.value().save);
    m_settings->setCurrentArea(areaInfo(currentArea()).key);
    m_settings->sync();
}
