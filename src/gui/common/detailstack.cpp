// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailstack.h"

#include <QLabel>
#include <QScrollArea>

DetailStack::DetailStack(QWidget* form, QWidget* parent)
    : QStackedWidget(parent)
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_scroll->setWidget(form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    addWidget(m_empty);
    addWidget(m_scroll);
}

void DetailStack::setEmptyMessage(const QString& message)
{
    m_empty->setText(message);
}

QString DetailStack::emptyMessage() const
{
    return m_empty->text();
}

void DetailStack::showForm(bool show)
{
    setCurrentWidget(show ? static_cast<QWidget*>(m_scroll) : m_empty);
}

bool DetailStack::isFormShown() const
{
    return currentWidget() == m_scroll;
}
