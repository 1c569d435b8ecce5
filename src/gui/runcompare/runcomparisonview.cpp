// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparisonview.h"

#include "common/emptystateoverlay.h"
#include "common/tablesetup.h"
#include "comparisonfilterproxy.h"
#include "runcomparer.h"
#include "runcomparisonmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString runLabel(const RunInfo& run)
{
    QString text = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    if (run.status != RunStatus::Completed)
        text += u" \u00b7 " + runStatusDisplayName(run.status);
    if (run.simulated)
        text += u" \u00b7 " + RunComparisonView::tr("simulated");
    return text;
}

QString runToolTip(const RunSummary& summary)
{
    return RunComparisonView::tr("Run %1: %n result(s)\nCategories: %2\nModels: %3", nullptr, int(summary.resultCount))
        .arg(summary.run.id, summary.run.categories.join(QStringLiteral(", ")),
             summary.run.modelIds.join(QStringLiteral(", ")));
}
} // namespace

bool shareCategories(const RunInfo& first, const RunInfo& second)
{
    return std::any_of(first.categories.cbegin(), first.categories.cend(),
                       [&](const QString& category) { return second.categories.contains(category); });
}

RunComparisonView::RunComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_comparer(new RunComparer(this))
    , m_model(new RunComparisonModel(this))
    , m_filter(new ComparisonFilterProxy(this))
{
    m_filter->setSourceModel(m_model);
    buildLayout();
    connect(m_comparer, &RunComparer::compared, this, &RunComparisonView::showComparison);
    connect(m_comparer, &RunComparer::failed, this, &RunComparisonView::showFailure);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &RunComparisonView::refresh);
    connect(m_current, &QComboBox::currentIndexChanged, this, &RunComparisonView::refresh);
    connect(m_onlyChanges, &QCheckBox::toggled, this, &RunComparisonView::setOnlyChanges);
    refresh();
}

RunComparisonView::~RunComparisonView() = default;

void RunComparisonView::buildLayout()
{
    m_baseline = new QComboBox(this);
    m_current = new QComboBox(this);
    for (QComboBox* combo : { m_baseline, m_current })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_onlyChanges = new QCheckBox(tr("Only regressions and improvements"), this);
    auto* choice = new QHBoxLayout;
    auto* baselineLabel = new QLabel(tr("&Baseline:"), this);
    baselineLabel->setBuddy(m_baseline);
    auto* currentLabel = new QLabel(tr("C&urrent:"), this);
    currentLabel->setBuddy(m_current);
    choice->addWidget(baselineLabel);
    choice->addWidget(m_baseline);
    choice->addSpacing(12);
    choice->addWidget(currentLabel);
    choice->addWidget(m_current);
    choice->addStretch();
    choice->addWidget(m_onlyChanges);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    TableSetup::configure(m_table, RunComparisonModel::FlagColumn, { 170, 150, 130, 130, 90, 150, 80 });
    m_empty = new EmptyStateOverlay(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void RunComparisonView::setSource(const Workspace& workspace, const QString& databasePath)
{
    m_workspace = workspace;
    m_databasePath = databasePath;
    refresh();
}

void RunComparisonView::setRuns(const QList<RunSummary>& runs)
{
    const QString current = summaryOf(currentRunId()) ? currentRunId() : QString();
    const QString baseline = summaryOf(baselineRunId()) ? baselineRunId() : QString();
    m_runs = runs;
    const QString newCurrent = summaryOf(current) ? current : (runs.isEmpty() ? QString() : runs.constFirst().run.id);
    const QString newBaseline = summaryOf(baseline) ? baseline : defaultBaseline(newCurrent);
    fillCombo(m_current, newCurrent);
    fillCombo(m_baseline, newBaseline);
    refresh();
}

void RunComparisonView::fillCombo(QComboBox* combo, const QString& keepRunId)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const RunSummary& summary : std::as_const(m_runs)) {
        combo->addItem(runLabel(summary.run), summary.run.id);
        combo->setItemData(combo->count() - 1, runToolTip(summary), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(combo->findData(keepRunId));
}

QString RunComparisonView::defaultBaseline(const QString& currentRunId) const
{
    const RunSummary* current = summaryOf(currentRunId);
    if (!current)
        return {};
    // Runs are newest first: the first other run after the current one that shares a category.
    const qsizetype from = std::distance(m_runs.data(), current) + 1;
    for (qsizetype i = from; i < m_runs.size(); ++i) {
        if (shareCategories(m_runs.at(i).run, current->run))
            return m_runs.at(i).run.id;
    }
    return from < m_runs.size() ? m_runs.at(from).run.id : QString();
}

const RunSummary* RunComparisonView::summaryOf(const QString& runId) const
{
    const auto found = std::find_if(m_runs.cbegin(), m_runs.cend(),
                                    [&](const RunSummary& summary) { return summary.run.id == runId; });
    return runId.isEmpty() || found == m_runs.cend() ? nullptr : &*found;
}

void RunComparisonView::selectRuns(const QString& baselineRunId, const QString& currentRunId)
{
    {
        const QSignalBlocker baselineBlocker(m_baseline);
        const QSignalBlocker currentBlocker(m_current);
        m_baseline->setCurrentIndex(m_baseline->findData(baselineRunId));
        m_current->setCurrentIndex(m_current->findData(currentRunId));
    }
    refresh();
}

QString RunComparisonView::baselineRunId() const
{
    return m_baseline->currentData().toString();
}

QString RunComparisonView::currentRunId() const
{
    return m_current->currentData().toString();
}

void RunComparisonView::setOnlyChanges(bool only)
{
    const QSignalBlocker blocker(m_onlyChanges);
    m_onlyChanges->setChecked(only);
    m_filter->setOnlyChanges(only);
    updateEmptyMessage();
}

bool RunComparisonView::isComparing() const
{
    return m_comparer->isComparing();
}

QString RunComparisonView::summaryText() const
{
    return m_summary->text();
}

QString RunComparisonView::emptyMessage() const
{
    return m_empty->isShown() ? m_empty->message() : QString();
}

void RunComparisonView::refresh()
{
    m_comparer->cancel();
    m_model->clear();
    const RunSummary* baseline = summaryOf(baselineRunId());
    const RunSummary* current = summaryOf(currentRunId());
    if (explainWhyNot(baseline, current))
        return;
    showState(tr("Comparing the runs\u2026"));
    m_comparer->compare(m_workspace, m_databasePath, baseline->run.id, current->run.id);
}

// Says why the chosen runs cannot be compared, if they cannot; false when they can.
bool RunComparisonView::explainWhyNot(const RunSummary* baseline, const RunSummary* current)
{
    if (m_runs.size() < 2)
        showState(tr("Comparing needs two runs: run the benchmark again (after changing a prompt, a model or "
                     "its price), then choose a baseline and a current run here."));
    else if (!baseline || !current)
        showState(tr("Choose a baseline run and a current run to compare."));
    else if (baseline == current)
        showState(tr("The baseline and the current run are the same run: choose two different runs."));
    else if (!shareCategories(baseline->run, current->run))
        showState(tr("These runs share no categories (%1 against %2): choose two runs of the same categories.")
                      .arg(baseline->run.categories.join(QStringLiteral(", ")),
                           current->run.categories.join(QStringLiteral(", "))));
    else if (m_databasePath.isEmpty())
        showState(tr("No results database: save the workspace and run its benchmark."));
    else
        return false;
    return true;
}

// Said once, across the empty table; the summary line above it is for the figures of a comparison.
void RunComparisonView::showState(const QString& message)
{
    m_summary->clear();
    m_summary->hide();
    m_empty->setMessage(message);
}

void RunComparisonView::showComparison(const RunComparison& comparison)
{
    m_model->setComparison(comparison);
    QStringList parts { tr("%n regression(s)", nullptr, comparison.regressionCount()),
                        tr("%n improvement(s)", nullptr, comparison.improvementCount()) };
    QString text = parts.join(QStringLiteral(", "));
    text += u" \u00b7 " + tr("%n cell(s) compared", nullptr, int(comparison.changes.size()));
    const int unmatched = int(comparison.onlyInBaseline.size() + comparison.onlyInCurrent.size());
    if (unmatched > 0)
        text += u" \u00b7 " + tr("%n cell(s) in only one of the runs", nullptr, unmatched);
    m_summary->setText(text);
    m_summary->show();
    updateEmptyMessage();
    Q_EMIT comparisonShown();
}

void RunComparisonView::showFailure(const QString& message)
{
    showState(tr("The runs could not be compared: %1").arg(message));
    Q_EMIT comparisonShown();
}

void RunComparisonView::updateEmptyMessage()
{
    if (isComparing())
        return;
    // The overlay shows while the table is empty: every cell filtered out, or none shared.
    if (m_model->rowCount() > 0)
        m_empty->setMessage(tr("No regressions or improvements between these runs: untick \u201cOnly regressions "
                               "and improvements\u201d to see every cell."));
    else if (!m_model->comparison().currentRunId.isEmpty())
        m_empty->setMessage(tr("The runs share no model on their common categories."));
}
