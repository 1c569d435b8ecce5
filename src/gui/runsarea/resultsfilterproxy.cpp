// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsfilterproxy.h"

#include "resultstablemodel.h"

ResultsFilterProxy::ResultsFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResultsFilterProxy::setResultsModel(ResultsTableModel* model)
{
    m_results = model;
    setSourceModel(model);
}

void ResultsFilterProxy::setShow(Show show)
{
    if (m_show == show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void ResultsFilterProxy::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

int ResultsFilterProxy::sourceRow(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return mapToSource(index(proxyRow, 0)).row();
}

bool ResultsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_results)
        return true;
    const ResultRecord& record = m_results->record(sourceRow);
    const ResultsTableModel::Outcome outcome = ResultsTableModel::outcomeOf(record);
    if (m_show == Show::ErrorsOnly && outcome != ResultsTableModel::Outcome::Error)
        return false;
    if (m_show == Show::FailuresOnly && outcome != ResultsTableModel::Outcome::Fail)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString& field) { return field.contains(m_text, Qt::CaseInsensitive); };
    return has(record.category) || has(record.caseId) || has(record.modelId)
        || has(m_results->modelLabel(record.modelId)) || has(record.errorMessage);
}
