// SPDX-License-Identifier: GPL-3.0-or-later
// The Models & providers area's actions: adding (blank or from the price catalogue) and removing.
#include "catalogue/pricecatalogue.h"
#include "common/displayformat.h"
#include "document/documentedits.h"
#include "common/listdetailpane.h"
#include "modelsarea.h"
#include "modelsmodel.h"
#include "priceimport/priceimportdialog.h"
#include "providersmodel.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

namespace {
constexpr auto makeAction = &ListDetailPane::makeAction;

QString hostOf(const QString& url)
{
    return QUrl(url).host().toLower();
}

// The catalogue's models for a workspace provider: by its name, else by a known host of its kind.
QList<CatalogueEntry> catalogueEntriesFor(const Provider& provider)
{
    const PriceCatalogue& catalogue = PriceCatalogue::bundled();
    QList<CatalogueEntry> entries = catalogue.entriesOf(provider.name);
    const QString host = hostOf(provider.baseUrl.isEmpty() ? defaultBaseUrl(provider.kind) : provider.baseUrl);
    for (const CatalogueProvider& known : catalogue.providers()) {
        if (!entries.isEmpty())
            break;
        if (known.kind == provider.kind && hostOf(known.baseUrl) == host)
            entries = catalogue.entriesOf(known.name);
    }
    return entries;
}

bool hasModel(const Workspace& workspace, const QString& provider, const QString& model)
{
    return std::any_of(workspace.models.cbegin(), workspace.models.cend(), [&](const ModelSpec& spec) {
        return spec.provider == provider && (spec.model.isEmpty() ? spec.id : spec.model) == model;
    });
}
}

void ModelsArea::createActions()
{
    m_addProvider = makeAction(this, tr("Add Provider"), QStringLiteral("list-add"), tr("Add a provider"));
    m_removeProvider = makeAction(this, tr("Remove Provider"), QStringLiteral("list-remove"),
        tr("Remove the selected provider and the models that use it"));
    m_addModel = makeAction(this, tr("Add Model"), QStringLiteral("list-add"), tr("Add a candidate model"));
    m_duplicateModel = makeAction(this, tr("Duplicate Model"), QStringLiteral("edit-copy"),
        tr("Add a copy of the selected model"));
    m_removeModel = makeAction(this, tr("Remove Model"), QStringLiteral("list-remove"), tr("Remove the selected model"));
    connect(m_addProvider, &QAction::triggered, this, &ModelsArea::addBlankProvider);
    connect(m_removeProvider, &QAction::triggered, this, &ModelsArea::removeProvider);
    connect(m_addModel, &QAction::triggered, this, &ModelsArea::addBlankModel);
    connect(m_duplicateModel, &QAction::triggered, this, &ModelsArea::duplicateModel);
    connect(m_removeModel, &QAction::triggered, this, &ModelsArea::removeModel);
    m_importPrices = makeAction(this, tr("Import Prices…"), QStringLiteral("document-import"),
        tr("Compare the models' prices with LiteLLM's or OpenRouter's price list and apply the new ones"));
    connect(m_importPrices, &QAction::triggered, this, &ModelsArea::importPrices);

    m_providerCatalogueMenu = new QMenu(this);
    m_modelCatalogueMenu = new QMenu(this);
    connect(m_providerCatalogueMenu, &QMenu::aboutToShow, this, &ModelsArea::fillProviderCatalogueMenu);
    connect(m_modelCatalogueMenu, &QMenu::aboutToShow, this, &ModelsArea::fillModelCatalogueMenu);
}

void ModelsArea::importPrices()
{
    auto* dialog = new PriceImportDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ModelsArea::updateActions()
{
    m_removeProvider->setEnabled(currentProvider() >= 0);
    m_addModel->setEnabled(m_providers->rowCount() > 0);
    m_duplicateModel->setEnabled(currentModel() >= 0);
    m_removeModel->setEnabled(currentModel() >= 0);
    m_importPrices->setEnabled(m_models->rowCount() > 0);
}

void ModelsArea::fillProviderCatalogueMenu()
{
    m_providerCatalogueMenu->clear();
    m_providerCatalogueMenu->addSection(tr("Known providers"));
    const QStringList taken = DocumentEdits::providerNames(m_document->workspace());
    for (const CatalogueProvider& known : PriceCatalogue::bundled().providers()) {
        QAction* action = m_providerCatalogueMenu->addAction(known.displayName.isEmpty() ? known.name : known.displayName);
        action->setToolTip(known.baseUrl);
        action->setEnabled(!taken.contains(known.name));
        connect(action, &QAction::triggered, this, [this, known] { addProvider(known.toProvider()); });
    }
}

void ModelsArea::fillModelCatalogueMenu()
{
    m_modelCatalogueMenu->clear();
    const Workspace& workspace = m_document->workspace();
    for (const Provider& provider : workspace.providers) {
        const QList<CatalogueEntry> entries = catalogueEntriesFor(provider);
        if (entries.isEmpty())
            continue;
        QMenu* menu = m_modelCatalogueMenu->addMenu(provider.name);
        for (const CatalogueEntry& entry : entries) {
            const QString label = tr("%1 (%2 in, %3 out)")
                                      .arg(entry.displayName.isEmpty() ? entry.model : entry.displayName,
                                          DisplayFormat::dollars(entry.price.input), DisplayFormat::dollars(entry.price.output));
            QAction* action = menu->addAction(label);
            action->setEnabled(!hasModel(workspace, provider.name, entry.model));
            const QString providerName = provider.name;
            connect(action, &QAction::triggered, this, [this, entry, providerName] {
                const QString id = DocumentEdits::uniqueName(entry.model, DocumentEdits::modelIds(m_document->workspace()));
                addModel(modelSpecFromEntry(entry, providerName, id));
            });
        }
    }
    if (m_modelCatalogueMenu->isEmpty())
        m_modelCatalogueMenu->addAction(tr("The catalogue knows none of these providers' models"))->setEnabled(false);
}

void ModelsArea::addProvider(const Provider& provider)
{
    Provider added = provider;
    added.name = DocumentEdits::uniqueName(provider.name, DocumentEdits::providerNames(m_document->workspace()));
    m_pane->addItem(ProviderList, m_document->count(ItemPath::List::Providers), QVariant::fromValue(added),
        tr("Add provider %1").arg(added.name));
}

void ModelsArea::addModel(const ModelSpec& model)
{
    ModelSpec added = model;
    added.id = DocumentEdits::uniqueName(model.id, DocumentEdits::modelIds(m_document->workspace()));
    m_pane->addItem(ModelList, m_document->count(ItemPath::List::Models), QVariant::fromValue(added),
        tr("Add model %1").arg(added.id));
}

void ModelsArea::addBlankProvider()
{
    Provider provider { tr("provider") };
    provider.baseUrl = defaultBaseUrl(provider.kind);
    addProvider(provider);
}

void ModelsArea::addBlankModel()
{
    const Workspace& workspace = m_document->workspace();
    if (workspace.providers.isEmpty())
        return;
    const int provider = std::max(currentProvider(), 0);
    addModel(ModelSpec { tr("new-model"), workspace.providers.at(provider).name });
}

void ModelsArea::duplicateModel()
{
    const int row = currentModel();
    if (row < 0)
        return;
    ModelSpec copy = m_document->workspace().models.at(row);
    copy.id += QLatin1String("-copy");
    addModel(copy);
}

void ModelsArea::removeProvider()
{
    const int row = currentProvider();
    if (row < 0)
        return;
    const Workspace& workspace = m_document->workspace();
    const QString name = workspace.providers.at(row).name;
    QStringList models;
    for (int modelRow : DocumentEdits::modelsOfProvider(workspace, name))
        models.append(workspace.models.at(modelRow).id);
    if (!models.isEmpty()
        && !confirm(tr("Remove Provider"),
            tr("%n model(s) use the provider %1: %2. Removing the provider removes them too, and takes them out of "
               "the routing map.", nullptr, int(models.size()))
                .arg(name, models.join(QLatin1String(", "))),
            tr("Remove Provider and Models"))) {
        return;
    }
    m_document->undoStack()->push(DocumentEdits::removeProvider(m_document, row));
}

void ModelsArea::removeModel()
{
    const int row = currentModel();
    if (row < 0)
        return;
    const QString id = m_document->workspace().models.at(row).id;
    if (DocumentEdits::isRouted(m_document->workspace().routing, id)
        && !confirm(tr("Remove Model"),
            tr("The routing map sends requests to %1. Removing the model takes it out of every route.").arg(id),
            tr("Remove Model"))) {
        return;
    }
    m_document->undoStack()->push(DocumentEdits::removeModel(m_document, row));
}

bool ModelsArea::confirm(const QString& title, const QString& text, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(tr("Edit > Undo brings everything back."));
    box.exec();
    return box.clickedButton() == accept;
}
