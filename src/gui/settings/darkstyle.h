// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// Fusion for the dark palette. Fusion outlines check boxes and radio buttons in a shade of the
// window colour darker still, which on a dark window is the colour of the box's own fill: an
// unchecked box all but disappears. This draws that outline in a mid grey that shows on the dark
// window and on table rows alike.
class DarkStyle : public QProxyStyle
{
    Q_OBJECT
public:
    DarkStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};
