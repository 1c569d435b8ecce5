// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "darkstyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace {
struct PlatformLook {
    QString styleName;
    QPalette palette;
};

const PlatformLook& platformLook()
{
    static const PlatformLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

void setStyle(const QString& name)
{
    if (qobject_cast<DarkStyle*>(QApplication::style())
        || QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}
} // namespace

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor disabledText(0x7d, 0x81, 0x88);
    const QColor highlight(0x3d, 0x7a, 0xc7);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x38, 0x3b, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion->standardPalette();
    delete fusion;
    return palette;
}

void applyTheme(Settings::Theme theme)
{
    const PlatformLook& platform = platformLook();
    switch (theme) {
    case Settings::Theme::System:
        setStyle(platform.styleName);
        QApplication::setPalette(platform.palette);
        return;
    case Settings::Theme::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case Settings::Theme::Dark:
        if (!qobject_cast<DarkStyle*>(QApplication::style()))
            QApplication::setStyle(new DarkStyle);
        QApplication::setPalette(darkPalette());
        return;
    }
}
