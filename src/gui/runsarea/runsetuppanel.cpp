// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsetuppanel.h"

#include "checklistmodel.h"
#include "document/editcommands.h"
#include "document/resultsdatabase.h"
#include "document/workspacedocument.h"
#include "providerkeystatus.h"
#include "ui_runsetuppanel.h"

#include <algorithm>
#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QUndoStack>

namespace {
constexpr int maxListRows = 12;

QString priceText(const Price& price)
{
    return QLocale().toString(price.input, 'g', 4) + QStringLiteral(" / ") + QLocale().toString(price.output, 'g', 4);
}

QList<CheckListRow> categoryRows(const Workspace& workspace)
{
    QList<CheckListRow> rows;
    for (const Category& category : workspace.categories) {
        rows.append(
            { category.name, { category.name, QLocale().toString(category.cases.size()) }, category.description });
    }
    return rows;
}

QList<CheckListRow> modelRows(const Workspace& workspace)
{
    QList<CheckListRow> rows;
    for (const ModelSpec& model : workspace.models) {
        const QString tip = RunSetupPanel::tr("%1 at %2: $%3 per million input tokens, $%4 per million output tokens")
                                .arg(model.id, model.provider, QLocale().toString(model.price.input, 'g', 6),
                                     QLocale().toString(model.price.output, 'g', 6));
        rows.append({ model.id, { model.label(), model.provider, priceText(model.price) }, tip });
    }
    return rows;
}

void configureList(QTreeView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

// As tall as its rows, up to maxRows; longer lists scroll inside.
void fitToRows(QTreeView* view, int maxRows)
{
    const int rows = std::clamp(view->model()->rowCount(), 2, maxRows);
    const int rowHeight = std::max(view->sizeHintForRow(0), view->fontMetrics().height() + 2);
    view->setFixedHeight(view->header()->sizeHint().height() + rows * rowHeight + 2 * view->frameWidth());
}
} // namespace

RunSetupPanel::RunSetupPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::RunSetupPanel>())
    , m_document(document)
    , m_categories(new CheckListModel({ tr("Category"), tr("Cases") }, this))
    , m_models(new CheckListModel({ tr("Model"), tr("Provider"), tr("$/M in / out") }, this))
    , m_estimator(new PlanEstimator(this))
    , m_keys(new ProviderKeyStatus(this))
{
    ui->setupUi(this);
    setUpTexts();
    setUpLists();
    connectControls();
    showCacheAge();
    rebuildLists();
}

// The workspace's limit, as an undo or another workspace left it; showing it is not an edit.
void RunSetupPanel::showCacheAge()
{
    const QSignalBlocker blocker(ui->cacheAgeSpin);
    ui->cacheAgeSpin->setValue(m_document->workspace().run.cacheMaxAgeDays);
}

void RunSetupPanel::onCacheAgeEdited(int days)
{
    RunDefaults defaults = m_document->workspace().run;
    if (defaults.cacheMaxAgeDays == days)
        return;
    defaults.cacheMaxAgeDays = days;
    m_document->undoStack()->push(
        new SetRunDefaultsCommand(m_document, defaults, tr("Change how old a reused cached answer may be")));
}

RunSetupPanel::~RunSetupPanel() = default;

void RunSetupPanel::setUpTexts()
{
    ui->modeGroup->setTitle(tr("Answers come from"));
    ui->sandboxRadio->setText(tr("Sandbox (simulated models)"));
    ui->sandboxHint->setText(tr("Simulated on this computer: no API key needed, nothing is paid."));
    ui->realRadio->setText(tr("Real providers (calls cost money)"));
    ui->categoriesTitle->setText(tr("Categories"));
    ui->modelsTitle->setText(tr("Models"));
    for (QToolButton* all : { ui->categoriesAllButton, ui->modelsAllButton })
        all->setText(tr("All"));
    for (QToolButton* none : { ui->categoriesNoneButton, ui->modelsNoneButton })
        none->setText(tr("None"));
    ui->settingsGroup->setTitle(tr("Settings"));
    ui->repeatsLabel->setText(tr("&Repeats:"));
    ui->repeatsSpin->setToolTip(
        tr("How often each case is asked of each model, to measure how stable its answers are"));
    ui->temperatureLabel->setText(tr("&Temperature:"));
    ui->temperatureDefaultCheck->setText(tr("Provider default"));
    ui->maxTokensLabel->setText(tr("&Max tokens:"));
    ui->cacheLabel->setText(tr("&Cache:"));
    ui->cacheCheck->setText(tr("Reuse answers already received"));
    ui->cacheCheck->setToolTip(
        tr("The response cache: a job asked before with the same model, prompt and settings is answered from it"));
    ui->batchLabel->setText(tr("B&atch:"));
    ui->batchCheck->setText(tr("Batch: half price, results within 24 h"));
    ui->batchCheck->setToolTip(
        tr("Send the jobs of OpenAI, Anthropic and Gemini through their batch APIs at half the price; answers "
           "come within 24 hours. Other providers and the judge run as usual. Closing Signalbox does not stop "
           "the batches: resume the run to collect them."));
    ui->cacheAgeLabel->setText(tr("&up to"));
    ui->cacheAgeSpin->setRange(0, RunDefaults::maxCacheMaxAgeDays);
    ui->cacheAgeSpin->setSpecialValueText(tr("never reuse"));
    ui->cacheAgeSpin->setAccessibleName(tr("Oldest cached answer reused"));
    ui->cacheAgeSpin->setToolTip(
        tr("Cached answers older than this are asked again, so that a model that changed since shows; "
           "0 never reuses one. Saved in the workspace (run: cache_max_age_days)."));
    ui->judgeCombo->setToolTip(tr("The model that scores llm-rubric assertions"));
    ui->concurrencyLabel->setText(tr("C&oncurrency:"));
    ui->concurrencySpin->setSpecialValueText(tr("Default"));
    ui->concurrencySpin->setToolTip(tr("Requests in flight per provider; Default: each provider's own limit"));
    ui->budgetLabel->setText(tr("&Budget cap:"));
    ui->budgetSpin->setPrefix(QStringLiteral("$"));
    ui->budgetSpin->setSpecialValueText(tr("No cap"));
    ui->budgetSpin->setToolTip(tr("The run stops when what it spent reaches the cap"));
    ui->judgeLabel->setText(tr("&Judge:"));
    ui->estimateTitle->setText(tr("Estimate"));
    QFont headline = ui->estimateLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.35);
    headline.setBold(true);
    ui->estimateLabel->setFont(headline);
    QFont runFont = ui->runButton->font();
    runFont.setBold(true);
    ui->runButton->setFont(runFont);
    ui->runButton->setMinimumHeight(ui->runButton->fontMetrics().height() * 2 + 6);
    // Never narrower than its content: the scroll area scrolls only vertically.
    ui->setupScroll->setMinimumWidth(ui->setupContents->minimumSizeHint().width()
                                     + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                                     + 2 * ui->setupScroll->frameWidth());
}

void RunSetupPanel::setUpLists()
{
    configureList(ui->categoriesView, m_categories);
    configureList(ui->modelsView, m_models);
    connect(ui->categoriesAllButton, &QToolButton::clicked, this, [this] { m_categories->setAllChecked(true); });
    connect(ui->categoriesNoneButton, &QToolButton::clicked, this, [this] { m_categories->setAllChecked(false); });
    connect(ui->modelsAllButton, &QToolButton::clicked, this, [this] { m_models->setAllChecked(true); });
    connect(ui->modelsNoneButton, &QToolButton::clicked, this, [this] { m_models->setAllChecked(false); });
    connect(m_categories, &CheckListModel::checksChanged, this, &RunSetupPanel::onPlanChanged);
    connect(m_models, &CheckListModel::checksChanged, this, &RunSetupPanel::onPlanChanged);
}

void RunSetupPanel::connectControls()
{
    const auto changed = [this] { onPlanChanged(); };
    connect(ui->sandboxRadio, &QRadioButton::toggled, this, [this](bool sandbox) {
        if (!sandbox)
            m_keys->refresh();
        onPlanChanged();
    });
    connect(ui->repeatsSpin, &QSpinBox::valueChanged, this, changed);
    connect(ui->temperatureDefaultCheck, &QCheckBox::toggled, this, [this](bool providerDefault) {
        ui->temperatureSpin->setEnabled(!providerDefault);
        onPlanChanged();
    });
    connect(ui->temperatureSpin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(ui->maxTokensSpin, &QSpinBox::valueChanged, this, changed);
    connect(ui->cacheCheck, &QCheckBox::toggled, this, [this](bool reuse) {
        ui->cacheAgeSpin->setEnabled(reuse);
        onPlanChanged();
    });
    connect(ui->batchCheck, &QCheckBox::toggled, this, changed);
    connect(ui->cacheAgeSpin, &QSpinBox::valueChanged, this, &RunSetupPanel::onCacheAgeEdited);
    connect(m_document, &WorkspaceDocument::runDefaultsChanged, this, &RunSetupPanel::showCacheAge);
    connect(ui->concurrencySpin, &QSpinBox::valueChanged, this, changed);
    connect(ui->budgetSpin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(ui->judgeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_rebuilding)
            m_preferredJudge = ui->judgeCombo->currentData().toString();
        onPlanChanged();
    });
    connect(m_estimator, &PlanEstimator::estimated, this, &RunSetupPanel::showEstimate);
    connect(m_keys, &ProviderKeyStatus::changed, this, &RunSetupPanel::updateKeys);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, [this] {
        if (m_document->workspace().model(m_document->workspace().judgeModel))
            m_preferredJudge.clear(); // a workspace that names its judge gets it
        showCacheAge();
        rebuildLists();
    });
    connect(m_document, &WorkspaceDocument::itemInserted, this, &RunSetupPanel::rebuildLists);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &RunSetupPanel::rebuildLists);
    connect(m_document, &WorkspaceDocument::itemChanged, this, &RunSetupPanel::rebuildLists);
}

void RunSetupPanel::rebuildLists()
{
    const Workspace& workspace = m_document->workspace();
    m_rebuilding = true;
    m_categories->setRows(categoryRows(workspace));
    m_models->setRows(modelRows(workspace));
    fitToRows(ui->categoriesView, maxListRows);
    fitToRows(ui->modelsView, maxListRows);
    rebuildJudgeChoices();
    m_rebuilding = false;
    onPlanChanged();
}

void RunSetupPanel::rebuildJudgeChoices()
{
    const Workspace& workspace = m_document->workspace();
    ui->judgeCombo->clear();
    for (const ModelSpec& model : workspace.models)
        ui->judgeCombo->addItem(tr("%1 ($%2/M out)").arg(model.label(), QLocale().toString(model.price.output, 'g', 4)),
                                model.id);
    ui->judgeCombo->setCurrentIndex(ui->judgeCombo->findData(defaultJudge()));
}

// The user's choice while its model exists; else the workspace's judge_model; else the model
// whose answers look most trustworthy when nothing else is known: the most expensive.
QString RunSetupPanel::defaultJudge() const
{
    const Workspace& workspace = m_document->workspace();
    if (workspace.model(m_preferredJudge))
        return m_preferredJudge;
    if (workspace.model(workspace.judgeModel))
        return workspace.judgeModel;
    const auto cost = [](const ModelSpec& model) { return model.price.input + model.price.output; };
    const auto it = std::max_element(workspace.models.cbegin(), workspace.models.cend(),
                                     [&](const ModelSpec& a, const ModelSpec& b) { return cost(a) < cost(b); });
    return it == workspace.models.cend() ? QString() : it->id;
}

RunPlan RunSetupPanel::plan() const
{
    RunPlan plan;
    plan.categories = m_categories->checkedKeys();
    plan.models = m_models->checkedKeys();
    plan.repeats = ui->repeatsSpin->value();
    plan.simulated = ui->sandboxRadio->isChecked();
    plan.judgeModel = ui->judgeCombo->currentData().toString();
    RunSettings& settings = plan.settings;
    if (!ui->temperatureDefaultCheck->isChecked())
        settings.temperature = ui->temperatureSpin->value();
    settings.maxTokens = ui->maxTokensSpin->value();
    settings.cacheEnabled = ui->cacheCheck->isChecked();
    settings.batch = ui->batchCheck->isChecked();
    settings.concurrency = ui->concurrencySpin->value();
    if (ui->budgetSpin->value() > 0)
        settings.budgetUsd = ui->budgetSpin->value();
    return plan;
}

QString RunSetupPanel::problem() const
{
    if (m_categories->checkedCount() == 0 || m_models->checkedCount() == 0)
        return tr("Choose at least one category and one model.");
    return plan().validate(m_document->workspace());
}

void RunSetupPanel::setPlan(const RunPlan& plan)
{
    const Workspace& workspace = m_document->workspace();
    m_categories->setCheckedKeys(plan.effectiveCategories(workspace));
    m_models->setCheckedKeys(plan.effectiveModels(workspace));
    ui->repeatsSpin->setValue(plan.repeats);
    (plan.simulated ? ui->sandboxRadio : ui->realRadio)->setChecked(true);
    ui->temperatureDefaultCheck->setChecked(!plan.settings.temperature);
    ui->temperatureSpin->setValue(plan.settings.temperature.value_or(0.0));
    ui->maxTokensSpin->setValue(plan.settings.maxTokens);
    ui->cacheCheck->setChecked(plan.settings.cacheEnabled);
    ui->batchCheck->setChecked(plan.settings.batch);
    ui->concurrencySpin->setValue(plan.settings.concurrency);
    ui->budgetSpin->setValue(plan.settings.budgetUsd.value_or(0.0));
    if (const int index = ui->judgeCombo->findData(plan.judgeModel); index >= 0)
        ui->judgeCombo->setCurrentIndex(index);
}

void RunSetupPanel::setRunAction(QAction* action)
{
    ui->runButton->setDefaultAction(action);
}

const PlanEstimate& RunSetupPanel::estimate() const
{
    return m_estimator->latest();
}

bool RunSetupPanel::isEstimatePending() const
{
    return m_estimator->isPending();
}

QString RunSetupPanel::estimateText() const
{
    return ui->estimateLabel->text();
}

QStringList RunSetupPanel::providersOf(const RunPlan& plan) const
{
    const Workspace& workspace = m_document->workspace();
    QStringList providers;
    QStringList models = plan.effectiveModels(workspace);
    if (!judgedCategories(workspace, plan.effectiveCategories(workspace)).isEmpty())
        models.append(plan.judgeModel);
    for (const QString& id : std::as_const(models)) {
        const ModelSpec* model = workspace.model(id);
        if (model && !providers.contains(model->provider))
            providers.append(model->provider);
    }
    return providers;
}

void RunSetupPanel::onPlanChanged()
{
    if (m_rebuilding)
        return;
    const RunPlan current = plan();
    Workspace workspace = m_document->workspace();
    m_estimator->request(workspace, current, resultsDatabasePath(m_document));
    if (!current.simulated) {
        QList<Provider> providers;
        for (const QString& name : providersOf(current)) {
            if (const Provider* provider = workspace.provider(name))
                providers.append(*provider);
        }
        m_keys->check(providers);
    }
    updateKeys();
    updateHints();
    Q_EMIT planChanged();
}
