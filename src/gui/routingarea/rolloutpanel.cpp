// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolloutpanel.h"

#include "cascade/cascadecheck.h"
#include "common/displayformat.h"
#include "document/workspacedocument.h"
#include "rollout/rolloutstages.h"
#include "routingedits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QTableWidgetItem* cell(const QString& text, bool current)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont font = item->font();
    font.setBold(current);
    item->setFont(font);
    return item;
}

QString savingText(double saving)
{
    if (saving >= 0.0)
        return DisplayFormat::dollars(saving);
    return RolloutPanel::tr("\u2212%1").arg(DisplayFormat::dollars(-saving)); // a minus sign: it costs more
}
} // namespace

RolloutPanel::RolloutPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(tr("Gradual rollout"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, StageColumnCount, this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels(
        { tr("Stage"), tr("To the new model"), tr("To the current one"), tr("Cost a month"), tr("Saving a month") });
    m_table->horizontalHeaderItem(StageColumnNewRequests)->setToolTip(tr("Requests a month to the new model"));
    m_table->horizontalHeaderItem(StageColumnOldRequests)->setToolTip(tr("Requests a month to the current model"));
    m_table->horizontalHeaderItem(StageColumnSaving)
        ->setToolTip(tr("What the stage saves against the current model serving all of the category's requests; "
                        "negative when the new model costs more"));
    m_table->verticalHeader()->hide();
    // Compact rows, so that four stages fit beside the chain editor.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 4 * (fontMetrics().height() + 6) + 4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("Rollout stages"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(createStartRow());
    layout->addWidget(m_table, 1);
    layout->addWidget(createPlanButtons());
    layout->addStretch(); // keeps the text together at the top while the stages table is hidden
    connect(m_document, &WorkspaceDocument::routingChanged, this, &RolloutPanel::refresh);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &RolloutPanel::refresh);
    connect(m_document, &WorkspaceDocument::itemInserted, this, &RolloutPanel::refresh);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &RolloutPanel::refresh);
    refresh();
}

QWidget* RolloutPanel::createStartRow()
{
    m_startRow = new QWidget(this);
    m_target = new QComboBox(m_startRow);
    m_target->setAccessibleName(tr("Model to roll out"));
    m_stages = new QLineEdit(rolloutStagesText(defaultRolloutStages()).remove(u'%'), m_startRow);
    m_stages->setAccessibleName(tr("Rollout stages in percent"));
    m_stages->setToolTip(tr("The new model's share of this category's requests at each stage, in percent"));
    m_start = new QPushButton(tr("Start rollout"), m_startRow);
    m_start->setToolTip(tr("Send a growing share of this category's traffic to the chosen model, stage by stage, "
                           "instead of switching at once"));
    auto* layout = new QHBoxLayout(m_startRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Roll out to"), m_startRow));
    layout->addWidget(m_target, 1);
    layout->addWidget(new QLabel(tr("stages %"), m_startRow));
    layout->addWidget(m_stages);
    layout->addWidget(m_start);
    connect(m_start, &QPushButton::clicked, this, [this] { start(m_target->currentData().toString(), m_stages->text()); });
    return m_startRow;
}

QWidget* RolloutPanel::createPlanButtons()
{
    m_planButtons = new QWidget(this);
    m_advance = new QPushButton(tr("Advance"), m_planButtons);
    m_finish = new QPushButton(tr("Finish"), m_planButtons);
    m_finish->setToolTip(tr("Make the new model the primary; the route's fallbacks stay behind it"));
    m_abandon = new QPushButton(tr("Abandon"), m_planButtons);
    m_abandon->setToolTip(tr("End the rollout: the current primary takes all the traffic again"));
    auto* layout = new QHBoxLayout(m_planButtons);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_advance);
    layout->addWidget(m_finish);
    layout->addWidget(m_abandon);
    layout->addStretch(1);
    connect(m_advance, &QPushButton::clicked, this, &RolloutPanel::advance);
    connect(m_finish, &QPushButton::clicked, this, &RolloutPanel::finish);
    connect(m_abandon, &QPushButton::clicked, this, &RolloutPanel::abandon);
    return m_planButtons;
}

void RolloutPanel::setCategory(const QString& category)
{
    m_category = category;
    refresh();
}

void RolloutPanel::setAnalysis(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    fillStages();
}

bool RolloutPanel::start(const QString& to, const QString& stagesText)
{
    QString problem;
    const std::optional<QList<int>> stages = parseRolloutStages(stagesText, &problem);
    if (!stages) {
        m_status->setText(tr("Stages: %1.").arg(problem));
        return false;
    }
    const Route route = RoutingEdits::routeOf(m_document->workspace().routing, m_category);
    return push(startRollout(m_document->workspace(), route, to, *stages),
                tr("Start rolling out %1 for %2").arg(to, m_category));
}

bool RolloutPanel::advance()
{
    const Route route = RoutingEdits::routeOf(m_document->workspace().routing, m_category);
    return push(advanceRollout(route), tr("Advance the rollout of %1").arg(m_category));
}

bool RolloutPanel::finish()
{
    const Route route = RoutingEdits::routeOf(m_document->workspace().routing, m_category);
    return push(finishRollout(route), tr("Finish the rollout of %1").arg(m_category));
}

bool RolloutPanel::abandon()
{
    const Route route = RoutingEdits::routeOf(m_document->workspace().routing, m_category);
    return push(abandonRollout(route), tr("Abandon the rollout of %1").arg(m_category));
}

bool RolloutPanel::push(const RolloutEdit& edit, const QString& text)
{
    if (!edit.ok()) {
        m_status->setText(edit.error.left(1).toUpper() + edit.error.mid(1) + u'.');
        return false;
    }
    m_document->undoStack()->push(RoutingEdits::replaceRoute(m_document, *edit.route, text));
    return true;
}

void RolloutPanel::refresh()
{
    const Route route = RoutingEdits::routeOf(m_document->workspace().routing, m_category);
    const bool hasRoute = !m_category.isEmpty() && !route.chain.isEmpty() && !route.cascadeCheck;
    setVisible(!m_category.isEmpty());
    m_startRow->setVisible(hasRoute && !route.rollout);
    m_planButtons->setVisible(route.rollout.has_value());
    m_table->setVisible(route.rollout.has_value());
    if (route.cascadeCheck) {
        m_status->setText(tr("%1 is a cascade: %2 answer in turn, the next one when an answer fails %3. Change its "
                             "chain to try other models.")
                              .arg(m_category, route.chain.join(QStringLiteral(", ")),
                                   cascadeCheckText(*route.cascadeCheck)));
    } else if (!hasRoute) {
        m_status->setText(tr("Give %1 a route of its own to roll a new model out gradually.").arg(m_category));
    } else if (!route.rollout) {
        m_status->setText(tr("%1 serves all of %2's traffic. Roll a new model out in stages instead of switching "
                             "at once.")
                              .arg(route.primary(), m_category));
    } else {
        const RolloutPlan& plan = *route.rollout;
        m_status->setText(tr("Rolling out from %1 to %2: %3% of the requests go to %2 now (stage %4 of %5), %6% stay "
                             "on %1. Each keeps the route's fallbacks.")
                              .arg(plan.from, plan.to)
                              .arg(plan.stage)
                              .arg(plan.stageIndex() + 1)
                              .arg(plan.stages.size())
                              .arg(100 - plan.stage));
        m_advance->setEnabled(plan.stageIndex() + 1 < plan.stages.size());
    }
    refreshTargets();
    fillStages();
}

void RolloutPanel::refreshTargets()
{
    const Route route = RoutingEdits::routeOf(m_document->workspace().routing, m_category);
    const QString chosen = m_target->currentData().toString();
    m_target->clear();
    for (const ModelSpec& model : m_document->workspace().models) {
        if (model.id != route.primary())
            m_target->addItem(model.label(), model.id);
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(chosen)));
    m_start->setEnabled(m_target->count() > 0);
}

std::optional<double> RolloutPanel::costPerRequest(const QString& modelId) const
{
    const CellStats* stats = m_analysis.cell(m_category, modelId);
    if (stats && stats->trials > 0)
        return stats->modelCostPerRequest();
    const Route route = RoutingEdits::routeOf(m_document->workspace().routing, m_category);
    if (route.primary() == modelId && route.evidence)
        return route.evidence->costPer1k / 1000.0;
    return std::nullopt;
}

void RolloutPanel::fillStages()
{
    const Workspace& workspace = m_document->workspace();
    const Route route = RoutingEdits::routeOf(workspace.routing, m_category);
    const Category* category = workspace.category(m_category);
    if (!route.rollout || !category) {
        m_table->setRowCount(0);
        return;
    }
    const RolloutPlan& plan = *route.rollout;
    const qint64 requests = qRound64(double(workspace.traffic.monthlyRequests) * category->trafficShare);
    const std::optional<double> fromCost = costPerRequest(plan.from);
    const QList<RolloutStageFigures> figures = rolloutStageFigures(plan, requests, fromCost, costPerRequest(plan.to));
    m_table->setRowCount(int(figures.size()));
    for (int row = 0; row < figures.size(); ++row) {
        const RolloutStageFigures& stage = figures.at(row);
        const bool current = stage.percent == plan.stage;
        const QString label = current ? tr("%1% (now)").arg(stage.percent) : tr("%1%").arg(stage.percent);
        m_table->setItem(row, StageColumnPercent, cell(label, current));
        m_table->setItem(row, StageColumnNewRequests, cell(DisplayFormat::count(stage.newModelRequests), current));
        m_table->setItem(row, StageColumnOldRequests, cell(DisplayFormat::count(stage.oldModelRequests), current));
        m_table->setItem(row, StageColumnCost,
                         cell(stage.monthlyCostUsd ? DisplayFormat::dollars(*stage.monthlyCostUsd) : tr("unknown"),
                              current));
        const std::optional<double> saving = stage.monthlyCostUsd && fromCost
            ? std::optional<double>(*fromCost * double(requests) - *stage.monthlyCostUsd)
            : std::nullopt;
        m_table->setItem(row, StageColumnSaving,
                         cell(saving ? savingText(*saving) : tr("unknown"), current));
    }
}
