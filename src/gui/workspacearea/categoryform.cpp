// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoryform.h"
#include "ui_categoryform.h"

#include "categoriesmodel.h"
#include "common/comboboxdelegate.h"
#include "common/displayformat.h"
#include "common/formfields.h"
#include "common/itemtracker.h"
#include "common/scorerlistmodel.h"
#include "document/documentedits.h"
#include "document/editcommands.h"

#include <QTableView>
#include <QUndoStack>

CategoryForm::CategoryForm(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CategoryForm>())
    , m_document(document)
    , m_tracker(new ItemTracker(document, this))
    , m_scorers(new ScorerListModel(this))
{
    ui->setupUi(this);
    ui->trafficNotice->setCompact(true); // beside the share: the fields below stay where they are
    for (const QString& key : targetKeys())
        ui->targetCombo->addItem(targetDisplayName(*targetFromKey(key)), key);
    ui->scorersEditor->setModel(m_scorers);
    ui->scorersEditor->view()->setItemDelegateForColumn(
        ScorerListModel::TypeColumn, new ComboBoxDelegate(ScorerListModel::typeChoices(), true, this));
    ui->scorersEditor->setColumnWidths({ 120, 0, 55, 70, 80 }, ScorerListModel::ValueColumn);
    ui->scorersEditor->setEmptyMessage(tr("No default scorers: every case needs scorers of its own"));
    ui->scorersEditor->setAddToolTip(tr("Add a scorer"));
    connectFields();
    connect(m_tracker, &ItemTracker::changed, this, &CategoryForm::refresh);
    connect(m_tracker, &ItemTracker::lost, this, [this] { setEnabled(false); });
    // The traffic warning is about all categories together.
    const auto shares = [this](const ItemPath& path) {
        if (path.list == ItemPath::List::Categories)
            refreshTrafficNotice();
    };
    connect(document, &WorkspaceDocument::itemChanged, this, shares);
    connect(document, &WorkspaceDocument::itemInserted, this, shares);
    connect(document, &WorkspaceDocument::itemRemoved, this, shares);
}

CategoryForm::~CategoryForm() = default;

void CategoryForm::setCategory(int row)
{
    ui->nameNotice->setText({});
    ui->nameEdit->setModified(false);
    m_tracker->setPath({ ItemPath::List::Categories, -1, row });
    setEnabled(m_tracker->isValid());
}

int CategoryForm::category() const
{
    return m_tracker->path().row;
}

void CategoryForm::focusFirstField()
{
    FormFields::focusForTyping(ui->nameEdit);
}

void CategoryForm::connectFields()
{
    connect(ui->nameEdit, &QLineEdit::editingFinished, this, &CategoryForm::commitName);
    connect(ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        commit(DescriptionField, [this](Category& c) { c.description = ui->descriptionEdit->toPlainText(); });
    });
    connect(ui->targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto target = targetFromKey(ui->targetCombo->currentData().toString());
        commit(TargetField, [&](Category& c) { c.target = target.value_or(c.target); });
    });
    connect(ui->thresholdSpin, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        commit(ThresholdField, [&](Category& c) { c.threshold = percent / 100.0; });
    });
    connect(ui->trafficShareSpin, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        commit(ShareField, [&](Category& c) { c.trafficShare = percent / 100.0; });
    });
    connect(ui->errorCostSpin, &QDoubleSpinBox::valueChanged, this, [this](double usd) {
        // $0 is "not priced": a wrong answer that costs nothing needs no price.
        commit(ErrorCostField, [&](Category& c) { c.errorCostUsd = usd > 0.0 ? std::optional(usd) : std::nullopt; });
    });
    connect(ui->systemPromptEdit, &QPlainTextEdit::textChanged, this, [this] {
        commit(SystemPromptField, [this](Category& c) { c.systemPrompt = ui->systemPromptEdit->toPlainText(); });
    });
    connect(ui->promptTemplateEdit, &QPlainTextEdit::textChanged, this, [this] {
        commit(TemplateField, [this](Category& c) { c.promptTemplate = ui->promptTemplateEdit->toPlainText(); });
    });
    connect(ui->scorersEditor, &ListEditor::edited, this,
        [this] { commit(ScorersField, [this](Category& c) { c.scorers = m_scorers->items(); }); });
    connect(ui->passThresholdSpin, &QDoubleSpinBox::valueChanged, this,
        [this](double value) { commit(PassThresholdField, [&](Category& c) { c.passThreshold = value; }); });
}

void CategoryForm::refresh()
{
    const Category& category = m_document->workspace().categories.at(m_tracker->path().row);
    setEnabled(true);
    if (!ui->nameEdit->isModified()) // else the user is typing a new name
        FormFields::show(ui->nameEdit, category.name);
    FormFields::show(ui->descriptionEdit, category.description);
    FormFields::showData(ui->targetCombo, targetKey(category.target));
    FormFields::show(ui->thresholdSpin, category.threshold * 100.0);
    FormFields::show(ui->trafficShareSpin, category.trafficShare * 100.0);
    FormFields::show(ui->errorCostSpin, category.errorCostUsd.value_or(0.0));
    FormFields::show(ui->systemPromptEdit, category.systemPrompt);
    FormFields::show(ui->promptTemplateEdit, category.promptTemplate);
    m_scorers->setItems(category.scorers);
    FormFields::show(ui->passThresholdSpin, category.passThreshold);
    const QString count = tr("%n case(s)", nullptr, int(category.cases.size()));
    ui->casesSourceLabel->setText(category.casesSource.isEmpty()
            ? tr("%1, kept in the workspace file").arg(count)
            : tr("%1, kept in %2 beside the workspace file").arg(count, category.casesSource.path));
    refreshTrafficNotice();
}

void CategoryForm::refreshTrafficNotice()
{
    double total = 0.0;
    for (const Category& category : m_document->workspace().categories)
        total += category.trafficShare;
    const bool overbooked = total > 1.0 + 1e-9;
    ui->trafficNotice->setText(overbooked ? tr("All together: %1").arg(DisplayFormat::percent(total)) : QString());
    ui->trafficNotice->setToolTip(
        overbooked ? tr("All categories together take %1 of the traffic. Lower some shares so that they add up to "
                        "100% at most; until then projected costs count some requests twice.")
                         .arg(DisplayFormat::percent(total))
                   : QString());
}

void CategoryForm::commit(Field field, const std::function<void(Category&)>& change)
{
    if (!m_tracker->isValid())
        return;
    const ItemPath path = m_tracker->path();
    const Category& current = m_document->workspace().categories.at(path.row);
    Category value = current;
    change(value);
    if (value == current)
        return;
    auto* command = new SetItemCommand(
        m_document, path, QVariant::fromValue(value), tr("Edit category %1").arg(value.name));
    command->setMergeField(field);
    m_document->undoStack()->push(command);
}

void CategoryForm::commitName()
{
    if (!m_tracker->isValid())
        return;
    const int row = m_tracker->path().row;
    Category value = m_document->workspace().categories.at(row);
    const QString name = ui->nameEdit->text().trimmed();
    const QString problem = name == value.name ? QString() : categoryNameProblem(m_document->workspace(), name, row);
    ui->nameNotice->setText(problem);
    if (!problem.isEmpty())
        return;
    ui->nameEdit->setModified(false);
    if (name == value.name) {
        FormFields::show(ui->nameEdit, name); // drops surrounding spaces
        return;
    }
    const QString text = tr("Rename category %1 to %2").arg(value.name, name);
    value.name = name;
    m_document->undoStack()->push(DocumentEdits::setCategory(m_document, row, value, text));
}
