// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAbstractItemModel;
class QHeaderView;
class QTableView;
class QTimer;

// Columns sized to what they hold, in the language shown: each one at least as wide as its header
// (with room for the sort arrow) and as its widest cell up to maxWidth, so that no header or figure
// is cut; the stretch column takes what is left, but no less than it needs (the view then scrolls). A new model or layout fits the columns afresh, new
// rows only widen them, and a column the user resized by hand keeps his width. What still does not
// fit is elided with "…" (see ElidedToolTips).
class FittedColumns : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxWidth = 360;

    // minimumWidths: per column, a width never to go below (0: none).
    FittedColumns(QTableView* view, int stretchColumn, const QList<int>& minimumWidths);

    void fit(bool shrink = true);
    static FittedColumns* of(const QTableView* view);
    // What a section's title needs, as QHeaderView measures it (in bold, which a selected section
    // takes), with room for the sort arrow only where it shows: reserving it in every column would
    // cost each one the width of a few letters.
    static int titleWidth(const QHeaderView* header, int section);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchModel();
    void schedule(bool shrink);
    void fitStretchColumn();
    int wantedWidth(int column) const;

    QTableView* m_view;
    QWidget* m_viewport; // compared, never called: events reach it while the view is destroyed
    int m_stretchColumn;
    QList<int> m_minimumWidths;
    QSet<int> m_userSized;
    QPointer<QAbstractItemModel> m_model;
    QTimer* m_timer;
    bool m_shrinkPending = false;
    bool m_fitting = false;
};
