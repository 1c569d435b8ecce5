// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeeditor.h"

#include "document/documentedits.h"
#include "document/workspacedocument.h"
#include "routingedits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QToolButton* toolButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    return button;
}

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

RouteEditor::RouteEditor(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_hint(wrappedLabel(this))
    , m_suggestionTitle(wrappedLabel(this))
    , m_suggestion(wrappedLabel(this))
    , m_apply(new QPushButton(tr("Apply suggestion"), this))
    , m_list(new QListWidget(this))
    , m_up(toolButton(this, QStyle::SP_ArrowUp, tr("Move up")))
    , m_down(toolButton(this, QStyle::SP_ArrowDown, tr("Move down")))
    , m_remove(toolButton(this, QStyle::SP_DialogDiscardButton, tr("Remove from the chain")))
    , m_addCombo(new QComboBox(this))
    , m_add(new QToolButton(this))
    , m_useDefault(new QPushButton(tr("Use the default route"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    QFont bold = m_suggestionTitle->font();
    bold.setBold(true);
    m_suggestionTitle->setFont(bold);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAccessibleName(tr("Model chain"));
    m_add->setText(tr("Add"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addCombo->setAccessibleName(tr("Model to add"));
    m_useDefault->setToolTip(tr("Remove this category's route: the default route serves it"));

    // Wide and short beside the table's foot: the suggestion on the left, the chain on the right.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* suggestionColumn = new QVBoxLayout;
    suggestionColumn->addWidget(m_title);
    suggestionColumn->addWidget(m_suggestionTitle);
    suggestionColumn->addWidget(m_suggestion);
    suggestionColumn->addWidget(m_apply, 0, Qt::AlignLeft);
    suggestionColumn->addStretch(1);
    auto* chainColumn = new QVBoxLayout;
    chainColumn->addWidget(m_hint);
    chainColumn->addWidget(m_list, 1);
    chainColumn->addWidget(createButtons());
    chainColumn->addWidget(m_useDefault, 0, Qt::AlignLeft);
    layout->addLayout(suggestionColumn, 1);
    layout->addSpacing(12);
    layout->addLayout(chainColumn, 1);

    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applySuggestionRequested(m_category); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QToolButton::clicked, this, &RouteEditor::removeCurrent);
    connect(m_add, &QToolButton::clicked, this, [this] { addModel(m_addCombo->currentData().toString()); });
    connect(m_useDefault, &QPushButton::clicked, this, [this] { commit({}); });
    connect(m_list, &QListWidget::currentRowChanged, this, &RouteEditor::updateButtons);
    // A drop inside the list moves rows in its model: the new order is the user's edit. Queued,
    // since the commit refills the list, which the drop is still handling.
    connect(
        m_list->model(), &QAbstractItemModel::rowsMoved, this,
        [this] {
            if (!m_refreshing)
                commit(chain());
        },
        Qt::QueuedConnection);
    connect(m_document, &WorkspaceDocument::routingChanged, this, &RouteEditor::refresh);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, &RouteEditor::refresh);
    connect(m_document, &WorkspaceDocument::itemInserted, this, &RouteEditor::refreshAddChoices);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &RouteEditor::refreshAddChoices);
    setSuggestion({}, {}, false);
    refresh();
}

QWidget* RouteEditor::createButtons()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_up);
    layout->addWidget(m_down);
    layout->addWidget(m_remove);
    layout->addSpacing(12);
    layout->addWidget(m_addCombo, 1);
    layout->addWidget(m_add);
    return row;
}

void RouteEditor::setCategory(const QString& category)
{
    m_category = category;
    refresh();
}

void RouteEditor::setSuggestion(const QString& title, const QString& explanation, bool canApply)
{
    m_suggestionTitle->setText(title);
    m_suggestionTitle->setVisible(!title.isEmpty());
    m_suggestion->setText(explanation);
    m_suggestion->setVisible(!explanation.isEmpty());
    m_apply->setVisible(!title.isEmpty());
    m_apply->setEnabled(canApply);
}

QStringList RouteEditor::chain() const
{
    QStringList models;
    for (int row = 0; row < m_list->count(); ++row)
        models.append(m_list->item(row)->data(Qt::UserRole).toString());
    return models;
}

QStringList RouteEditor::currentChain() const
{
    const RoutingMap& map = m_document->workspace().routing;
    return m_category.isEmpty() ? map.defaultChain : RoutingEdits::routeOf(map, m_category).chain;
}

void RouteEditor::moveCurrent(int step)
{
    QStringList models = chain();
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= models.size())
        return;
    models.move(row, target);
    commit(models);
    m_list->setCurrentRow(target);
}

void RouteEditor::removeCurrent()
{
    QStringList models = chain();
    const int row = m_list->currentRow();
    if (row < 0 || row >= models.size())
        return;
    models.removeAt(row);
    commit(models);
    m_list->setCurrentRow(qMin(row, int(models.size()) - 1));
}

void RouteEditor::addModel(const QString& modelId)
{
    QStringList models = chain();
    if (modelId.isEmpty() || models.contains(modelId) || models.size() >= RoutingEdits::maxChainLength)
        return;
    models.append(modelId);
    commit(models);
}

void RouteEditor::commit(const QStringList& models)
{
    const QStringList current = currentChain();
    const bool newPrimary = !m_category.isEmpty() && !models.isEmpty() && models.constFirst() != current.value(0);
    if (models == current || (newPrimary && m_guard && !m_guard(m_category, models.constFirst()))) {
        refresh(); // a drop that changed nothing, or was not confirmed, still redraws the list as it was
        return;
    }
    QUndoCommand* command = m_category.isEmpty() ? RoutingEdits::setDefaultChain(m_document, models)
                                                 : RoutingEdits::setChain(m_document, m_category, models);
    m_document->undoStack()->push(command);
}

void RouteEditor::refresh()
{
    m_refreshing = true;
    const int row = m_list->currentRow();
    const QStringList models = currentChain();
    m_title->setText(m_category.isEmpty() ? tr("Default route") : tr("Route of %1").arg(m_category));
    m_list->clear();
    for (int i = 0; i < models.size(); ++i) {
        const ModelSpec* spec = m_document->workspace().model(models.at(i));
        const QString role = i == 0 ? tr("primary") : tr("fallback %1").arg(i);
        auto* item = new QListWidgetItem(tr("%1  ·  %2").arg(models.at(i), role), m_list);
        item->setData(Qt::UserRole, models.at(i));
        item->setToolTip(spec && !spec->displayName.isEmpty() ? spec->displayName : models.at(i));
    }
    m_list->setCurrentRow(qMin(row, int(models.size()) - 1));
    if (!m_category.isEmpty() && models.isEmpty()) {
        const QStringList fallback = m_document->workspace().routing.defaultChain;
        m_hint->setText(fallback.isEmpty()
                            ? tr("No route yet: add a model below, or apply the suggestion.")
                            : tr("No route of its own: the default route (%1) serves it. Add a model below, or "
                                 "apply the suggestion.")
                                  .arg(fallback.join(QStringLiteral(" → "))));
    } else {
        m_hint->setText(tr("Primary first, then the fallbacks in the order they are tried. Drag to reorder."));
    }
    m_useDefault->setVisible(!m_category.isEmpty());
    m_useDefault->setEnabled(!models.isEmpty());
    m_refreshing = false;
    refreshAddChoices();
}

void RouteEditor::refreshAddChoices()
{
    const QStringList models = chain();
    m_addCombo->clear();
    for (const ModelSpec& spec : m_document->workspace().models) {
        if (!models.contains(spec.id))
            m_addCombo->addItem(spec.id, spec.id);
    }
    updateButtons();
}

void RouteEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_remove->setEnabled(row >= 0);
    const bool roomLeft = m_list->count() < RoutingEdits::maxChainLength;
    m_addCombo->setEnabled(roomLeft && m_addCombo->count() > 0);
    m_add->setEnabled(roomLeft && m_addCombo->count() > 0);
    m_add->setToolTip(roomLeft ? tr("Add the model at the end of the chain")
                               : tr("A chain holds a primary and up to three fallbacks"));
}
