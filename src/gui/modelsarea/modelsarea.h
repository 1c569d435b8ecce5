// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ListDetailPane;
class ModelForm;
class ModelsModel;
class ProviderForm;
class ProvidersModel;
class QAction;
class QMenu;
class QSettings;
class Selection;
class WorkspaceDocument;
struct ItemPath;
struct ModelSpec;
struct Provider;

// The Models & providers area: the providers with their form, and the candidate models with
// theirs. Providers and models can be added blank or from the bundled price catalogue; removing a
// provider that models use, or a model that routes use, asks first. Every edit is an undoable step
// on the document. The current model is the Selection's, both ways. QWidget::actions() holds its
// add/remove actions.
class ModelsArea : public QWidget
{
    Q_OBJECT
public:
    ModelsArea(WorkspaceDocument* document, Selection* selection, QWidget* parent = nullptr);
    ~ModelsArea() override;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    int currentProvider() const; // row in the workspace, -1 when none
    int currentModel() const;

    // Without asking: the confirmations are the actions' business.
    void addProvider(const Provider& provider);
    void addModel(const ModelSpec& model);

private:
    enum List { ProviderList, ModelList };

    void createActions();
    void createPane();
    void setUpDetails();
    void fillProviderCatalogueMenu();
    void fillModelCatalogueMenu();
    void onProviderChanged();
    void onModelChanged();
    void followSelection(const QString& id);
    void onItemChanged(const ItemPath& path);
    void onWorkspaceReset();
    void updateActions();
    void updateTexts();

    void addBlankProvider();
    void removeProvider();
    void addBlankModel();
    void duplicateModel();
    void removeModel();
    void importPrices();
    bool confirm(const QString& title, const QString& text, const QString& acceptText);

    WorkspaceDocument* m_document;
    Selection* m_selection;
    ProvidersModel* m_providers;
    ModelsModel* m_models;
    ListDetailPane* m_pane = nullptr;
    ProviderForm* m_providerForm = nullptr;
    ModelForm* m_modelForm = nullptr;
    QMenu* m_providerCatalogueMenu = nullptr;
    QMenu* m_modelCatalogueMenu = nullptr;
    QAction* m_addProvider = nullptr;
    QAction* m_removeProvider = nullptr;
    QAction* m_addModel = nullptr;
    QAction* m_duplicateModel = nullptr;
    QAction* m_removeModel = nullptr;
    QAction* m_importPrices = nullptr;
};
