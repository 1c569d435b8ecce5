// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class ResultsMatrixModel;

// Sorts the matrix by its sort role and keeps the cases that match what is shown (all, those some
// model failed or erred on, those with an error, those the models disagree on) and contain the
// search text in their id, input, expected output or any model's output.
class MatrixFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, Failures, Errors, Disagreements };

    explicit MatrixFilterProxy(QObject* parent = nullptr);

    void setMatrixModel(ResultsMatrixModel* model);
    Show show() const { return m_show; }
    void setShow(Show show);
    QString text() const { return m_text; }
    void setText(const QString& text);
    int sourceRow(int proxyRow) const; // -1 when there is none
    QList<int> sourceRows() const; // of every row shown, in the shown order

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ResultsMatrixModel* m_matrix = nullptr;
    Show m_show = Show::All;
    QString m_text;
};
