// SPDX-License-Identifier: GPL-3.0-or-later
// ResultsStore's reading of a run's results row by row and counted by SQLite: what lets a run of a
// hundred thousand calls be summarised and resumed without holding its results in memory.
#include "resultsrows.h"
#include "resultsstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace ResultsRows;

bool ResultsStore::forEachResult(const QString& runId, const std::function<void(const ResultRecord&)>& visit)
{
    if (!start())
        return false;
    const QString what = tr("Cannot read the results of run %1").arg(runId);
    QSqlQuery query(m_db);
    if (!execute(query,
                 u"SELECT " + resultColumns
                     + u" FROM results WHERE run_id = ? ORDER BY category, case_id, model_id, repeat_index",
                 { runId }, what))
        return false;
    while (query.next())
        visit(readResult(query));
    return !query.lastError().isValid() || failSql(what, query.lastError());
}

std::optional<ResultsStore::Tally> ResultsStore::tally(const QString& runId)
{
    if (!start())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execute(query,
                 QStringLiteral("SELECT COUNT(*), TOTAL(error_kind <> ''), TOTAL(pass <> 0) FROM results "
                                "WHERE run_id = ?"),
                 { runId }, tr("Cannot count the results of run %1").arg(runId))
        || !query.next())
        return std::nullopt;
    return Tally { query.value(0).toLongLong(), qint64(query.value(1).toDouble()), qint64(query.value(2).toDouble()) };
}
