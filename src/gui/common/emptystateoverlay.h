// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

// A sentence shown across an item view while its model has no rows, saying what to do next
// ("No categories yet: add one..."), so that an empty table is never a blank pane.
class EmptyStateOverlay : public QLabel
{
    Q_OBJECT
public:
    // Follows the view's current model; set the model first.
    explicit EmptyStateOverlay(QAbstractItemView* view);

    void setMessage(const QString& message);
    QString message() const { return m_message; }
    bool isShown() const; // the view is empty and the message is set

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void place();

    QAbstractItemView* m_view;
    QPointer<QAbstractItemModel> m_model;
    QString m_message;
};
