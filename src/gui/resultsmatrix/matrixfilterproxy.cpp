// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixfilterproxy.h"

#include "resultsmatrixmodel.h"

MatrixFilterProxy::MatrixFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsMatrixModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MatrixFilterProxy::setMatrixModel(ResultsMatrixModel* model)
{
    m_matrix = model;
    setSourceModel(model);
}

void MatrixFilterProxy::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void MatrixFilterProxy::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

int MatrixFilterProxy::sourceRow(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return mapToSource(index(proxyRow, 0)).row();
}

QList<int> MatrixFilterProxy::sourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows.append(sourceRow(row));
    return rows;
}

bool MatrixFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_matrix)
        return true;
    switch (m_show) {
    case Show::All:
        break;
    case Show::Failures:
        if (!m_matrix->anyFailed(sourceRow))
            return false;
        break;
    case Show::Errors:
        if (!m_matrix->anyError(sourceRow))
            return false;
        break;
    case Show::Disagreements:
        if (!m_matrix->modelsDisagree(sourceRow))
            return false;
        break;
    }
    return m_text.isEmpty() || m_matrix->rowContains(sourceRow, m_text);
}
