// SPDX-License-Identifier: GPL-3.0-or-later
// ResultsStore's results, response cache and verdicts; resultsstore.cpp opens it and keeps the runs.
#include "resultsrows.h"
#include "resultsstore.h"
#include "sqltransaction.h"

#include <limits>
#include <QSqlQuery>

using namespace ResultsRows;

namespace {

constexpr int jobKeyColumns = 5; // resultColumns starts with run_id, category, case_id, model_id, repeat_index

QString upsertResultSql()
{
    QStringList updates;
    const QStringList columns = QString(resultColumns).split(QLatin1String(", "));
    for (const QString& column : columns.mid(jobKeyColumns))
        updates.append(column + u" = excluded." + column);
    return u"INSERT INTO results (" + resultColumns + u") VALUES (" + placeholdersFor(resultColumns)
        + u") ON CONFLICT (run_id, category, case_id, model_id, repeat_index) DO UPDATE SET "
        + updates.join(QLatin1String(", "));
}

// " AND column = ?" for each non-empty value, which it appends to values.
QString filters(const QList<std::pair<QLatin1String, QString>>& columnValues, QVariantList& values)
{
    QString sql;
    for (const auto& [column, value] : columnValues) {
        if (value.isEmpty())
            continue;
        sql += u" AND " + column + u" = ?";
        values.append(value);
    }
    return sql;
}

QVariantList verdictKeyValues(const QString& category, const QString& caseId, const QString& baseline,
                              const QString& candidate)
{
    return { textValue(category), textValue(caseId), textValue(baseline), textValue(candidate) };
}

const QString verdictKeySql = QStringLiteral("category = ? AND case_id = ? AND baseline = ? AND candidate = ?");

} // namespace

bool ResultsStore::insertResult(const ResultRecord& result)
{
    return insertResults({ result });
}

bool ResultsStore::insertResults(const QList<ResultRecord>& results)
{
    return insertResults(results, QString(), 0.0);
}

bool ResultsStore::insertResults(const QList<ResultRecord>& results, const QString& runId, double runSpentUsd)
{
    if (!start())
        return false;
    if (results.isEmpty() && runId.isEmpty())
        return true;
    const QString what = tr("Cannot save results");
    SqlTransaction transaction(m_db);
    if (!begin(transaction, what) || !insertQueryReady())
        return false;
    for (const auto& result : results) {
        for (const auto& value : resultValues(result))
            m_insertResult->addBindValue(value);
        if (!m_insertResult->exec()) {
            return failSql(tr("Cannot save the result of case %1 of %2 for model %3 (repeat %4)")
                               .arg(result.caseId, result.category, result.modelId, QString::number(result.repeat + 1)),
                           m_insertResult->lastError());
        }
    }
    QSqlQuery spent(m_db);
    if (!runId.isEmpty()
        && !execute(spent, QStringLiteral("UPDATE runs SET spent_usd = ? WHERE id = ?"), { runSpentUsd, runId },
                    tr("Cannot save what run %1 has spent").arg(runId)))
        return false;
    return commit(transaction, what);
}

bool ResultsStore::setRunSpent(const QString& runId, double spentUsd)
{
    return insertResults({}, runId, spentUsd);
}

std::optional<double> ResultsStore::storedResultsCost(const QString& runId)
{
    if (!start())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execute(query,
                 QStringLiteral("SELECT TOTAL(CASE WHEN cached = 0 THEN cost_usd ELSE 0 END + judge_cost_usd) "
                                "FROM results WHERE run_id = ?"),
                 { runId }, tr("Cannot read the results of run %1").arg(runId))
        || !query.next())
        return std::nullopt;
    return query.value(0).toDouble();
}

bool ResultsStore::insertQueryReady()
{
    if (m_insertResult)
        return true;
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(upsertResultSql()))
        return failSql(tr("Cannot save results"), query->lastError());
    m_insertResult = std::move(query);
    return true;
}

std::optional<QList<ResultRecord>> ResultsStore::results(const QString& runId, const QString& category,
                                                         const QString& modelId)
{
    if (!start())
        return std::nullopt;
    QVariantList values { runId };
    const QString from = u" FROM results WHERE run_id = ?"
        + filters({ { QLatin1String("category"), category }, { QLatin1String("model_id"), modelId } }, values);
    const QString what = tr("Cannot read the results of run %1").arg(runId);
    QSqlQuery query(m_db);
    if (!execute(query, u"SELECT COUNT(*)" + from, values, what) || !query.next())
        return std::nullopt;
    QList<ResultRecord> list;
    list.reserve(query.value(0).toLongLong());
    if (!execute(query, u"SELECT " + resultColumns + from + u" ORDER BY category, case_id, model_id, repeat_index",
                 values, what))
        return std::nullopt;
    while (query.next())
        list.append(readResult(query));
    if (query.lastError().isValid()) {
        failSql(what, query.lastError());
        return std::nullopt;
    }
    return list;
}

std::optional<qint64> ResultsStore::resultCount(const QString& runId)
{
    if (!start())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execute(query, QStringLiteral("SELECT COUNT(*) FROM results WHERE run_id = ?"), { runId },
                 tr("Cannot count the results of run %1").arg(runId))
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<QList<JobKey>> ResultsStore::missingJobs(const QString& runId, const QList<JobKey>& allJobs, Redo redo)
{
    if (!start())
        return std::nullopt;
    const auto done = doneJobs(runId, redo);
    if (!done)
        return std::nullopt;
    QList<JobKey> missing;
    for (const auto& job : allJobs) {
        if (!done->contains(job))
            missing.append(job);
    }
    return missing;
}

std::optional<QSet<JobKey>> ResultsStore::doneJobs(const QString& runId, Redo redo)
{
    if (!start())
        return std::nullopt;
    QString sql = QStringLiteral("SELECT category, case_id, model_id, repeat_index FROM results WHERE run_id = ?");
    if (redo == Redo::MissingAndFailed)
        sql += QLatin1String(" AND error_kind = ''");
    const QString what = tr("Cannot read the results of run %1").arg(runId);
    QSqlQuery query(m_db);
    if (!execute(query, sql, { runId }, what))
        return std::nullopt;
    QSet<JobKey> done;
    QSet<QString> names; // each category, case and model name once, however many keys hold it
    const auto shared = [&names](const QVariant& value) {
        const QString name = value.toString();
        return *names.insert(name);
    };
    while (query.next())
        done.insert({ shared(query.value(0)), shared(query.value(1)), shared(query.value(2)), query.value(3).toInt() });
    if (query.lastError().isValid()) {
        failSql(what, query.lastError());
        return std::nullopt;
    }
    return done;
}

std::optional<CachedResponse> ResultsStore::cachedResponse(const QString& key, const QDateTime& storedSince)
{
    if (!start())
        return std::nullopt;
    QSqlQuery query(m_db);
    const qint64 since = storedSince.isValid() ? storedSince.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    if (!execute(
            query,
            QStringLiteral("SELECT output, input_tokens, output_tokens, latency_ms, stored_at, cached_input_tokens "
                           "FROM response_cache "
                           "WHERE key = ? AND stored_at >= ?"),
            { key, since }, tr("Cannot read the response cache"))
        || !query.next())
        return std::nullopt;
    return CachedResponse { query.value(0).toString(),   query.value(1).toLongLong(), query.value(2).toLongLong(),
                            query.value(3).toLongLong(), timeFrom(query.value(4)),    query.value(5).toLongLong() };
}

bool ResultsStore::putCachedResponse(const QString& key, const CachedResponse& response)
{
    if (!start())
        return false;
    QSqlQuery query(m_db);
    return execute(
        query,
        QStringLiteral("INSERT OR REPLACE INTO response_cache (key, output, input_tokens, output_tokens, latency_ms, "
                       "stored_at, cached_input_tokens) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { key, textValue(response.text), response.inputTokens, response.outputTokens, response.latencyMs,
          timeValue(QDateTime::currentDateTimeUtc()), response.cachedInputTokens },
        tr("Cannot write to the response cache"));
}

bool ResultsStore::clearResponseCache()
{
    if (!start())
        return false;
    QSqlQuery query(m_db);
    return execute(query, QStringLiteral("DELETE FROM response_cache"), {}, tr("Cannot clear the response cache"));
}

bool ResultsStore::setVerdict(const ShadowVerdict& verdict)
{
    if (!start())
        return false;
    if (verdict.category.isEmpty() || verdict.caseId.isEmpty() || verdict.baselineModelId.isEmpty()
        || verdict.candidateModelId.isEmpty())
        return fail(tr("Cannot save a verdict without its category, case and both models in %1.").arg(m_path));
    ShadowVerdict stamped = verdict;
    stamped.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    return execute(query,
                   u"INSERT OR REPLACE INTO verdicts (" + verdictColumns + u") VALUES ("
                       + placeholdersFor(verdictColumns) + u')',
                   verdictValues(stamped), tr("Cannot save the verdict on case %1").arg(verdict.caseId));
}

std::optional<ShadowVerdict> ResultsStore::verdict(const QString& category, const QString& caseId,
                                                   const QString& baselineModelId, const QString& candidateModelId)
{
    if (!start())
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!execute(query, u"SELECT " + verdictColumns + u" FROM verdicts WHERE " + verdictKeySql,
                 verdictKeyValues(category, caseId, baselineModelId, candidateModelId),
                 tr("Cannot read the verdict on case %1").arg(caseId))
        || !query.next())
        return std::nullopt;
    return readVerdict(query);
}

std::optional<QList<ShadowVerdict>> ResultsStore::verdicts(const QString& baselineModelId,
                                                           const QString& candidateModelId)
{
    if (!start())
        return std::nullopt;
    QVariantList values;
    const QString where = u" WHERE 1"
        + filters({ { QLatin1String("baseline"), baselineModelId }, { QLatin1String("candidate"), candidateModelId } },
                  values);
    const QString what = tr("Cannot read the verdicts");
    QSqlQuery query(m_db);
    if (!execute(query,
                 u"SELECT " + verdictColumns + u" FROM verdicts" + where
                     + u" ORDER BY baseline, candidate, category, case_id",
                 values, what))
        return std::nullopt;
    QList<ShadowVerdict> list;
    while (query.next())
        list.append(readVerdict(query));
    if (query.lastError().isValid()) {
        failSql(what, query.lastError());
        return std::nullopt;
    }
    return list;
}

bool ResultsStore::removeVerdict(const QString& category, const QString& caseId, const QString& baselineModelId,
                                 const QString& candidateModelId)
{
    if (!start())
        return false;
    QSqlQuery query(m_db);
    return execute(query, u"DELETE FROM verdicts WHERE " + verdictKeySql,
                   verdictKeyValues(category, caseId, baselineModelId, candidateModelId),
                   tr("Cannot remove the verdict on case %1").arg(caseId));
}
