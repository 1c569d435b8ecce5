// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorts a RunComparisonModel by its sort role and, when asked, keeps only the regressions and
// improvements.
class ComparisonFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ComparisonFilterProxy(QObject* parent = nullptr);

    bool onlyChanges() const { return m_onlyChanges; }
    void setOnlyChanges(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_onlyChanges = false;
};
