// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class ResultsTableModel;

// Sorts the results table by its sort role and keeps the rows that match what is shown: all, only
// the errors (no usable answer), or only the failures (answered, scored, and not passed), and the
// search text in the category, case, model or error.
class ResultsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, ErrorsOnly, FailuresOnly };

    explicit ResultsFilterProxy(QObject* parent = nullptr);

    void setResultsModel(ResultsTableModel* model);
    Show show() const { return m_show; }
    void setShow(Show show);
    QString text() const { return m_text; }
    void setText(const QString& text);
    bool isFiltering() const { return m_show != Show::All || !m_text.isEmpty(); }
    int sourceRow(int proxyRow) const; // -1 when there is none

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ResultsTableModel* m_results = nullptr;
    Show m_show = Show::All;
    QString m_text;
};
