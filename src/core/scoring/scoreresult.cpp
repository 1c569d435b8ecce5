// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoreresult.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>

namespace {
class ScoreSummary
{
    Q_DECLARE_TR_FUNCTIONS(ScoreResult)
};

// Scores are sums of products of decimals: 0.1 * 3 must still reach a 0.3 threshold.
constexpr double tolerance = 1e-9;

bool counts(const AssertionResult& assertion, bool allWeightless)
{
    return allWeightless || assertion.weight > 0.0;
}

double weightedScore(const QList<AssertionResult>& assertions, bool allWeightless)
{
    double total = 0.0;
    double weights = 0.0;
    for (const AssertionResult& assertion : assertions) {
        const double weight = allWeightless ? 1.0 : assertion.weight;
        total += weight * assertion.score;
        weights += weight;
    }
    return weights > 0.0 ? total / weights : 0.0;
}

QJsonObject assertionToJson(const AssertionResult& assertion)
{
    return { { QStringLiteral("type"), assertion.type },
             { QStringLiteral("weight"), assertion.weight },
             { QStringLiteral("pass"), assertion.pass },
             { QStringLiteral("score"), assertion.score },
             { QStringLiteral("reason"), assertion.reason },
             { QStringLiteral("error"), assertion.error },
             { QStringLiteral("judge_cost"), assertion.judgeCostUsd } };
}

AssertionResult assertionFromJson(const QJsonObject& json)
{
    return { json.value(QStringLiteral("type")).toString(),      json.value(QStringLiteral("weight")).toDouble(1.0),
             json.value(QStringLiteral("pass")).toBool(),        json.value(QStringLiteral("score")).toDouble(),
             json.value(QStringLiteral("reason")).toString(),    json.value(QStringLiteral("error")).toBool(),
             json.value(QStringLiteral("judge_cost")).toDouble() };
}
} // namespace

bool ScoreResult::hasError() const
{
    return std::any_of(assertions.begin(), assertions.end(), [](const AssertionResult& a) { return a.error; });
}

int ScoreResult::passedCount() const
{
    return int(std::count_if(assertions.begin(), assertions.end(), [](const AssertionResult& a) { return a.pass; }));
}

ScoreResult ScoreResult::combine(const QList<AssertionResult>& assertions, double passThreshold)
{
    ScoreResult result;
    result.assertions = assertions;
    result.passThreshold = passThreshold;
    const bool allWeightless
        = std::all_of(assertions.begin(), assertions.end(), [](const AssertionResult& a) { return a.weight <= 0.0; });
    result.score = weightedScore(assertions, allWeightless);
    bool allPassed = true;
    bool error = false;
    for (const AssertionResult& assertion : assertions) {
        result.judgeCostUsd += assertion.judgeCostUsd;
        if (counts(assertion, allWeightless)) {
            allPassed = allPassed && assertion.pass;
            error = error || assertion.error;
        }
    }
    result.pass = !assertions.isEmpty() && !error && (allPassed || result.score >= passThreshold - tolerance);
    return result;
}

QString ScoreResult::summary() const
{
    if (assertions.isEmpty())
        return ScoreSummary::tr("no scorers: give the category or the case at least one");
    const auto firstError
        = std::find_if(assertions.begin(), assertions.end(), [](const AssertionResult& a) { return a.error; });
    if (firstError != assertions.end() && (!pass || firstError->weight > 0.0))
        return ScoreSummary::tr("%1 could not be scored: %2").arg(firstError->type, firstError->reason);
    QString counted = ScoreSummary::tr("%1 of %n assertion(s) passed, score %2", nullptr, int(assertions.size()))
                          .arg(QString::number(passedCount()), QString::number(score, 'f', 2));
    if (pass)
        return counted;
    const auto firstFailure
        = std::find_if(assertions.begin(), assertions.end(), [](const AssertionResult& a) { return !a.pass; });
    if (firstFailure == assertions.end())
        return counted;
    return ScoreSummary::tr("%1, %2 needed; %3: %4")
        .arg(counted, QString::number(passThreshold, 'f', 2), firstFailure->type, firstFailure->reason);
}

QJsonObject ScoreResult::toJson() const
{
    QJsonArray list;
    for (const AssertionResult& assertion : assertions)
        list.append(assertionToJson(assertion));
    return { { QStringLiteral("score"), score },
             { QStringLiteral("pass_threshold"), passThreshold },
             { QStringLiteral("pass"), pass },
             { QStringLiteral("judge_cost"), judgeCostUsd },
             { QStringLiteral("assertions"), list } };
}

ScoreResult ScoreResult::fromJson(const QJsonObject& json)
{
    ScoreResult result;
    const QJsonArray list = json.value(QStringLiteral("assertions")).toArray();
    for (const auto& item : list)
        result.assertions.append(assertionFromJson(item.toObject()));
    result.score = json.value(QStringLiteral("score")).toDouble();
    result.passThreshold = json.value(QStringLiteral("pass_threshold")).toDouble(1.0);
    result.pass = json.value(QStringLiteral("pass")).toBool();
    result.judgeCostUsd = json.value(QStringLiteral("judge_cost")).toDouble();
    return result;
}

void registerScoringMetaTypes()
{
    qRegisterMetaType<AssertionResult>();
    qRegisterMetaType<ScoreResult>();
}
