// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystateoverlay.h"

#include <QAbstractItemView>
#include <QEvent>

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView* view)
    : QLabel(view->viewport())
    , m_view(view)
    , m_model(view->model())
{
    setObjectName(QStringLiteral("emptyStateOverlay"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(16);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks and drops reach the view
    view->viewport()->installEventFilter(this);
    if (m_model) {
        const auto update = [this] { refresh(); };
        connect(m_model, &QAbstractItemModel::modelReset, this, update);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, update);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, update);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, update);
    }
    place();
    refresh();
}

void EmptyStateOverlay::setMessage(const QString& message)
{
    m_message = message;
    setText(message);
    refresh();
}

bool EmptyStateOverlay::isShown() const
{
    return !m_message.isEmpty() && (!m_model || m_model->rowCount() == 0);
}

bool EmptyStateOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyStateOverlay::refresh()
{
    setVisible(isShown());
}

void EmptyStateOverlay::place()
{
    setGeometry(m_view->viewport()->rect());
}
