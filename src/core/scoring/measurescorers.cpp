// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurescorers.h"

#include "scorerchecks.h"
#include "scorervalue.h"
#include "textmetrics.h"

#include <algorithm>
#include <cmath>
#include <QVariantMap>

namespace {
std::optional<double> expectedNumber(const QVariant& value)
{
    if (auto number = valueNumber(value))
        return number;
    if (isListValue(value) || isMapValue(value))
        return std::nullopt;
    return firstNumber(value.toString());
}

struct WordBounds {
    std::optional<double> min;
    std::optional<double> max;
    bool contains(int count) const { return (!min || count >= *min) && (!max || count <= *max); }
};

std::optional<WordBounds> boundsFromList(const QVariant& value)
{
    const QVariantList items = value.toList();
    if (items.size() != 2)
        return std::nullopt;
    const WordBounds bounds { valueNumber(items.at(0)), valueNumber(items.at(1)) };
    if (!bounds.min || !bounds.max)
        return std::nullopt;
    return bounds;
}

std::optional<WordBounds> boundsFromMap(const QVariant& value)
{
    const QVariantMap map = value.toMap();
    const QStringList keys = map.keys();
    const bool onlyBounds = std::all_of(keys.begin(), keys.end(), [](const QString& key) {
        return key == QLatin1String("min") || key == QLatin1String("max");
    });
    if (!onlyBounds || map.isEmpty())
        return std::nullopt;
    WordBounds bounds { valueNumber(map.value(QStringLiteral("min"))), valueNumber(map.value(QStringLiteral("max"))) };
    if (map.contains(QStringLiteral("min")) != bounds.min.has_value()
        || map.contains(QStringLiteral("max")) != bounds.max.has_value())
        return std::nullopt;
    return bounds;
}

std::optional<WordBounds> wordBounds(const QVariant& value)
{
    std::optional<WordBounds> bounds;
    if (isListValue(value))
        bounds = boundsFromList(value);
    else if (isMapValue(value))
        bounds = boundsFromMap(value);
    else if (const auto count = valueNumber(value))
        bounds = WordBounds { count, count };
    if (!bounds || (!bounds->min && !bounds->max))
        return std::nullopt;
    const bool negative = (bounds->min && *bounds->min < 0) || (bounds->max && *bounds->max < 0);
    if (negative || (bounds->min && bounds->max && *bounds->min > *bounds->max))
        return std::nullopt;
    return bounds;
}

QString boundsText(const WordBounds& bounds)
{
    if (bounds.min && bounds.max && *bounds.min == *bounds.max)
        return Scorer::tr("exactly %1").arg(*bounds.min);
    if (bounds.min && bounds.max)
        return Scorer::tr("from %1 to %2").arg(*bounds.min).arg(*bounds.max);
    if (bounds.min)
        return Scorer::tr("at least %1").arg(*bounds.min);
    return Scorer::tr("at most %1").arg(*bounds.max);
}

QString dollars(double amount)
{
    return u'$' + QString::number(amount, 'g', 6);
}
} // namespace

QList<ScorerIssue> NumericScorer::check(const ScorerSpec& spec) const
{
    ScorerChecks::Issue valueIssue;
    const bool placeholder = !isListValue(spec.value) && hasPlaceholder(spec.value.toString());
    if (hasValue(spec.value) && !placeholder && !expectedNumber(spec.value))
        valueIssue
            = ScorerChecks::valueIssue(tr("value: numeric expects a number, found %1").arg(describeValue(spec.value)));
    return issues(
        { valueIssue, ScorerChecks::threshold(spec, 0.0, ScorerChecks::unbounded), ScorerChecks::noPath(spec) });
}

ScorerVerdict NumericScorer::evaluate(const ScoringContext& context) const
{
    const auto expected = expectedNumber(context.value);
    if (!expected)
        return ScorerVerdict::failure(tr("no number to compare with in %1").arg(describeValue(context.value)));
    const auto actual = firstNumber(context.output.text);
    if (!actual)
        return ScorerVerdict::of(false, tr("found no number in the output"));
    const double tolerance = context.spec.threshold.value_or(0.0);
    const double difference = std::abs(*actual - *expected);
    const bool within = difference <= tolerance + 1e-9 * std::max(1.0, std::abs(*expected));
    const QString found = QString::number(*actual);
    const QString wanted = QString::number(*expected);
    if (within)
        return ScorerVerdict::of(
            true, tr("the output's number %1 is within %2 of %3").arg(found, QString::number(tolerance), wanted));
    return ScorerVerdict::of(false,
                             tr("the output's number %1 differs from %2 by %3; at most %4 allowed")
                                 .arg(found, wanted, QString::number(difference), QString::number(tolerance)));
}

QList<ScorerIssue> WordCountScorer::check(const ScorerSpec& spec) const
{
    auto valueIssue = ScorerChecks::requiredValue(spec, tr("a word count, {min: a, max: b} or [a, b] in 'value'"));
    const bool placeholder
        = !isListValue(spec.value) && !isMapValue(spec.value) && hasPlaceholder(spec.value.toString());
    if (!valueIssue && !placeholder && !wordBounds(spec.value))
        valueIssue = ScorerChecks::valueIssue(
            tr("value: word-count expects a count of 0 or more, {min: a, max: b} or [a, b] with a <= b, found %1")
                .arg(describeValue(spec.value)));
    return issues({ valueIssue, ScorerChecks::noThreshold(spec), ScorerChecks::noPath(spec) });
}

ScorerVerdict WordCountScorer::evaluate(const ScoringContext& context) const
{
    const auto bounds = wordBounds(context.value);
    if (!bounds)
        return ScorerVerdict::failure(tr("no word count in %1").arg(describeValue(context.value)));
    const int count = wordCount(context.output.text);
    return ScorerVerdict::of(bounds->contains(count),
                             tr("%n word(s); expected %1", nullptr, count).arg(boundsText(*bounds)));
}

QList<ScorerIssue> CostScorer::check(const ScorerSpec& spec) const
{
    return issues(
        { ScorerChecks::noValue(spec),
          ScorerChecks::threshold(spec, 0.0, ScorerChecks::unbounded, tr("the most US dollars one call may cost")),
          ScorerChecks::noPath(spec) });
}

ScorerVerdict CostScorer::evaluate(const ScoringContext& context) const
{
    if (!context.output.costUsd)
        return ScorerVerdict::failure(tr("the cost of this call is unknown: give the model a price"));
    const double cost = *context.output.costUsd;
    const double maximum = context.spec.threshold.value_or(0.0);
    return ScorerVerdict::of(cost <= maximum,
                             tr("the call cost %1; at most %2 allowed").arg(dollars(cost), dollars(maximum)));
}

QList<ScorerIssue> LatencyScorer::check(const ScorerSpec& spec) const
{
    return issues(
        { ScorerChecks::noValue(spec),
          ScorerChecks::threshold(spec, 0.0, ScorerChecks::unbounded, tr("the most milliseconds one call may take")),
          ScorerChecks::noPath(spec) });
}

ScorerVerdict LatencyScorer::evaluate(const ScoringContext& context) const
{
    const qint64 latency = context.output.latencyMs;
    // An answer collected from a batch came some time within a day: it cannot show the model is fast.
    if (latency < 0)
        return ScorerVerdict::failure(tr("no latency: answered through the provider's batch API"));
    const double maximum = context.spec.threshold.value_or(0.0);
    return ScorerVerdict::of(
        double(latency) <= maximum,
        tr("the call took %1 ms; at most %2 ms allowed").arg(QString::number(latency), QString::number(maximum)));
}
