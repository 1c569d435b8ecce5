// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelform.h"
#include "ui_modelform.h"

#include "catalogue/pricecatalogue.h"
#include "common/displayformat.h"
#include "common/formfields.h"
#include "common/itemtracker.h"
#include "document/documentedits.h"
#include "document/editcommands.h"
#include "modelsmodel.h"

#include <QStyle>
#include <QUndoStack>

namespace {
// The optional prices show "Not set" at their minimum, just below zero.
std::optional<double> optionalPrice(double value)
{
    return value < 0.0 ? std::nullopt : std::optional<double>(value);
}
}

ModelForm::ModelForm(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ModelForm>())
    , m_document(document)
    , m_tracker(new ItemTracker(document, this))
{
    ui->setupUi(this);
    ui->catalogueLabel->setForegroundRole(QPalette::PlaceholderText);
    connectFields();
    connect(m_tracker, &ItemTracker::changed, this, &ModelForm::refresh);
    connect(m_tracker, &ItemTracker::lost, this, [this] { setEnabled(false); });
    const auto providersChanged = [this](const ItemPath& path) {
        if (path.list == ItemPath::List::Providers && m_tracker->isValid())
            refresh();
    };
    connect(document, &WorkspaceDocument::itemChanged, this, providersChanged);
    connect(document, &WorkspaceDocument::itemInserted, this, providersChanged);
    connect(document, &WorkspaceDocument::itemRemoved, this, providersChanged);
}

ModelForm::~ModelForm() = default;

void ModelForm::setModel(int row)
{
    ui->idNotice->setText({});
    ui->idEdit->setModified(false);
    m_tracker->setPath({ ItemPath::List::Models, -1, row });
    setEnabled(m_tracker->isValid());
}

int ModelForm::model() const
{
    return m_tracker->path().row;
}

void ModelForm::focusFirstField()
{
    FormFields::focusForTyping(ui->idEdit);
}

void ModelForm::connectFields()
{
    connect(ui->idEdit, &QLineEdit::editingFinished, this, &ModelForm::commitId);
    connect(ui->providerCombo, &QComboBox::activated, this, [this] {
        const QString provider = ui->providerCombo->currentData().toString();
        commit(Unmerged, [&](ModelSpec& m) { m.provider = provider; });
    });
    connect(ui->modelEdit, &QLineEdit::textEdited, this,
        [this](const QString& text) { commit(ModelField, [&](ModelSpec& m) { m.model = text.trimmed(); }); });
    connect(ui->displayNameEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        commit(DisplayNameField, [&](ModelSpec& m) { m.displayName = text.trimmed(); });
    });
    connectPrice(ui->inputPriceSpin, InputField, [](Price& p, double v) { p.input = v; });
    connectPrice(ui->outputPriceSpin, OutputField, [](Price& p, double v) { p.output = v; });
    connectPrice(ui->cachedPriceSpin, CachedField, [](Price& p, double v) { p.cachedInput = optionalPrice(v); });
    connectPrice(ui->reasoningPriceSpin, ReasoningField, [](Price& p, double v) { p.reasoning = optionalPrice(v); });
    connect(ui->catalogueLabel, &QLabel::linkActivated, this, &ModelForm::useListPrice);
    connect(ui->contextSpin, &QSpinBox::valueChanged, this,
        [this](int value) { commit(ContextField, [&](ModelSpec& m) { m.contextWindow = value; }); });
    connect(ui->simulationGroup, &QGroupBox::toggled, this, [this](bool on) {
        commit(Unmerged, [&](ModelSpec& m) {
            if (!on)
                m.simulation.reset();
            else if (!m.simulation)
                m.simulation = SimulationProfile {};
        });
    });
    connect(ui->skillSpin, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        commit(SkillField, [&](ModelSpec& m) {
            if (m.simulation)
                m.simulation->skill = percent / 100.0;
        });
    });
    connect(ui->latencySpin, &QSpinBox::valueChanged, this, [this](int ms) {
        commit(LatencyField, [&](ModelSpec& m) {
            if (m.simulation)
                m.simulation->latencyMs = ms;
        });
    });
}

void ModelForm::connectPrice(QDoubleSpinBox* spin, Field field, const std::function<void(Price&, double)>& set)
{
    connect(spin, &QDoubleSpinBox::valueChanged, this,
        [this, field, set](double value) { commit(field, [&](ModelSpec& m) { set(m.price, value); }); });
}

void ModelForm::refresh()
{
    const ModelSpec& model = m_document->workspace().models.at(m_tracker->path().row);
    setEnabled(true);
    if (!ui->idEdit->isModified())
        FormFields::show(ui->idEdit, model.id);
    refreshProviders(model);
    if (ui->modelEdit->text().trimmed() != model.model)
        FormFields::show(ui->modelEdit, model.model);
    ui->modelEdit->setPlaceholderText(tr("Same as the id: %1").arg(model.id));
    if (ui->displayNameEdit->text().trimmed() != model.displayName)
        FormFields::show(ui->displayNameEdit, model.displayName);
    ui->displayNameEdit->setPlaceholderText(model.id);
    FormFields::show(ui->inputPriceSpin, model.price.input);
    FormFields::show(ui->outputPriceSpin, model.price.output);
    FormFields::show(ui->cachedPriceSpin, model.price.cachedInput.value_or(ui->cachedPriceSpin->minimum()));
    FormFields::show(ui->reasoningPriceSpin, model.price.reasoning.value_or(ui->reasoningPriceSpin->minimum()));
    refreshCatalogue(model);
    FormFields::show(ui->contextSpin, model.contextWindow);
    {
        const QSignalBlocker blocker(ui->simulationGroup);
        ui->simulationGroup->setChecked(model.simulation.has_value());
    }
    const SimulationProfile simulation = model.simulation.value_or(SimulationProfile {});
    FormFields::show(ui->skillSpin, simulation.skill * 100.0);
    FormFields::show(ui->latencySpin, simulation.latencyMs);
}

void ModelForm::refreshProviders(const ModelSpec& model)
{
    const QSignalBlocker blocker(ui->providerCombo);
    ui->providerCombo->clear();
    for (const Provider& provider : m_document->workspace().providers)
        ui->providerCombo->addItem(provider.name, provider.name);
    if (ui->providerCombo->findData(model.provider) < 0) {
        ui->providerCombo->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
            tr("%1 (no such provider)").arg(model.provider), model.provider);
    }
    ui->providerCombo->setCurrentIndex(ui->providerCombo->findData(model.provider));
}

std::optional<CatalogueEntry> ModelForm::catalogueEntry(const ModelSpec& model) const
{
    const Provider* provider = m_document->workspace().provider(model.provider);
    if (!provider)
        return std::nullopt;
    return PriceCatalogue::bundled().find(*provider, model.model.isEmpty() ? model.id : model.model);
}

void ModelForm::refreshCatalogue(const ModelSpec& model)
{
    const auto entry = catalogueEntry(model);
    if (!entry) {
        ui->catalogueLabel->setText(tr("Not in the bundled price catalogue."));
        return;
    }
    const QString checked = PriceCatalogue::bundled().checked();
    if (entry->price == model.price) {
        ui->catalogueLabel->setText(tr("The list price of the bundled catalogue (checked %1).").arg(checked));
        return;
    }
    ui->catalogueLabel->setText(tr("List price %1 in, %2 out (catalogue checked %3). <a href=\"use\">Use list price</a>")
                                    .arg(DisplayFormat::dollars(entry->price.input),
                                        DisplayFormat::dollars(entry->price.output), checked));
}

void ModelForm::useListPrice()
{
    if (!m_tracker->isValid())
        return;
    const auto entry = catalogueEntry(m_document->workspace().models.at(m_tracker->path().row));
    if (entry)
        commit(Unmerged, [&](ModelSpec& m) { m.price = entry->price; });
}

void ModelForm::commit(Field field, const std::function<void(ModelSpec&)>& change)
{
    if (!m_tracker->isValid())
        return;
    const ItemPath path = m_tracker->path();
    const ModelSpec& current = m_document->workspace().models.at(path.row);
    ModelSpec value = current;
    change(value);
    if (value == current)
        return;
    auto* command = new SetItemCommand(m_document, path, QVariant::fromValue(value), tr("Edit model %1").arg(value.id));
    command->setMergeField(field);
    m_document->undoStack()->push(command);
}

void ModelForm::commitId()
{
    if (!m_tracker->isValid())
        return;
    const int row = m_tracker->path().row;
    ModelSpec value = m_document->workspace().models.at(row);
    const QString id = ui->idEdit->text().trimmed();
    const QString problem = id == value.id ? QString() : modelIdProblem(m_document->workspace(), id, row);
    ui->idNotice->setText(problem);
    if (!problem.isEmpty())
        return;
    ui->idEdit->setModified(false);
    FormFields::show(ui->idEdit, id);
    if (id == value.id)
        return;
    const QString text = tr("Rename model %1 to %2").arg(value.id, id);
    value.id = id;
    m_document->undoStack()->push(DocumentEdits::setModel(m_document, row, value, text));
}
