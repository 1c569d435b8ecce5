// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/workspacedocument.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class ItemTracker;
struct CatalogueEntry;

namespace Ui {
class ModelForm;
}

// Edits one candidate model: its provider, the id sent on the wire, prices (with the bundled
// catalogue's list price beside them), context window and how the sandbox imitates it. Every change
// is an undoable step; a new id also renames the model in the routing map.
class ModelForm : public QWidget
{
    Q_OBJECT
public:
    explicit ModelForm(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~ModelForm() override;

    void setModel(int row); // -1: none
    int model() const;
    void focusFirstField(); // the id, selected

private:
    enum Field { Unmerged = -1, ModelField, DisplayNameField, InputField, OutputField, CachedField, ReasoningField,
        ContextField, SkillField, LatencyField };

    void connectFields();
    void connectPrice(class QDoubleSpinBox* spin, Field field, const std::function<void(Price&, double)>& set);
    void refresh();
    void refreshProviders(const ModelSpec& model);
    void refreshCatalogue(const ModelSpec& model);
    std::optional<CatalogueEntry> catalogueEntry(const ModelSpec& model) const;
    void commit(Field field, const std::function<void(ModelSpec&)>& change);
    void commitId();
    void useListPrice();

    std::unique_ptr<Ui::ModelForm> ui;
    WorkspaceDocument* m_document;
    ItemTracker* m_tracker;
};
