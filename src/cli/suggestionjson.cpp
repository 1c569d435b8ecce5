// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionjson.h"

#include "cascade/cascadecheck.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue known(double amount, bool isKnown)
{
    return isKnown ? QJsonValue(amount) : QJsonValue(QJsonValue::Null);
}

QJsonValue evidenceObject(const std::optional<RouteEvidence>& evidence)
{
    if (!evidence)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("run"), evidence->runId },
                         { QStringLiteral("date"), evidence->date.toUTC().toString(Qt::ISODate) },
                         { QStringLiteral("cases"), evidence->cases },
                         { QStringLiteral("accuracy"), evidence->accuracy },
                         { QStringLiteral("interval"), QJsonArray { evidence->accuracyLow, evidence->accuracyHigh } },
                         { QStringLiteral("cost_per_1k_usd"), evidence->costPer1k },
                         { QStringLiteral("latency_p95_ms"), optional(evidence->latencyP95Ms) },
                         { QStringLiteral("prob_meets_bar"), optional(evidence->probMeetsBar) } };
}

// A category's month: API cost, and with a price of errors their expected cost and the sum.
QJsonObject monthOf(const QString& model, double api, bool apiKnown, const CategoryProjection& row, double errors,
                    bool errorsKnown)
{
    QJsonObject month { { QStringLiteral("model"), model.isEmpty() ? QJsonValue(QJsonValue::Null) : model },
                        { QStringLiteral("api_usd"), known(api, apiKnown) } };
    if (row.errorCostUsd) {
        month.insert(QStringLiteral("error_usd"), known(errors, errorsKnown));
        month.insert(QStringLiteral("total_usd"), known(api + errors, apiKnown && errorsKnown));
    }
    return month;
}

QJsonValue projectionOf(const SavingsProjection& projection, const QString& category)
{
    for (const CategoryProjection& row : projection.categories) {
        if (row.category != category)
            continue;
        QJsonObject object { { QStringLiteral("traffic_share"), row.trafficShare },
                             { QStringLiteral("suggested"), monthOf(row.modelId, row.monthlyCostUsd, row.costKnown, row,
                                                                    row.monthlyErrorCostUsd, row.errorCostKnown) },
                             { QStringLiteral("current"),
                               monthOf(row.previousModelId, row.previousMonthlyCostUsd, row.previousCostKnown, row,
                                       row.previousMonthlyErrorCostUsd, row.previousErrorCostKnown) } };
        if (row.errorCostUsd)
            object.insert(QStringLiteral("error_cost_usd"), *row.errorCostUsd);
        return object;
    }
    return QJsonValue::Null;
}

QJsonObject categoryObject(const RouteSuggestion& suggestion, const SuggestionReport& report)
{
    const SavingsProjection& projection = report.projection;
    const std::optional<double> probability
        = suggestion.evidence ? suggestion.evidence->probMeetsBar : std::optional<double>();
    QJsonObject object { { QStringLiteral("category"), suggestion.category },
             { QStringLiteral("target"), targetKey(suggestion.target) },
             { QStringLiteral("chain"), QJsonArray::fromStringList(suggestion.chain) },
             { QStringLiteral("runner_up"),
               suggestion.runnerUp.isEmpty() ? QJsonValue(QJsonValue::Null) : suggestion.runnerUp },
             { QStringLiteral("confidence"), suggestionConfidenceKey(suggestion.confidence) },
             { QStringLiteral("prob_meets_bar"), optional(probability) },
             { QStringLiteral("cases_needed"), suggestion.moreCasesNeeded },
             { QStringLiteral("explanation"), suggestion.explanation },
             { QStringLiteral("evidence"), evidenceObject(suggestion.evidence) },
             { QStringLiteral("projection"), projectionOf(projection, suggestion.category) },
             { QStringLiteral("pricing_changed_winner"), false },
             { QStringLiteral("cascade_check"),
               suggestion.cascadeCheck ? QJsonValue(cascadeCheckText(*suggestion.cascadeCheck))
                                       : QJsonValue(QJsonValue::Null) } };
    const auto shift = std::find_if(report.pricingShifts.cbegin(), report.pricingShifts.cend(),
                                    [&](const PricingShift& s) { return s.category == suggestion.category; });
    if (shift != report.pricingShifts.cend()) {
        const QJsonObject keys = pricingShiftJson(*shift);
        for (auto it = keys.begin(); it != keys.end(); ++it)
            object.insert(it.key(), it.value());
    }
    return object;
}

QJsonObject totalOf(double api, bool apiKnown, double errors, bool errorsKnown, bool priced)
{
    QJsonObject total { { QStringLiteral("api_usd"), known(api, apiKnown) } };
    if (priced) {
        total.insert(QStringLiteral("error_usd"), known(errors, errorsKnown));
        total.insert(QStringLiteral("total_usd"), known(api + errors, apiKnown && errorsKnown));
    }
    return total;
}

QJsonObject projectionObject(const SavingsProjection& p)
{
    QJsonObject baseline = totalOf(p.baselineMonthlyCostUsd, p.baselineCostKnown, p.baselineMonthlyErrorCostUsd,
                                   p.baselineErrorCostKnown, p.errorsPriced);
    baseline.insert(QStringLiteral("model"),
                    p.baselineModelId.isEmpty() ? QJsonValue(QJsonValue::Null) : p.baselineModelId);
    return { { QStringLiteral("monthly_requests"), p.monthlyRequests },
             { QStringLiteral("suggested_map"), totalOf(p.mapMonthlyCostUsd, p.mapCostKnown, p.mapMonthlyErrorCostUsd,
                                                        p.mapErrorCostKnown, p.errorsPriced) },
             { QStringLiteral("current_map"),
               totalOf(p.previousMonthlyCostUsd, p.previousCostKnown, p.previousMonthlyErrorCostUsd,
                       p.previousErrorCostKnown, p.errorsPriced) },
             { QStringLiteral("baseline"), baseline } };
}
} // namespace

QString suggestionJson(const SuggestionReport& report)
{
    QJsonArray categories;
    for (const RouteSuggestion& suggestion : report.suggestions)
        categories.append(categoryObject(suggestion, report));
    const QJsonObject document { { QStringLiteral("run"), report.runId },
                                 { QStringLiteral("categories"), categories },
                                 { QStringLiteral("default_chain"), QJsonArray::fromStringList(report.defaultChain) },
                                 { QStringLiteral("projection"), projectionObject(report.projection) } };
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}
