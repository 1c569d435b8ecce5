// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;
class QScrollArea;

// The pane beside a table: an editor form in a scroll area while an item is chosen, else a
// sentence that says what to do ("Select a category to edit it").
class DetailStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit DetailStack(QWidget* form, QWidget* parent = nullptr);

    void setEmptyMessage(const QString& message);
    QString emptyMessage() const;
    void showForm(bool show);
    bool isFormShown() const;

private:
    QLabel* m_empty;
    QScrollArea* m_scroll;
};
