// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsrows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ResultsRows {

namespace {

    QString toJsonText(const QStringList& list)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    }

    QString toJsonText(const QJsonObject& object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    QStringList stringListFrom(const QVariant& value)
    {
        QStringList list;
        const auto array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
        for (const auto& item : array)
            list.append(item.toString());
        return list;
    }

    QJsonObject objectFrom(const QVariant& value)
    {
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    }

} // namespace

const QLatin1String runColumns("id, started_at, finished_at, status, categories, model_ids, repeats, settings, "
                               "workspace_hash, simulated, spent_usd");

QVariantList runValues(const RunInfo& run)
{
    return {
        textValue(run.id),
        timeValue(run.startedAt),
        timeValue(run.finishedAt),
        runStatusKey(run.status),
        toJsonText(run.categories),
        toJsonText(run.modelIds),
        run.repeats,
        toJsonText(run.settings.toJson()),
        textValue(run.workspaceHash),
        run.simulated,
        run.spentUsd,
    };
}

RunInfo readRun(const QSqlQuery& query)
{
    RunInfo run;
    run.id = query.value(0).toString();
    run.startedAt = timeFrom(query.value(1));
    run.finishedAt = timeFrom(query.value(2));
    // A status this version does not know can only be a finished one: a live run is "running".
    run.status = runStatusFromKey(query.value(3).toString()).value_or(RunStatus::Failed);
    run.categories = stringListFrom(query.value(4));
    run.modelIds = stringListFrom(query.value(5));
    run.repeats = query.value(6).toInt();
    run.settings = RunSettings::fromJson(objectFrom(query.value(7)));
    run.workspaceHash = query.value(8).toString();
    run.simulated = query.value(9).toBool();
    run.spentUsd = query.value(10).toDouble();
    return run;
}

const QLatin1String resultColumns("run_id, category, case_id, model_id, repeat_index, output, input_tokens, "
                                  "output_tokens, usage_estimated, cost_usd, judge_cost_usd, latency_ms, score, "
                                  "pass, error_kind, error_message, attempts, http_status, finished_at, cached, "
                                  "cached_at, refusal, refusal_reason, cached_input_tokens, from_batch");

QVariantList resultValues(const ResultRecord& result)
{
    return {
        textValue(result.runId),
        textValue(result.category),
        textValue(result.caseId),
        textValue(result.modelId),
        result.repeat,
        textValue(result.output),
        result.inputTokens,
        result.outputTokens,
        result.usageEstimated,
        result.costUsd,
        result.judgeCostUsd,
        result.latencyMs,
        result.score ? QVariant(*result.score) : QVariant(),
        result.pass,
        textValue(result.errorKind),
        textValue(result.errorMessage),
        result.attempts,
        result.httpStatus,
        timeValue(result.finishedAt),
        result.cached,
        timeValue(result.cachedAt),
        textValue(result.refusal),
        textValue(result.refusalReason),
        result.cachedInputTokens,
        result.fromBatch,
    };
}

ResultRecord readResult(const QSqlQuery& query)
{
    ResultRecord result;
    result.runId = query.value(0).toString();
    result.category = query.value(1).toString();
    result.caseId = query.value(2).toString();
    result.modelId = query.value(3).toString();
    result.repeat = query.value(4).toInt();
    result.output = query.value(5).toString();
    result.inputTokens = query.value(6).toLongLong();
    result.outputTokens = query.value(7).toLongLong();
    result.usageEstimated = query.value(8).toBool();
    result.costUsd = query.value(9).toDouble();
    result.judgeCostUsd = query.value(10).toDouble();
    result.latencyMs = query.value(11).toLongLong();
    if (const auto score = query.value(12); !score.isNull())
        result.score = score.toDouble();
    result.pass = query.value(13).toBool();
    result.errorKind = query.value(14).toString();
    result.errorMessage = query.value(15).toString();
    result.attempts = query.value(16).toInt();
    result.httpStatus = query.value(17).toInt();
    result.finishedAt = timeFrom(query.value(18));
    result.cached = query.value(19).toBool();
    result.cachedAt = timeFrom(query.value(20));
    result.refusal = query.value(21).toString();
    result.refusalReason = query.value(22).toString();
    result.cachedInputTokens = query.value(23).toLongLong();
    result.fromBatch = query.value(24).toBool();
    return result;
}

const QLatin1String verdictColumns("category, case_id, baseline, candidate, verdict, note, run_id, updated_at");

QVariantList verdictValues(const ShadowVerdict& verdict)
{
    return {
        textValue(verdict.category),        textValue(verdict.caseId),
        textValue(verdict.baselineModelId), textValue(verdict.candidateModelId),
        verdictKey(verdict.verdict),        textValue(verdict.note),
        textValue(verdict.runId),           timeValue(verdict.updatedAt),
    };
}

ShadowVerdict readVerdict(const QSqlQuery& query)
{
    ShadowVerdict verdict;
    verdict.category = query.value(0).toString();
    verdict.caseId = query.value(1).toString();
    verdict.baselineModelId = query.value(2).toString();
    verdict.candidateModelId = query.value(3).toString();
    verdict.verdict = verdictFromKey(query.value(4).toString()).value_or(Verdict::Same);
    verdict.note = query.value(5).toString();
    verdict.runId = query.value(6).toString();
    verdict.updatedAt = timeFrom(query.value(7));
    return verdict;
}

QString placeholdersFor(QLatin1String columns)
{
    const qsizetype count = QString(columns).count(u',') + 1;
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace ResultsRows
