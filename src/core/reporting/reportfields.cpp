// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfields.h"

#include <cmath>

namespace {
double share(double value)
{
    return std::round(value * 1e4) / 1e4 + 0.0; // + 0.0 turns -0 into 0
}

double significant(double value, int digits)
{
    return QString::number(value, 'g', digits).toDouble() + 0.0;
}

double dollars(double value)
{
    return significant(value, 6);
}

QJsonValue optionalDollars(const std::optional<double>& value)
{
    return value ? QJsonValue(dollars(*value)) : QJsonValue(QJsonValue::Null);
}

// Null when not measured: a batch answer's latency is unknown, not 0.
QJsonValue optionalMs(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

const QStringList errorCostKeys { QStringLiteral("expected_error_cost_per_1k_usd"),
                                  QStringLiteral("total_cost_per_1k_usd"),
                                  QStringLiteral("cost_per_useful_output_usd") };

QList<QJsonValue> changeValues(const std::optional<ReportChange>& change)
{
    if (!change)
        return QList<QJsonValue>(6, QJsonValue(QJsonValue::Null));
    return { share(change->baselineAccuracy),
             share(change->accuracyChange),
             dollars(change->costChangePer1kUsd),
             significant(change->pValue, 4),
             change->regression,
             change->improvement };
}
} // namespace

QStringList reportKeys(bool compared)
{
    QStringList keys { QStringLiteral("category"),
                       QStringLiteral("model"),
                       QStringLiteral("cases"),
                       QStringLiteral("trials"),
                       QStringLiteral("passes"),
                       QStringLiteral("accuracy"),
                       QStringLiteral("ci_low"),
                       QStringLiteral("ci_high"),
                       QStringLiteral("meets_bar"),
                       QStringLiteral("prob_meets_bar"),
                       QStringLiteral("cost_per_1k_usd"),
                       QStringLiteral("cost_per_case_usd"),
                       QStringLiteral("latency_p50_ms"),
                       QStringLiteral("latency_p95_ms"),
                       QStringLiteral("errors"),
                       QStringLiteral("refusals"),
                       QStringLiteral("stability"),
                       QStringLiteral("pass_k") };
    keys += errorCostKeys;
    if (compared) {
        keys << QStringLiteral("baseline_accuracy") << QStringLiteral("accuracy_change")
             << QStringLiteral("cost_change_per_1k_usd") << QStringLiteral("p_value") << QStringLiteral("regression")
             << QStringLiteral("improvement");
    }
    return keys;
}

bool omittedWhenNull(const QString& key)
{
    return errorCostKeys.contains(key);
}

QList<QJsonValue> reportValues(const ReportRow& row, bool compared)
{
    QList<QJsonValue> values { row.category,
                               row.model,
                               row.cases,
                               row.trials,
                               row.passes,
                               share(row.accuracy),
                               share(row.interval.lower),
                               share(row.interval.upper),
                               barKey(row.bar),
                               share(row.probMeetsBar),
                               dollars(row.costPer1kUsd),
                               dollars(row.costPerCaseUsd),
                               optionalMs(row.latencyP50Ms),
                               optionalMs(row.latencyP95Ms),
                               row.errors,
                               row.refusals,
                               share(row.stability),
                               share(row.passK),
                               optionalDollars(row.expectedErrorCostPer1kUsd),
                               optionalDollars(row.totalCostPer1kUsd),
                               optionalDollars(row.costPerUsefulOutputUsd) };
    if (compared)
        values += changeValues(row.change);
    return values;
}
