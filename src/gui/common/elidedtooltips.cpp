// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedtooltips.h"

#include "fittedcolumns.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyleOptionViewItem>
#include <QToolTip>

namespace {
// The whole text first; the model's own tip, when it says more, after it.
QString withModelTip(const QString& text, const QVariant& modelTip)
{
    const QString tip = modelTip.toString();
    return tip.isEmpty() || tip == text ? text : text + QStringLiteral("\n\n") + tip;
}
} // namespace

ElidedToolTips::ElidedToolTips(QAbstractItemView* view, QHeaderView* header)
    : QObject(view)
    , m_view(view)
    , m_header(header)
{
    view->viewport()->installEventFilter(this);
    if (header) {
        header->setTextElideMode(Qt::ElideRight);
        header->viewport()->installEventFilter(this);
    }
}

void ElidedToolTips::install(QAbstractItemView* view, QHeaderView* header)
{
    if (!view->findChild<ElidedToolTips*>(QString(), Qt::FindDirectChildrenOnly))
        new ElidedToolTips(view, header);
}

QString ElidedToolTips::cellToolTip(const QAbstractItemView* view, const QPoint& viewportPos)
{
    const QModelIndex index = view->indexAt(viewportPos);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return {};
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    const int needed = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
    if (needed <= view->visualRect(index).width() && !text.contains(u'\n'))
        return {};
    return withModelTip(text, index.data(Qt::ToolTipRole));
}

QString ElidedToolTips::sectionToolTip(const QHeaderView* header, const QPoint& viewportPos)
{
    const int section = header->logicalIndexAt(viewportPos);
    if (section < 0 || !header->model())
        return {};
    const QString text = header->model()->headerData(section, header->orientation(), Qt::DisplayRole).toString();
    if (text.isEmpty() || FittedColumns::titleWidth(header, section) <= header->sectionSize(section))
        return {};
    return withModelTip(text, header->model()->headerData(section, header->orientation(), Qt::ToolTipRole));
}

bool ElidedToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const bool onHeader = m_header && watched == m_header->viewport();
    const QString tip = onHeader ? sectionToolTip(m_header, help->pos()) : cellToolTip(m_view, help->pos());
    if (tip.isEmpty())
        return QObject::eventFilter(watched, event); // the model's own tip, if any
    QToolTip::showText(help->globalPos(), tip, static_cast<QWidget*>(watched));
    return true;
}
