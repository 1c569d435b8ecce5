// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;
class QHeaderView;

// A cell or header whose text is cut to fit ("Geroutetes Mo…") shows its whole text as its tool tip,
// above the tool tip the model gives it, if any; text that fits keeps the model's own tool tip. So
// that no value is ever silently dropped.
class ElidedToolTips : public QObject
{
    Q_OBJECT
public:
    // Watches the view's cells and its horizontal header, if it has one.
    static void install(QAbstractItemView* view, QHeaderView* header = nullptr);

    // The text a cell or section would show whole when it is elided; empty when it fits.
    static QString cellToolTip(const QAbstractItemView* view, const QPoint& viewportPos);
    static QString sectionToolTip(const QHeaderView* header, const QPoint& viewportPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ElidedToolTips(QAbstractItemView* view, QHeaderView* header);

    QAbstractItemView* m_view;
    QHeaderView* m_header;
};
