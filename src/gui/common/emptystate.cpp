// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int iconSize = 64;
constexpr int textWidth = 520;
} // namespace

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
{
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    // A column of readable width in the middle of the pane, however wide the pane is.
    auto* column = new QWidget(this);
    column->setMaximumWidth(textWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_iconLabel);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_titleLabel);
    columnLayout->addWidget(m_textLabel);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_actionButton, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QIcon& icon)
{
    m_icon = icon;
    updateIcon();
}

void EmptyState::setTitle(const QString& title)
{
    m_titleLabel->setText(title);
}

void EmptyState::setText(const QString& text)
{
    m_textLabel->setText(text);
}

void EmptyState::setActionText(const QString& text)
{
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_titleLabel->text();
}

QString EmptyState::text() const
{
    return m_textLabel->text();
}

QString EmptyState::actionText() const
{
    return m_actionButton->isHidden() ? QString() : m_actionButton->text();
}

void EmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyState::updateIcon()
{
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF(), QIcon::Disabled));
}
