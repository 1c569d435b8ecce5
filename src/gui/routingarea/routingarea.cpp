// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingarea.h"

#include "choicesdelegate.h"
#include "common/noticebanner.h"
#include "common/routeconfirmation.h"
#include "routinganalyser.h"
#include "common/tablesetup.h"
#include "document/editcommands.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "latestevidence/evidencechoice.h"
#include "rolloutpanel.h"
#include "routeeditor.h"
#include "routing/evidencestatus.h"
#include "routingedits.h"
#include "routingtablemodel.h"
#include "savingspanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>

namespace {
const QLatin1String mainSplitterKey("routingMainSplitter");
// Three panes since the rollout panel: a state saved with two would leave it no room.
const QLatin1String leftSplitterKey("routingLeftSplitter3");
const QLatin1String headerKey("routingTableHeader.v2"); // v2: with the Meets bar column
const QLatin1String baselineKey("routingBaselineModel");

QString chainText(const QStringList& chain)
{
    return chain.join(QStringLiteral(" → "));
}
} // namespace

RoutingArea::RoutingArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_runs(runs)
    , m_analyser(new RoutingAnalyser(document, this))
    , m_runCombo(new QComboBox(this))
    , m_applyAll(new QPushButton(tr("Apply all suggestions"), this))
    , m_notice(new NoticeBanner(this))
    , m_model(new RoutingTableModel(document, this))
    , m_table(new QTableView(this))
    , m_editor(new RouteEditor(document, this))
    , m_rollout(new RolloutPanel(document, this))
    , m_savings(new SavingsPanel(document, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
{
    registerStatisticsMetaTypes();
    m_notice->setKind(NoticeBanner::Kind::Information);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_notice);
    leftLayout->addWidget(m_table, 1);
    m_leftSplitter->addWidget(left);
    m_leftSplitter->addWidget(m_editor);
    m_leftSplitter->addWidget(m_rollout);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setStretchFactor(2, 2);
    m_leftSplitter->setCollapsible(2, false);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_savings);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({ 970, 300 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTopRow());
    layout->addWidget(m_mainSplitter, 1);
    setUpTable();
    connectSignals();
    reload();
}

RoutingArea::~RoutingArea() = default;

QWidget* RoutingArea::createTopRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Evidence from:"), row);
    label->setBuddy(m_runCombo);
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runCombo->setToolTip(tr("The evidence that suggests the routes: the latest per category and model across "
                              "runs, or one run alone"));
    m_applyAll->setToolTip(tr("Route every category as its suggestion says; routes chosen by hand are kept"));
    layout->addWidget(label);
    layout->addWidget(m_runCombo);
    layout->addStretch(1);
    layout->addWidget(m_applyAll);
    return row;
}

void RoutingArea::setUpTable()
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Routing map"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    auto* delegate = new ChoicesDelegate(RoutingTableModel::ChoicesRole, m_table);
    m_table->setItemDelegateForColumn(RoutingTableModel::ModelColumn, delegate);
    m_table->setItemDelegateForColumn(RoutingTableModel::TargetColumn, delegate);
    TableSetup::configure(m_table, RoutingTableModel::FallbacksColumn,
                          { 0, 0, 112, 0, 118 }); // room for the combo editors; the rest fit their content
    m_model->setConfirmation([this](const QList<RouteConcern>& concerns) {
        return m_confirmRoutes(tr("Change the routed model"), concerns, {});
    });
    m_editor->setPrimaryGuard([this](const QString& category, const QString& primary) {
        const std::optional<RouteConcern> concern = routeConcern(m_document->workspace(), m_analysis, category, primary);
        return !concern || m_confirmRoutes(tr("Change the routed model"), { *concern }, {});
    });
}

void RoutingArea::saveState(QSettings& settings) const
{
    settings.setValue(mainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(leftSplitterKey, m_leftSplitter->saveState());
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(baselineKey, m_savings->baselineModel());
}

void RoutingArea::restoreState(const QSettings& settings)
{
    m_mainSplitter->restoreState(settings.value(mainSplitterKey).toByteArray());
    m_leftSplitter->restoreState(settings.value(leftSplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    const QString baseline = settings.value(baselineKey).toString();
    if (!baseline.isEmpty())
        m_savings->setBaselineModel(baseline);
}

QString RoutingArea::noticeText() const
{
    return m_notice->text();
}

void RoutingArea::applySuggestion(const QString& category)
{
    const Workspace& workspace = m_document->workspace();
    RoutingMap map = workspace.routing;
    if (category.isEmpty()) {
        map.defaultChain = m_defaultSuggestion;
    } else if (const std::optional<RouteSuggestion> suggestion = m_model->suggestionFor(category);
               suggestion && !suggestion->chain.isEmpty()) {
        map = RoutingEdits::withRoute(workspace, map, suggestion->toRoute());
    }
    if (map == workspace.routing || (category.isEmpty() && map.defaultChain.isEmpty()))
        return;
    const QString text = category.isEmpty() ? tr("Apply the suggested default route")
                                            : tr("Apply the suggestion for %1").arg(category);
    if (!m_confirmRoutes(text, routingConcerns(workspace, m_analysis, workspace.routing, map), {}))
        return;
    m_document->undoStack()->push(new SetRoutingCommand(m_document, map, text));
}

void RoutingArea::applyAllSuggestions()
{
    const Workspace& workspace = m_document->workspace();
    const RoutingMap& current = workspace.routing;
    const RoutingMap map = applySuggestions(current, m_suggestions, m_defaultSuggestion);
    if (map == current
        || !m_confirmRoutes(tr("Apply all suggestions"), routingConcerns(workspace, m_analysis, current, map), {}))
        return;
    const RoutingEdits::AppliedSuggestions applied = RoutingEdits::appliedSuggestions(m_suggestions, current, map);
    m_document->undoStack()->push(new SetRoutingCommand(m_document, map, RoutingEdits::appliedUndoText(applied)));
    m_appliedText = RoutingEdits::appliedNotice(applied);
    updateNotice();
}

void RoutingArea::onCurrentRowChanged()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const QString category = m_model->categoryAt(row);
    m_editor->setCategory(category);
    m_rollout->setCategory(category);
    if (!category.isEmpty()) {
        m_selection->setCategory(category);
        const QString primary = RoutingEdits::routeOf(m_document->workspace().routing, category).primary();
        if (!primary.isEmpty())
            m_selection->setModel(primary);
    }
    showSuggestion();
}

void RoutingArea::followCategory(const QString& category)
{
    const int row = m_model->rowOfKey(category);
    if (row >= 0 && row != m_table->currentIndex().row())
        m_table->setCurrentIndex(m_model->index(row, RoutingTableModel::CategoryColumn));
}

// The selected row's suggestion: its chain, how sure it is, and why.
void RoutingArea::showSuggestion()
{
    const QString category = m_editor->category();
    if (m_analysis.runId.isEmpty()) {
        m_editor->setSuggestion({}, {}, false);
        return;
    }
    const RoutingMap& map = m_document->workspace().routing;
    if (category.isEmpty()) {
        const bool applied = map.defaultChain == m_defaultSuggestion;
        m_editor->setSuggestion(
            m_defaultSuggestion.isEmpty()
                ? tr("No suggestion for the default route")
                : tr("Suggested: %1%2").arg(chainText(m_defaultSuggestion), applied ? tr(" (applied)") : QString()),
            tr("The model that does best across all categories, weighted by their traffic, then its fallbacks."),
            !applied && !m_defaultSuggestion.isEmpty());
        return;
    }
    const std::optional<RouteSuggestion> suggestion = m_model->suggestionFor(category);
    if (!suggestion) {
        m_editor->setSuggestion(tr("No suggestion"),
                                showsLatestEvidence()
                                    ? tr("No run has current results for %1.").arg(category)
                                    : tr("Run %1 has no results for %2.").arg(m_analysis.runId, category),
                                false);
        return;
    }
    const bool applied = RoutingEdits::routeOf(map, category).chain == suggestion->chain;
    QString title;
    switch (suggestion->confidence) {
    case SuggestionConfidence::Clear:
        title = tr("Suggested: %1").arg(chainText(suggestion->chain));
        break;
    case SuggestionConfidence::Close:
        title = tr("Close call: %1").arg(chainText(suggestion->chain));
        break;
    case SuggestionConfidence::NoneMeetsBar:
        title = suggestion->chain.isEmpty() ? tr("No model meets the bar")
                                            : tr("None meets the bar; nearest: %1").arg(chainText(suggestion->chain));
        break;
    case SuggestionConfidence::NoData:
        title = showsLatestEvidence() ? tr("No current evidence for %1").arg(category)
                                      : tr("No evidence for %1 in this run").arg(category);
        break;
    }
    if (applied && !suggestion->chain.isEmpty())
        title += tr(" (applied)");
    m_editor->setSuggestion(title, suggestion->explanation, !applied && !suggestion->chain.isEmpty());
}

// What makes the evidence shown a weaker guide today: cells left out as stale, prices that changed a
// winner, answers from the cache.
QString RoutingArea::freshnessNotice() const
{
    QStringList parts;
    if (const QString stale = EvidenceText::stale(m_evidence); !stale.isEmpty())
        parts.append(stale);
    for (const PricingShift& shift : m_pricingShifts)
        parts.append(tr("Pricing changed the winner of %1: %2.").arg(shift.category, PricingShiftText::describe(shift)));
    if (!m_cacheWarning.isEmpty())
        parts.append(tr("%1: a model that changed since would not show; run with the cache off to check.")
                         .arg(m_cacheWarning));
    return parts.join(u' ');
}

void RoutingArea::updateNotice()
{
    const Workspace& workspace = m_document->workspace();
    QString text;
    if (workspace.categories.isEmpty())
        text = tr("No categories yet: add categories and their test cases in Workspace, then run them in Runs. "
                  "Until then only the default route can be set.");
    else if (m_noRuns)
        text = tr("No runs yet: open Runs and press Run to benchmark the models on the categories; suggestions "
                  "and evidence then appear here. You can already choose models by hand.");
    else if (workspace.routing.isEmpty())
        text = tr("No routes yet: press Apply all suggestions, or double-click a category's routed model to "
                  "choose one.");
    const QString freshness = freshnessNotice();
    const bool warn = !freshness.isEmpty() && text.isEmpty();
    if (text.isEmpty())
        text = QStringList { m_appliedText, freshness }.join(u' ').trimmed();
    m_notice->setKind(warn ? NoticeBanner::Kind::Warning : NoticeBanner::Kind::Information);
    m_notice->setText(text);
    m_applyAll->setEnabled(!m_analysis.runId.isEmpty()
                           && applySuggestions(workspace.routing, m_suggestions, m_defaultSuggestion)
                               != workspace.routing);
}
