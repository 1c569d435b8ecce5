// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class WorkspaceDocument;

// The detail pane beside the routing table: the selected category's chain (or the default
// route's), primary first, reordered by dragging or with the arrow buttons, models added and
// removed; and the suggestion for it with its confidence and explanation. Every change is one
// undoable command on the document, and makes the route's rule "manual".
class RouteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RouteEditor(WorkspaceDocument* document, QWidget* parent = nullptr);

    // An empty category edits the default route.
    void setCategory(const QString& category);
    QString category() const { return m_category; }
    // What the suggestion says ("Clear: ..."), and whether it can be applied; empty hides it.
    void setSuggestion(const QString& title, const QString& explanation, bool canApply);

    QStringList chain() const; // as the list shows it
    QListWidget* chainList() const { return m_list; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* suggestionLabel() const { return m_suggestion; }

    // Asked before an edit of a category's chain (a reorder, a removal, a first model) gives it
    // another primary; false keeps the chain as it is. Without one, such edits go through.
    using PrimaryGuard = std::function<bool(const QString& category, const QString& newPrimary)>;
    void setPrimaryGuard(PrimaryGuard guard) { m_guard = std::move(guard); }

    void moveCurrent(int step); // -1 up, +1 down
    void removeCurrent();
    void addModel(const QString& modelId);

Q_SIGNALS:
    void applySuggestionRequested(const QString& category);

private:
    QWidget* createButtons();
    void refresh();
    void refreshAddChoices();
    void updateButtons();
    void commit(const QStringList& chain);
    QStringList currentChain() const; // in the document

    WorkspaceDocument* m_document;
    QString m_category;
    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_suggestionTitle;
    QLabel* m_suggestion;
    QPushButton* m_apply;
    QListWidget* m_list;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_remove;
    QComboBox* m_addCombo;
    QToolButton* m_add;
    QPushButton* m_useDefault;
    PrimaryGuard m_guard;
    bool m_refreshing = false;
};
