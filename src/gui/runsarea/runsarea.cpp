// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsarea.h"

#include "common/emptystateoverlay.h"
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "common/tablesetup.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "resultdetailpanel.h"
#include "resultsfilterproxy.h"
#include "resultstablemodel.h"
#include "runner/runcontroller.h"
#include "runprompts.h"
#include "runsetuppanel.h"
#include "ui_runsarea.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>

namespace {
const QLatin1String mainSplitterKey("mainSplitter");
const QLatin1String resultsSplitterKey("resultsSplitter");
const QLatin1String resultsHeaderKey("resultsHeader");
const QLatin1String historyHeaderKey("historyHeader");
const QLatin1String sideTabKey("sideTab");

} // namespace

RunsArea::RunsArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RunsArea>())
    , m_document(document)
    , m_selection(selection)
    , m_runs(runs)
    , m_prompts(std::make_unique<DialogRunPrompts>(this))
    , m_setup(new RunSetupPanel(document, this))
    , m_results(new ResultsTableModel(this))
    , m_proxy(new ResultsFilterProxy(this))
    , m_history(new RunHistoryModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
    , m_detail(new ResultDetailPanel(this))
    , m_loader(new RunsLoader(this))
    , m_notice(new NoticeBanner(this))
    , m_openBatchesNotice(new NoticeBanner(this))
{
    ui->setupUi(this);
    setUpViews();
    setUpHistory();
    setUpOpenBatches();
    createActions();
    connectDocument();
    connectRuns();
    connect(selection, &Selection::runChanged, this, &RunsArea::followSelection);
    onWorkspaceReset();
}

RunsArea::~RunsArea() = default;

void RunsArea::setPrompts(std::unique_ptr<RunPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void RunsArea::setUpViews()
{
    ui->sideTabs->insertTab(0, m_setup, tr("Set up"));
    ui->sideTabs->setCurrentIndex(0);
    ui->resultsSplitter->addWidget(m_detail);
    // The run's title on a line of its own and long texts wrapping: the header with its buttons must
    // not widen the window when a run starts. The badge is short, and a badge on two lines is no badge.
    ui->runHeader->removeWidget(ui->runTitle);
    ui->liveLayout->insertWidget(0, ui->runTitle);
    for (QLabel* label : { ui->runStatusLabel, ui->cachedLabel, ui->passedLabel })
        label->setWordWrap(true);
    ui->noticeLayout->addWidget(m_notice);
    m_proxy->setResultsModel(m_results);
    ui->resultsView->setModel(m_proxy);
    ui->resultsView->sortByColumn(-1, Qt::AscendingOrder);
    TableSetup::configure(ui->resultsView, ResultsTableModel::ErrorColumn, {});
    m_empty = new EmptyStateOverlay(ui->resultsView);
    ui->filterEdit->setPlaceholderText(tr("Filter by category, case, model or error"));
    ui->showCombo->addItem(tr("All results"), int(ResultsFilterProxy::Show::All));
    ui->showCombo->addItem(tr("Failures only"), int(ResultsFilterProxy::Show::FailuresOnly));
    ui->showCombo->addItem(tr("Errors only"), int(ResultsFilterProxy::Show::ErrorsOnly));
    ui->showCombo->setToolTip(
        tr("Failures: answers that did not pass their scorers. Errors: calls that got no usable answer."));
    ui->simulatedBadge->setText(tr("Simulated by the sandbox"));
    ui->simulatedBadge->setToolTip(tr("The answers of this run came from simulated models, not from the providers"));
    ui->simulatedBadge->setStyleSheet(QStringLiteral("QLabel { background-color: #7d5ba6; color: white; border-radius: "
                                                     "3px; padding: 1px 6px; font-weight: bold; }"));
    QFont title = ui->runTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    ui->runTitle->setFont(title);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({ 480, 800 }); // the set-up fits at 1280 pixels
    ui->resultsSplitter->setStretchFactor(0, 3);
    ui->resultsSplitter->setStretchFactor(1, 2);
    ui->resultsSplitter->setSizes({ 470, 330 });

    connect(ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateCounts();
    });
    connect(ui->showCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setShow(ResultsFilterProxy::Show(ui->showCombo->currentData().toInt()));
        updateCounts();
    });
    ui->errorsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(ui->errorsButton, &QToolButton::clicked, this, &RunsArea::showErrorsOnly);
    connect(ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunsArea::onResultChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RunsArea::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunsArea::updateCounts);
    connect(m_setup, &RunSetupPanel::planChanged, this, [this] {
        updateActions();
        updateEmptyMessage();
    });
}

void RunsArea::setUpHistory()
{
    ui->sideTabs->setTabText(1, tr("History"));
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(RunHistoryModel::SortRole);
    ui->historyView->setModel(m_historyProxy);
    ui->historyView->sortByColumn(-1, Qt::AscendingOrder);
    TableSetup::configure(ui->historyView, RunHistoryModel::SpentColumn, {});
    ui->historyView->setColumnHidden(RunHistoryModel::ResultsColumn, true); // in the status's tool tip
    ui->historyView->setColumnHidden(RunHistoryModel::ModeColumn, true); // "simulated $0.23" says it
    ui->historyView->verticalHeader()->setDefaultSectionSize(ui->historyView->fontMetrics().height() + 6);
    ui->historyHint->setWordWrap(true);
    ui->historyHint->setForegroundRole(QPalette::PlaceholderText);
    auto* empty = new EmptyStateOverlay(ui->historyView);
    empty->setMessage(tr("No runs yet."));
    connect(ui->historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunsArea::onHistoryRowChanged);
    connect(m_loader, &RunsLoader::runsLoaded, this, &RunsArea::onRunsLoaded);
    connect(m_loader, &RunsLoader::resultsLoaded, this, &RunsArea::onResultsLoaded);
    connect(m_loader, &RunsLoader::failed, this, [this](const QString& message) {
        m_notice->setKind(NoticeBanner::Kind::Warning);
        m_notice->setText(tr("The results database could not be read: %1").arg(message));
        updateEmptyMessage();
        findOpenBatches(resultsDatabasePath(m_document)); // says nothing of batches it cannot read
    });
}

void RunsArea::connectDocument()
{
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &RunsArea::onWorkspaceReset);
    connect(m_document, &WorkspaceDocument::itemChanged, this, &RunsArea::onWorkspaceChanged);
    connect(m_document, &WorkspaceDocument::itemInserted, this, &RunsArea::onWorkspaceChanged);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &RunsArea::onWorkspaceChanged);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, [this] {
        updateActions();
        loadHistory();
    });
}

void RunsArea::connectRuns()
{
    connect(m_runs, &RunController::started, this, &RunsArea::onStarted);
    connect(m_runs, &RunController::resultsAvailable, this, &RunsArea::onResults);
    connect(m_runs, &RunController::progressChanged, this, &RunsArea::onProgress);
    connect(m_runs, &RunController::finished, this, &RunsArea::onFinished);
    connect(m_runs, &RunController::failed, this, &RunsArea::onFailed);
}

void RunsArea::onWorkspaceChanged()
{
    m_detail->setWorkspace(m_document->workspace());
    updateModelLabels();
    updateRunHeader();
}

void RunsArea::onWorkspaceReset()
{
    m_shown = {};
    m_liveBuffer.clear();
    m_loader->dropResults();
    m_results->clear();
    m_detail->clear();
    m_notice->setText({});
    m_historyEverLoaded = false;
    onWorkspaceChanged();
    loadHistory();
    updateActions();
    updateEmptyMessage();
}

void RunsArea::followSelection(const QString& runId)
{
    if (!runId.isEmpty() && runId != m_shown.id && m_history->rowOf(runId) >= 0)
        showRun(runId);
}

void RunsArea::saveState(QSettings& settings) const
{
    settings.setValue(mainSplitterKey, ui->mainSplitter->saveState());
    settings.setValue(resultsSplitterKey, ui->resultsSplitter->saveState());
    settings.setValue(resultsHeaderKey, ui->resultsView->horizontalHeader()->saveState());
    settings.setValue(historyHeaderKey, ui->historyView->horizontalHeader()->saveState());
    settings.setValue(sideTabKey, ui->sideTabs->currentIndex());
    m_setup->saveState(settings);
    m_detail->saveState(settings);
}

void RunsArea::restoreState(const QSettings& settings)
{
    ui->mainSplitter->restoreState(settings.value(mainSplitterKey).toByteArray());
    ui->resultsSplitter->restoreState(settings.value(resultsSplitterKey).toByteArray());
    ui->resultsView->horizontalHeader()->restoreState(settings.value(resultsHeaderKey).toByteArray());
    ui->historyView->horizontalHeader()->restoreState(settings.value(historyHeaderKey).toByteArray());
    ui->sideTabs->setCurrentIndex(settings.value(sideTabKey, 0).toInt());
    m_setup->restoreState(settings);
    m_detail->restoreState(settings);
}
