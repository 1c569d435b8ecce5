// SPDX-License-Identifier: GPL-3.0-or-later
#include "darkstyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

DarkStyle::DarkStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void DarkStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                              const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!box && element != PE_IndicatorRadioButton)
        return;
    // The same geometry Fusion draws its outline with, half a pixel in for crisp lines.
    const bool focused = option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange);
    const QColor outline = focused ? option->palette.color(QPalette::Highlight)
                                   : option->palette.color(QPalette::Disabled, QPalette::WindowText).lighter(115);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(0, 0, -1, -1);
    if (box)
        painter->drawRect(rect);
    else
        painter->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}
