// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelsarea.h"

#include "common/listdetailpane.h"
#include "document/selection.h"
#include "modelform.h"
#include "modelsmodel.h"
#include "providerform.h"
#include "providersmodel.h"

#include <QHBoxLayout>

ModelsArea::ModelsArea(WorkspaceDocument* document, Selection* selection, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_providers(new ProvidersModel(document, this))
    , m_models(new ModelsModel(document, this))
{
    createActions();
    createPane();
    setUpDetails();
    connect(document, &WorkspaceDocument::itemChanged, this, &ModelsArea::onItemChanged);
    connect(document, &WorkspaceDocument::workspaceReset, this, &ModelsArea::onWorkspaceReset);
    const auto listsChanged = [this] {
        updateTexts();
        updateActions();
    };
    connect(document, &WorkspaceDocument::itemInserted, this, listsChanged);
    connect(document, &WorkspaceDocument::itemRemoved, this, listsChanged);
    connect(selection, &Selection::modelChanged, this, &ModelsArea::followSelection);
    onWorkspaceReset();
}

ModelsArea::~ModelsArea() = default;

void ModelsArea::createPane()
{
    ListDetailPane::List providers { QStringLiteral("providers"), QStringLiteral("provider"), tr("Providers"),
        tr("Filter providers"), m_providers, ProvidersModel::BaseUrlColumn };
    providers.tools = { { m_addProvider, tr("Add"), QStringLiteral("addProviderButton"), m_providerCatalogueMenu },
        { m_removeProvider, tr("Remove"), QStringLiteral("removeProviderButton") } };
    providers.currentChanged = [this] { onProviderChanged(); };
    ListDetailPane::List models { QStringLiteral("models"), QStringLiteral("model"), tr("Models"), tr("Filter models"),
        m_models, ModelsModel::DisplayNameColumn };
    models.tools = { { m_addModel, tr("Add"), QStringLiteral("addModelButton"), m_modelCatalogueMenu },
        { m_duplicateModel, tr("Duplicate"), QStringLiteral("duplicateModelButton") },
        { m_removeModel, tr("Remove"), QStringLiteral("removeModelButton") },
        { m_importPrices, tr("Import Prices…"), QStringLiteral("importPricesButton") } };
    models.currentChanged = [this] { onModelChanged(); };
    m_pane = new ListDetailPane({ providers, models }, this);
    m_pane->setSizes({ 640, 400 }, { 280, 420 });
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_pane);
    connect(m_pane, &ListDetailPane::filterChanged, this, &ModelsArea::updateTexts);
}

void ModelsArea::setUpDetails()
{
    m_providerForm = new ProviderForm(m_document, this);
    m_modelForm = new ModelForm(m_document, this);
    m_pane->setDetail(ProviderList, m_providerForm, tr("Provider"),
        tr("Select a provider to edit its address, key reference and limits."));
    m_pane->setDetail(ModelList, m_modelForm, tr("Model"), tr("Select a model to edit its provider and prices."));
}

int ModelsArea::currentProvider() const
{
    return m_pane->currentRow(ProviderList);
}

int ModelsArea::currentModel() const
{
    return m_pane->currentRow(ModelList);
}

void ModelsArea::onProviderChanged()
{
    const int row = currentProvider();
    m_providerForm->setProvider(row);
    m_pane->showDetail(ProviderList, row >= 0);
    updateActions();
}

void ModelsArea::onModelChanged()
{
    const int row = currentModel();
    m_modelForm->setModel(row);
    m_pane->showDetail(ModelList, row >= 0);
    if (row >= 0)
        m_selection->setModel(m_models->keyOf(row));
    updateActions();
}

void ModelsArea::followSelection(const QString& id)
{
    const int row = m_models->rowOfKey(id);
    if (row >= 0 && row != currentModel())
        m_pane->selectRow(ModelList, row);
}

void ModelsArea::onItemChanged(const ItemPath& path)
{
    if (path.list == ItemPath::List::Models && path.row == currentModel())
        m_selection->setModel(m_models->keyOf(path.row)); // a new id follows the user around
}

void ModelsArea::onWorkspaceReset()
{
    m_pane->clearFilter(ProviderList);
    m_pane->clearFilter(ModelList);
    m_pane->selectRow(ProviderList, m_providers->rowCount() > 0 ? 0 : -1);
    const int model = m_models->rowOfKey(m_selection->model());
    m_pane->selectRow(ModelList, model >= 0 ? model : (m_models->rowCount() > 0 ? 0 : -1));
    onProviderChanged();
    onModelChanged();
    updateTexts();
}

void ModelsArea::updateTexts()
{
    if (m_providers->rowCount() == 0) {
        m_pane->setEmptyMessage(ProviderList,
            tr("No providers yet: add one, or pick a known provider from the menu beside Add."));
    } else {
        m_pane->setEmptyMessage(ProviderList, tr("No provider matches \"%1\".").arg(m_pane->filterText(ProviderList)));
    }
    if (m_providers->rowCount() == 0)
        m_pane->setEmptyMessage(ModelList, tr("Add a provider first, then the models it serves."));
    else if (m_models->rowCount() == 0)
        m_pane->setEmptyMessage(ModelList,
            tr("No models yet: add one, or pick one with its list price from the menu beside Add."));
    else
        m_pane->setEmptyMessage(ModelList, tr("No model matches \"%1\".").arg(m_pane->filterText(ModelList)));
}

void ModelsArea::saveState(QSettings& settings) const
{
    m_pane->saveState(settings);
}

void ModelsArea::restoreState(const QSettings& settings)
{
    m_pane->restoreState(settings);
}
