// SPDX-License-Identifier: GPL-3.0-or-later
// The Dispatcher area's benchmark: run in the background, its figures computed on a pool thread
// against the newest completed run, and shown beside the routing map's projection.
#include "common/background.h"
#include "common/displayformat.h"
#include "common/elidedtooltips.h"
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "common/tablesetup.h"
#include "common/whenfinished.h"
#include "confusionheatmap.h"
#include "dispatcherarea.h"
#include "dispatcheredits.h"
#include "dispatchrulesmodel.h"
#include "document/resultsdatabase.h"
#include "document/workspacedocument.h"
#include "misroutesmodel.h"
#include "runner/runcontroller.h"
#include "workspacefile/caseimport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {
struct Computed {
    DispatchFigures figures;
    std::optional<EndToEndFigures> endToEnd;
};

Computed compute(const Workspace& workspace, const DispatchOutcome& outcome, const QList<ResultRecord>& results)
{
    QStringList categories;
    for (const Category& category : workspace.categories)
        categories.append(category.name);
    Computed computed { dispatchFigures(outcome.requests, outcome.dispatches, categories), std::nullopt };
    if (!results.isEmpty())
        computed.endToEnd = endToEndFigures(workspace, outcome.requests, outcome.dispatches, results);
    return computed;
}
} // namespace

QWidget* DispatcherArea::createBenchmarkBar()
{
    auto* bar = new QWidget(this);
    m_benchmark = new QPushButton(tr("Benchmark the dispatcher"), bar);
    m_benchmark->setToolTip(tr("Dispatch every category's test cases and measure the misroutes"));
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_sandbox = new QCheckBox(tr("Sandbox classifier (simulated)"), bar);
    m_sandbox->setToolTip(tr("The sandbox answers the classifier's calls, without API keys or cost"));
    m_sandbox->setChecked(true);
    m_progress = new QProgressBar(bar);
    m_progress->setMaximumWidth(160);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_benchmark);
    layout->addWidget(m_cancel);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_progress);
    layout->addStretch();
    setBenchmarking(false);
    return bar;
}

QWidget* DispatcherArea::createBenchmarkPane()
{
    auto* pane = new QWidget(this);
    m_benchmarkNotice = new NoticeBanner(pane);
    m_benchmarkNotice->setKind(NoticeBanner::Kind::Information);
    m_summary = new QLabel(pane);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endToEnd = new QTableWidget(3, 4, pane);
    m_endToEnd->setHorizontalHeaderLabels({ tr("Pass rate"), tr("Cost / 1k"), tr("Cases"), tr("Not evaluated") });
    m_endToEnd->setVerticalHeaderLabels(
        { tr("Deployed: dispatcher + map"), tr("Routing map's projection (perfect dispatch)"), tr("Best single model") });
    m_endToEnd->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endToEnd->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_endToEnd->horizontalHeader()->setStretchLastSection(true);
    ElidedToolTips::install(m_endToEnd, m_endToEnd->horizontalHeader());
    m_endToEnd->setMaximumHeight(m_endToEnd->horizontalHeader()->sizeHint().height() + 3 * TableSetup::compactRowHeight(m_endToEnd) + 8);
    m_endToEnd->verticalHeader()->setDefaultSectionSize(TableSetup::compactRowHeight(m_endToEnd));
    m_price = new QLabel(pane);
    m_price->setWordWrap(true);
    m_heatmap = new ConfusionHeatmap(pane);
    m_misroutesView = new QTableView(pane);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_misroutes);
    sorted->setSortRole(MisroutesModel::SortRole);
    m_misroutesView->setModel(sorted);
    m_misroutesView->setSortingEnabled(true);
    TableSetup::configure(m_misroutesView, MisroutesModel::AnswerColumn, {});
    m_resultsSplitter->addWidget(m_heatmap);
    m_resultsSplitter->addWidget(m_misroutesView);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createBenchmarkBar());
    layout->addWidget(m_benchmarkNotice);
    layout->addWidget(m_summary);
    layout->addWidget(m_endToEnd);
    layout->addWidget(m_price);
    layout->addWidget(m_resultsSplitter, 1);
    return pane;
}

void DispatcherArea::connectSignals()
{
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &DispatcherArea::reload);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &DispatcherArea::reload);
    connect(m_document, &WorkspaceDocument::dispatcherChanged, this, [this] {
        refreshEditor();
        if (m_outcome)
            m_benchmarkNotice->setText(tr("The dispatcher changed since this benchmark: run it again to measure it."));
    });
    connect(m_runs, &RunController::finished, this, &DispatcherArea::loadRuns);
    connect(m_loader, &RunsLoader::runsLoaded, this, &DispatcherArea::onRunsLoaded);
    connect(m_loader, &RunsLoader::resultsLoaded, this, &DispatcherArea::onResultsLoaded);
    connect(m_loader, &RunsLoader::failed, this, [this](const QString& message) {
        m_benchmarkNotice->setText(tr("The results database could not be read: %1").arg(message));
    });
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentChanged, this, &DispatcherArea::updateRuleButtons);
    connect(m_addRule, &QPushButton::clicked, this, &DispatcherArea::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &DispatcherArea::removeRule);
    connect(m_ruleUp, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ruleDown, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_classifierModel, &QComboBox::currentIndexChanged, this, &DispatcherArea::onClassifierEdited);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &DispatcherArea::onClassifierEdited);
    connect(m_fallback, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            DispatcherEdits::setFallback(m_document, m_fallback->currentData().toString());
    });
    connect(m_testInput, &QPlainTextEdit::textChanged, this, &DispatcherArea::updateTest);
    connect(m_benchmark, &QPushButton::clicked, this, &DispatcherArea::startBenchmark);
    connect(m_cancel, &QPushButton::clicked, m_runner, &DispatchBenchmark::cancel);
    connect(m_runner, &DispatchBenchmark::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &DispatchBenchmark::finished, this, &DispatcherArea::onOutcome);
    connect(m_runner, &DispatchBenchmark::cancelled, this, [this] {
        setBenchmarking(false);
        m_benchmarkNotice->setText(tr("Benchmark cancelled; the classifier's answers so far are cached."));
    });
    connect(m_runner, &DispatchBenchmark::failed, this, [this](const QString& message) {
        setBenchmarking(false);
        m_benchmarkNotice->setText(tr("The benchmark failed: %1").arg(message));
    });
}

bool DispatcherArea::isBenchmarking() const
{
    return m_runner->isRunning();
}

void DispatcherArea::setBenchmarking(bool running)
{
    m_benchmark->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
}

QString DispatcherArea::classifierDatabase()
{
    if (!m_document->filePath().isEmpty())
        return dispatcherDatabasePath(m_document->filePath());
    if (!m_scratch)
        m_scratch = std::make_unique<QTemporaryDir>();
    return m_scratch->filePath(QStringLiteral("untitled.signalbox.dispatcher.db"));
}

void DispatcherArea::startBenchmark()
{
    const Workspace& workspace = m_document->workspace();
    const QString sample = workspace.dispatcher && !workspace.dispatcher->sample.isEmpty()
        ? resolveCasesPath(workspace.dispatcher->sample, m_document->filePath())
        : QString();
    const LabelledTraffic traffic = sample.isEmpty() ? trafficFromCases(workspace) : readLabelledSample(sample, workspace);
    if (!traffic.errors.isEmpty()) {
        m_benchmarkNotice->setText(tr("The labelled sample has errors: %1").arg(traffic.errors.constFirst().toString()));
        return;
    }
    if (traffic.requests.isEmpty()) {
        m_benchmarkNotice->setText(tr("No test cases to dispatch: add cases to the categories first."));
        return;
    }
    m_benchmarkNotice->setText(QString());
    setBenchmarking(true);
    if (!m_runner->start(workspace, traffic.requests, classifierDatabase(), m_sandbox->isChecked()))
        setBenchmarking(false);
}

void DispatcherArea::loadRuns()
{
    const QString database = resultsDatabasePath(m_document);
    if (!database.isEmpty())
        m_loader->loadRuns(database);
}

// The newest completed benchmark run (not a shadow run) scores the end-to-end figures.
void DispatcherArea::onRunsLoaded(const QList<RunSummary>& runs)
{
    for (const RunSummary& summary : runs) {
        if (summary.run.status == RunStatus::Completed && summary.run.settings.shadow.isEmpty()) {
            m_sandbox->setChecked(summary.run.simulated);
            if (summary.run.id != m_run.id) {
                m_run = summary.run;
                m_loader->loadResults(resultsDatabasePath(m_document), m_run.id);
            }
            return;
        }
    }
}

void DispatcherArea::onResultsLoaded(const QString& runId, const QList<ResultRecord>& results)
{
    if (runId != m_run.id)
        return;
    m_results = results;
    computeFigures();
}

void DispatcherArea::onOutcome(const DispatchOutcome& outcome)
{
    setBenchmarking(false);
    m_outcome = outcome;
    computeFigures();
}

void DispatcherArea::computeFigures()
{
    if (!m_outcome)
        return;
    const quint64 generation = ++m_generation;
    whenFinished(this, Background::run(compute, m_document->workspace(), *m_outcome, m_results),
                 [this, generation](const Computed& computed) {
                     if (generation != m_generation)
                         return;
                     m_figures = computed.figures;
                     m_endToEndFigures = computed.endToEnd;
                     showFigures();
                     Q_EMIT benchmarkShown();
                 });
}
