// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

NoticeBanner::NoticeBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    updateMargins();
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    updateIcon();
    hide();
}

void NoticeBanner::setKind(Kind kind)
{
    m_kind = kind;
    updateIcon();
}

void NoticeBanner::setCompact(bool compact)
{
    m_compact = compact;
    m_text->setWordWrap(!compact);
    m_icon->setAlignment(compact ? Qt::AlignVCenter : Qt::AlignTop);
    layout()->setAlignment(m_icon, compact ? Qt::AlignVCenter : Qt::AlignTop);
    updateMargins();
}

void NoticeBanner::updateMargins()
{
    if (auto* box = layout())
        box->setContentsMargins(6, m_compact ? 0 : 4, 6, m_compact ? 0 : 4);
}

void NoticeBanner::setText(const QString& text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

void NoticeBanner::setButtonText(const QString& text)
{
    if (!m_button && !text.isEmpty()) {
        m_button = new QPushButton(this);
        m_button->setAutoDefault(false);
        connect(m_button, &QPushButton::clicked, this, &NoticeBanner::buttonClicked);
        layout()->addWidget(m_button);
        layout()->setAlignment(m_button, Qt::AlignVCenter);
    }
    if (m_button) {
        m_button->setText(text);
        m_button->setVisible(!text.isEmpty());
    }
}

void NoticeBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    QFrame::changeEvent(event);
}

void NoticeBanner::updateIcon()
{
    const auto icon = m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}
