// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowarea.h"

#include "common/emptystate.h"
#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "document/resultsdatabase.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "shadowcasemodel.h"
#include "shadowpromotion.h"
#include "shadowrundialog.h"
#include "shadowsummarypanel.h"
#include "shadowview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>

namespace {
const QLatin1String contentSplitterKey("shadowContentSplitter");
const QLatin1String casesSplitterKey("shadowCasesSplitter");
} // namespace

ShadowArea::ShadowArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_runs(runs)
    , m_loader(new RunsLoader(this))
    , m_savePool(std::make_unique<QThreadPool>())
{
    m_savePool->setMaxThreadCount(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTopRow());
    m_notice = new NoticeBanner(this);
    layout->addWidget(m_notice);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_empty->setTitle(tr("Shadow compare"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createContent());
    layout->addWidget(m_stack, 1);
    connectSignals();
    reload();
}

ShadowArea::~ShadowArea() = default;

QWidget* ShadowArea::createTopRow()
{
    // Two lines: a run's name and the models' names are long, and on one line at 1280 pixels every
    // choice was cut short.
    auto* row = new QWidget(this);
    auto* lines = new QVBoxLayout(row);
    lines->setContentsMargins(0, 0, 0, 0);
    auto* runLine = new QHBoxLayout;
    auto* modelsLine = new QHBoxLayout;
    lines->addLayout(runLine);
    lines->addLayout(modelsLine);
    QHBoxLayout* layout = runLine;
    const auto addCombo = [&](const QString& label, const QString& name, const QString& toolTip) {
        auto* combo = new QComboBox(row);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setToolTip(toolTip);
        auto* buddy = new QLabel(label, row);
        buddy->setBuddy(combo);
        layout->addWidget(buddy);
        layout->addWidget(combo);
        layout->addSpacing(12);
        return combo;
    };
    m_runCombo = addCombo(tr("&Run:"), QStringLiteral("shadowRunCombo"),
                          tr("A run that asked two models or more, newest first"));
    m_categoryCombo = addCombo(tr("&Category:"), QStringLiteral("shadowCategoryCombo"),
                               tr("The category whose cases are compared"));
    runLine->addStretch(1);
    layout = modelsLine;
    m_baselineCombo
        = addCombo(tr("&Baseline:"), QStringLiteral("shadowBaselineCombo"),
                   tr("The model the candidates are compared with; the category's routed model by default"));
    m_candidateButton = new QToolButton(row);
    m_candidateButton->setPopupMode(QToolButton::InstantPopup);
    m_candidateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_candidateButton->setToolTip(tr("One to three models to compare with the baseline"));
    m_candidateMenu = new QMenu(m_candidateButton);
    m_candidateButton->setMenu(m_candidateMenu);
    auto* candidateLabel = new QLabel(tr("Ca&ndidates:"), row);
    candidateLabel->setBuddy(m_candidateButton);
    layout->addWidget(candidateLabel);
    layout->addWidget(m_candidateButton);
    layout->addStretch(1);
    m_shadowRunButton = new QPushButton(tr("S&hadow Run…"), row);
    m_shadowRunButton->setToolTip(tr("Ask the baseline and candidates your own prompts, without expected outputs, "
                                     "and compare their answers here"));
    connect(m_shadowRunButton, &QPushButton::clicked, this, &ShadowArea::openShadowRunDialog);
    runLine->addWidget(m_shadowRunButton);
    return row;
}

QWidget* ShadowArea::createContent()
{
    m_contentSplitter = new QSplitter(Qt::Vertical, m_stack);
    m_summary = new ShadowSummaryPanel(m_contentSplitter);
    m_view = new ShadowView(m_contentSplitter);
    m_contentSplitter->addWidget(m_summary);
    m_contentSplitter->addWidget(m_view);
    m_contentSplitter->setStretchFactor(1, 1);
    m_contentSplitter->setChildrenCollapsible(false);
    return m_contentSplitter;
}

void ShadowArea::saveState(QSettings& settings) const
{
    settings.setValue(contentSplitterKey, m_contentSplitter->saveState());
    settings.setValue(casesSplitterKey, m_view->splitter()->saveState());
}

void ShadowArea::restoreState(const QSettings& settings)
{
    m_contentSplitter->restoreState(settings.value(contentSplitterKey).toByteArray());
    m_view->splitter()->restoreState(settings.value(casesSplitterKey).toByteArray());
}

QStringList ShadowArea::candidates() const
{
    QStringList checked;
    const QList<QAction*> actions = m_candidateMenu->actions();
    for (const QAction* action : actions) {
        if (action->isChecked())
            checked.append(action->data().toString());
    }
    return checked;
}

void ShadowArea::setCandidates(const QStringList& modelIds)
{
    fillCandidateMenu(modelIds);
    compare();
}

void ShadowArea::fillCandidateMenu(const QStringList& checked)
{
    m_candidateMenu->clear();
    const RunInfo* run = chosenRun();
    const QString baseline = m_baselineCombo->currentData().toString();
    int count = 0;
    for (const QString& id : run ? run->modelIds : QStringList {}) {
        if (id == baseline)
            continue;
        QAction* action = m_candidateMenu->addAction(shadowModelLabel(m_document->workspace(), id));
        action->setData(id);
        action->setCheckable(true);
        action->setChecked(checked.contains(id) && count < maxCandidates);
        count += action->isChecked() ? 1 : 0;
        connect(action, &QAction::toggled, this, [this] {
            updateCandidateButton();
            compare();
        });
    }
    updateCandidateButton();
}

void ShadowArea::updateCandidateButton()
{
    const QStringList checked = candidates();
    QStringList names;
    const QList<QAction*> actions = m_candidateMenu->actions();
    for (QAction* action : actions) {
        // One to three: the last checked one stays, and a fourth cannot be added.
        action->setEnabled(action->isChecked() ? checked.size() > 1 : checked.size() < maxCandidates);
        if (action->isChecked())
            names.append(action->text());
    }
    m_candidateButton->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    m_candidateButton->setEnabled(!actions.isEmpty());
}

void ShadowArea::promote(int candidateIndex)
{
    const RunInfo* run = chosenRun();
    if (!m_comparison || !run || candidateIndex < 0 || candidateIndex >= m_comparison->candidateModelIds.size())
        return;
    if (!confirmPromotion(candidateIndex, run->startedAt))
        return;
    m_document->undoStack()->push(promoteCandidateCommand(m_document, *m_comparison, candidateIndex, run->startedAt));
    m_selection->setCategory(m_comparison->category);
    m_selection->setModel(m_comparison->candidateModelIds.at(candidateIndex));
    const Workspace& workspace = m_document->workspace();
    m_notice->setKind(NoticeBanner::Kind::Information);
    m_notice->setText(tr("%1 now serves %2, with %3 as its first fallback. Edit ▸ Undo takes it back.")
                          .arg(shadowModelLabel(workspace, m_comparison->candidateModelIds.at(candidateIndex)),
                               m_comparison->category, shadowModelLabel(workspace, m_comparison->baselineModelId)));
}

// The promoted route's evidence against the bar, and the cases the user judged worse, named before
// the route changes. Worse verdicts alone are worth a question too.
bool ShadowArea::confirmPromotion(int candidateIndex, const QDateTime& runDate)
{
    const Workspace& workspace = m_document->workspace();
    const Route route = promotedRoute(workspace, *m_comparison, candidateIndex, runDate);
    const Category* category = workspace.category(m_comparison->category);
    QList<RouteConcern> concerns;
    if (route.evidence && category) {
        if (auto concern = routeConcern(route.category, route.primary(), *route.evidence, category->threshold))
            concerns.append(*concern);
    }
    const int worse = m_comparison->summaries.value(candidateIndex).byVerdict.losses;
    QStringList facts;
    if (worse > 0)
        facts.append(tr("%n case(s) judged worse in Shadow compare", nullptr, worse));
    if (concerns.isEmpty() && worse > 0 && category)
        concerns.append({ route.category, route.primary(), false,
                          tr("%1: judged worse than %2 on some cases")
                              .arg(route.primary(), m_comparison->baselineModelId) });
    return m_confirmRoutes(tr("Promote %1").arg(route.primary()), concerns, facts);
}

void ShadowArea::rollOut(int candidateIndex)
{
    const RunInfo* run = chosenRun();
    if (!m_comparison || !run || candidateIndex < 0 || candidateIndex >= m_comparison->candidateModelIds.size())
        return;
    if (!confirmPromotion(candidateIndex, run->startedAt))
        return;
    QString error;
    QUndoCommand* command = rolloutCandidateCommand(m_document, *m_comparison, candidateIndex, &error);
    if (!command) {
        m_notice->setKind(NoticeBanner::Kind::Warning);
        m_notice->setText(tr("No rollout started: %1.").arg(error));
        return;
    }
    m_document->undoStack()->push(command);
    m_selection->setCategory(m_comparison->category);
    m_notice->setKind(NoticeBanner::Kind::Information);
    m_notice->setText(tr("%1 now takes 5% of %2's traffic; advance the rollout stage by stage in the Routing area. "
                         "Edit ▸ Undo takes it back.")
                          .arg(shadowModelLabel(m_document->workspace(), m_comparison->candidateModelIds.at(candidateIndex)),
                               m_comparison->category));
}

void ShadowArea::openShadowRunDialog()
{
    const QString path = resultsDatabasePath(m_document);
    auto* dialog = new ShadowRunDialog(m_document, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChoice(m_categoryCombo->currentData().toString(), m_baselineCombo->currentData().toString(),
                      candidates());
    connect(dialog, &ShadowRunDialog::runFinished, this, [this](const RunInfo& run) { showRun(run.id); });
    dialog->show();
}

void ShadowArea::showRun(const QString& runId)
{
    m_preferredRun = runId;
    m_loader->loadRuns(resultsDatabasePath(m_document));
}
