// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsarea.h"

#include "charts/accuracyheatmap.h"
#include "charts/categoryscatterchart.h"
#include "charts/chartexport.h"
#include "charts/chartinteraction.h"
#include "charts/latencychart.h"
#include "charts/modelscatterchart.h"
#include "charts/stabilitychart.h"
#include "common/noticebanner.h"
#include "common/tablesetup.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "latestevidence/evidencecellsmodel.h"
#include "latestevidence/evidencechoice.h"
#include "resultsanalyser.h"
#include "resultsmatrix/resultsmatrixview.h"
#include "runcompare/runcomparisonview.h"
#include "runner/runcontroller.h"

#include <QComboBox>
#include <qcustomplot.h>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>

namespace {
const QLatin1String overviewSplitterKey("resultsOverviewSplitter");
const QLatin1String tabKey("resultsTab");

QString plotTitle(QCustomPlot* plot, const QString& fallback)
{
    if (plot->plotLayout()->rowCount() > 0) {
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
            title && !title->text().isEmpty())
            return title->text();
    }
    return fallback;
}
} // namespace

ResultsArea::ResultsArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_runs(runs)
    , m_analyser(new ResultsAnalyser(document, this))
{
    registerStatisticsMetaTypes();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTopRow());
    m_notice = new NoticeBanner(this);
    m_notice->setKind(NoticeBanner::Kind::Warning);
    layout->addWidget(m_notice);
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(40);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_tabs = new QTabWidget(m_stack);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    createPages();
    connectSignals();
    reload();
}

ResultsArea::~ResultsArea() = default;

QWidget* ResultsArea::createTopRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_runCombo = new QComboBox(row);
    m_runCombo->setObjectName(QStringLiteral("resultsRunCombo"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runCombo->setToolTip(tr("The evidence the charts show: the latest per category and model across runs, or "
                              "one run alone, newest first"));
    m_categoryCombo = new QComboBox(row);
    m_categoryCombo->setObjectName(QStringLiteral("resultsCategoryCombo"));
    m_categoryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_categoryCombo->setToolTip(tr("The category of the accuracy-vs-cost, latency and stability charts"));
    auto* runLabel = new QLabel(tr("&Evidence:"), row);
    runLabel->setBuddy(m_runCombo);
    auto* categoryLabel = new QLabel(tr("&Category:"), row);
    categoryLabel->setBuddy(m_categoryCombo);
    m_resetButton = new QToolButton(row);
    m_resetButton->setText(tr("Reset view"));
    m_resetButton->setToolTip(tr("Show the whole chart again after zooming (wheel) or panning (drag)"));
    connect(m_resetButton, &QToolButton::clicked, this, &ResultsArea::resetViews);
    m_exportButton = new QToolButton(row);
    m_exportButton->setText(tr("Export chart…"));
    m_exportButton->setToolTip(tr("Save a chart of this tab as PNG, SVG or PDF"));
    connect(m_exportButton, &QToolButton::clicked, this, &ResultsArea::showExportMenu);
    layout->addWidget(runLabel);
    layout->addWidget(m_runCombo);
    layout->addSpacing(12);
    layout->addWidget(categoryLabel);
    layout->addWidget(m_categoryCombo);
    layout->addStretch(1);
    layout->addWidget(m_resetButton);
    layout->addWidget(m_exportButton);
    return row;
}

void ResultsArea::createPages()
{
    m_categoryChart = new CategoryScatterChart(m_tabs);
    m_categoryChart->bindSelection(m_selection);
    m_tabs->addTab(m_categoryChart, tr("Accuracy vs cost"));
    m_overviewSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_heatmap = new AccuracyHeatmap(m_overviewSplitter);
    m_modelChart = new ModelScatterChart(m_overviewSplitter);
    m_modelChart->bindSelection(m_selection);
    m_overviewSplitter->addWidget(m_heatmap);
    m_overviewSplitter->addWidget(m_modelChart);
    m_tabs->addTab(m_overviewSplitter, tr("Overview"));
    connect(m_heatmap, &AccuracyHeatmap::modelClicked, m_selection, &Selection::setModel);
    connect(m_heatmap, &AccuracyHeatmap::cellClicked, this, [this](const QString& category, const QString& modelId) {
        m_selection->setCategory(category);
        m_selection->setModel(modelId);
    });
    m_latency = new LatencyChart(m_tabs);
    m_tabs->addTab(m_latency, tr("Latency"));
    m_stability = new StabilityChart(m_tabs);
    m_tabs->addTab(m_stability, tr("Stability"));
    m_matrix = new ResultsMatrixView(m_selection, m_tabs);
    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_comparison = new RunComparisonView(m_tabs);
    m_tabs->addTab(m_comparison, tr("Compare runs"));
    m_tabs->addTab(createEvidencePage(), tr("Evidence"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResultsArea::updateChartButtons);
}

// Where each cell's evidence comes from: its run and date, stale cells marked, cells never run.
QWidget* ResultsArea::createEvidencePage()
{
    m_evidenceModel = new EvidenceCellsModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_evidenceModel);
    proxy->setSortRole(EvidenceCellsModel::SortRole);
    m_evidenceView = new QTableView(m_tabs);
    m_evidenceView->setModel(proxy);
    m_evidenceView->setAccessibleName(tr("Where each category and model's evidence comes from"));
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->setSortingEnabled(true);
    m_evidenceView->sortByColumn(-1, Qt::AscendingOrder); // the workspace's order until a header is clicked
    m_evidenceView->verticalHeader()->hide();
    TableSetup::configure(m_evidenceView, EvidenceCellsModel::StateColumn, { 130, 150, 170, 140 });
    return m_evidenceView;
}

void ResultsArea::updateChartButtons()
{
    const bool charts = !currentPlots().isEmpty();
    m_resetButton->setVisible(charts);
    m_exportButton->setVisible(charts);
}

void ResultsArea::addPage(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

void ResultsArea::saveState(QSettings& settings) const
{
    settings.setValue(overviewSplitterKey, m_overviewSplitter->saveState());
    settings.setValue(tabKey, m_tabs->currentIndex());
    m_matrix->saveState(settings);
}

void ResultsArea::restoreState(const QSettings& settings)
{
    m_overviewSplitter->restoreState(settings.value(overviewSplitterKey).toByteArray());
    m_tabs->setCurrentIndex(settings.value(tabKey, 0).toInt());
    m_matrix->restoreState(settings);
    updateChartButtons();
}

QList<QCustomPlot*> ResultsArea::currentPlots() const
{
    QWidget* page = m_tabs->currentWidget();
    QList<QCustomPlot*> plots;
    for (QCustomPlot* plot : page ? page->findChildren<QCustomPlot*>() : QList<QCustomPlot*> {}) {
        if (!plot->isHidden()) // a chart with nothing to draw says what to do instead
            plots.append(plot);
    }
    return plots;
}

void ResultsArea::showExportMenu()
{
    const QList<QCustomPlot*> plots = currentPlots();
    const QString tabTitle = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    if (plots.size() == 1) {
        ChartExport::exportWithDialog(plots.first(), this, plotTitle(plots.first(), tabTitle));
        return;
    }
    QMenu menu(this);
    for (QCustomPlot* plot : plots) {
        const QString title = plotTitle(plot, tabTitle);
        menu.addAction(title, this, [this, plot, title] { ChartExport::exportWithDialog(plot, this, title); });
    }
    if (!menu.isEmpty())
        menu.exec(m_exportButton->mapToGlobal(QPoint(0, m_exportButton->height())));
}

void ResultsArea::resetViews()
{
    for (QCustomPlot* plot : currentPlots()) {
        if (ChartInteraction* interaction = ChartInteraction::of(plot))
            interaction->resetView();
    }
}

void ResultsArea::refreshCharts()
{
    const Workspace& workspace = m_document->workspace();
    const QString category = m_categoryCombo->currentData().toString();
    m_categoryChart->setAnalysis(workspace, m_analysis, category, m_cascades);
    m_modelChart->setAnalysis(workspace, m_analysis);
    m_heatmap->setAnalysis(m_analysis);
    m_latency->setAnalysis(m_analysis);
    m_latency->setCategory(category);
    m_stability->setAnalysis(m_analysis);
    m_stability->setCategory(category);
    m_matrix->setResults(workspace, m_results, category);
    updateChartButtons();
}
