// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelsarea.h"
#include "ui_modelsarea.h"

#include "common/detailstack.h"
#include "common/emptystateoverlay.h"
#include "common/filterproxymodel.h"
#include "common/tablesetup.h"
#include "document/selection.h"
#include "modelform.h"
#include "modelsmodel.h"
#include "providerform.h"
#include "providersmodel.h"

#include <QHeaderView>
#include <QSettings>

ModelsArea::ModelsArea(WorkspaceDocument* document, Selection* selection, QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ModelsArea>())
    , m_document(document)
    , m_selection(selection)
    , m_providers(new ProvidersModel(document, this))
    , m_models(new ModelsModel(document, this))
    , m_providersProxy(new FilterProxyModel(this))
    , m_modelsProxy(new FilterProxyModel(this))
{
    ui->setupUi(this);
    setUpViews();
    setUpDetails();
    createActions();
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

void ModelsArea::setUpViews()
{
    ui->providersTitle->setText(tr("Providers"));
    ui->modelsTitle->setText(tr("Models"));
    ui->providerFilter->setPlaceholderText(tr("Filter providers"));
    ui->modelFilter->setPlaceholderText(tr("Filter models"));
    m_providersProxy->setSourceModel(m_providers);
    ui->providersView->setModel(m_providersProxy);
    ui->providersView->setSelectionMode(QAbstractItemView::SingleSelection);
    ui->providersView->sortByColumn(-1, Qt::AscendingOrder);
    TableSetup::configure(ui->providersView, ProvidersModel::BaseUrlColumn, {});
    m_modelsProxy->setSourceModel(m_models);
    ui->modelsView->setModel(m_modelsProxy);
    ui->modelsView->setSelectionMode(QAbstractItemView::SingleSelection);
    ui->modelsView->sortByColumn(-1, Qt::AscendingOrder);
    TableSetup::configure(ui->modelsView, ModelsModel::DisplayNameColumn, {});
    // Arrows move within a list; Tab moves on, from the lists to the form.
    ui->providersView->setTabKeyNavigation(false);
    ui->modelsView->setTabKeyNavigation(false);
    m_providersEmpty = new EmptyStateOverlay(ui->providersView);
    m_modelsEmpty = new EmptyStateOverlay(ui->modelsView);
    ui->mainSplitter->setStretchFactor(0, 3);
    ui->mainSplitter->setStretchFactor(1, 2);
    ui->mainSplitter->setSizes({ 640, 400 });
    ui->listSplitter->setSizes({ 280, 420 });

    connect(ui->providerFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_providersProxy->setFilterFixedString(text);
        updateTexts();
    });
    connect(ui->modelFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_modelsProxy->setFilterFixedString(text);
        updateTexts();
    });
    connect(ui->providersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ModelsArea::onProviderChanged);
    connect(ui->modelsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ModelsArea::onModelChanged);
    connect(ui->providersView, &QAbstractItemView::clicked, this, [this] { ui->detailTabs->setCurrentIndex(0); });
    connect(ui->modelsView, &QAbstractItemView::clicked, this, [this] { ui->detailTabs->setCurrentIndex(1); });
}

void ModelsArea::setUpDetails()
{
    // Made after the lists, so that Tab goes from the lists to the fields of the form in view.
    m_providerForm = new ProviderForm(m_document, this);
    m_modelForm = new ModelForm(m_document, this);
    m_providerDetail = new DetailStack(m_providerForm, this);
    m_providerDetail->setEmptyMessage(tr("Select a provider to edit its address, key reference and limits."));
    m_modelDetail = new DetailStack(m_modelForm, this);
    m_modelDetail->setEmptyMessage(tr("Select a model to edit its provider and prices."));
    ui->detailTabs->addTab(m_providerDetail, tr("Provider"));
    ui->detailTabs->addTab(m_modelDetail, tr("Model"));
}

int ModelsArea::currentProvider() const
{
    return m_providersProxy->sourceRow(ui->providersView->currentIndex().row());
}

int ModelsArea::currentModel() const
{
    return m_modelsProxy->sourceRow(ui->modelsView->currentIndex().row());
}

void ModelsArea::selectProvider(int row)
{
    if (row >= 0 && m_providersProxy->proxyRow(row) < 0)
        ui->providerFilter->clear();
    const int proxyRow = m_providersProxy->proxyRow(row);
    ui->providersView->setCurrentIndex(proxyRow < 0 ? QModelIndex() : m_providersProxy->index(proxyRow, 0));
}

void ModelsArea::selectModel(int row)
{
    if (row >= 0 && m_modelsProxy->proxyRow(row) < 0)
        ui->modelFilter->clear();
    const int proxyRow = m_modelsProxy->proxyRow(row);
    ui->modelsView->setCurrentIndex(proxyRow < 0 ? QModelIndex() : m_modelsProxy->index(proxyRow, 0));
    if (proxyRow >= 0)
        ui->modelsView->scrollTo(ui->modelsView->currentIndex());
}

void ModelsArea::onProviderChanged()
{
    const int row = currentProvider();
    m_providerForm->setProvider(row);
    m_providerDetail->showForm(row >= 0);
    updateActions();
}

void ModelsArea::onModelChanged()
{
    const int row = currentModel();
    m_modelForm->setModel(row);
    m_modelDetail->showForm(row >= 0);
    if (row >= 0)
        m_selection->setModel(m_models->keyOf(row));
    updateActions();
}

void ModelsArea::followSelection(const QString& id)
{
    const int row = m_models->rowOfKey(id);
    if (row >= 0 && row != currentModel())
        selectModel(row);
}

void ModelsArea::onItemChanged(const ItemPath& path)
{
    if (path.list == ItemPath::List::Models && path.row == currentModel())
        m_selection->setModel(m_models->keyOf(path.row)); // a new id follows the user around
}

void ModelsArea::onWorkspaceReset()
{
    ui->providerFilter->clear();
    ui->modelFilter->clear();
    selectProvider(m_providers->rowCount() > 0 ? 0 : -1);
    const int model = m_models->rowOfKey(m_selection->model());
    selectModel(model >= 0 ? model : (m_models->rowCount() > 0 ? 0 : -1));
    onProviderChanged();
    onModelChanged();
    updateTexts();
}

void ModelsArea::updateTexts()
{
    if (m_providers->rowCount() == 0) {
        m_providersEmpty->setMessage(tr("No providers yet: add one, or pick a known provider from the menu beside Add."));
    } else {
        m_providersEmpty->setMessage(tr("No provider matches \"%1\".").arg(ui->providerFilter->text()));
    }
    if (m_providers->rowCount() == 0)
        m_modelsEmpty->setMessage(tr("Add a provider first, then the models it serves."));
    else if (m_models->rowCount() == 0)
        m_modelsEmpty->setMessage(tr("No models yet: add one, or pick one with its list price from the menu beside Add."));
    else
        m_modelsEmpty->setMessage(tr("No model matches \"%1\".").arg(ui->modelFilter->text()));
}

void ModelsArea::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("mainSplitter"), ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("listSplitter"), ui->listSplitter->saveState());
    settings.setValue(QStringLiteral("providersHeader"), ui->providersView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("modelsHeader"), ui->modelsView->horizontalHeader()->saveState());
}

void ModelsArea::restoreState(const QSettings& settings)
{
    ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    ui->listSplitter->restoreState(settings.value(QStringLiteral("listSplitter")).toByteArray());
    ui->providersView->horizontalHeader()->restoreState(settings.value(QStringLiteral("providersHeader")).toByteArray());
    ui->modelsView->horizontalHeader()->restoreState(settings.value(QStringLiteral("modelsHeader")).toByteArray());
}
