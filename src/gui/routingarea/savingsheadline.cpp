// SPDX-License-Identifier: GPL-3.0-or-later
#include "savingsheadline.h"

#include "common/displayformat.h"
#include "savingstext.h"

namespace {
using Direction = SavingsText::Direction;
constexpr double halfCent = 0.005;

// Two monthly sums, each the known parts added up, and whether some part with traffic is unknown.
struct Sides {
    double map = 0.0;
    double other = 0.0;
    bool mapKnown = true;
    bool otherKnown = true;
};

// Certain when both sums are complete, or when the incomplete one is already past the complete one.
Direction directionOf(const Sides& sides)
{
    const double saving = sides.other - sides.map;
    if (sides.mapKnown && sides.otherKnown)
        return qAbs(saving) < halfCent ? Direction::Same : saving > 0 ? Direction::Saves : Direction::CostsMore;
    if (!sides.mapKnown && sides.otherKnown && saving <= -halfCent)
        return Direction::CostsMore;
    if (sides.mapKnown && !sides.otherKnown && saving >= halfCent)
        return Direction::Saves;
    return Direction::Unknown;
}

QString amount(double usd, bool known)
{
    if (known)
        return monthlyText(usd);
    return usd < halfCent ? SavingsText::tr("unknown") : SavingsText::tr("at least %1").arg(monthlyText(usd));
}

// "sentiment on gpt-4o, other traffic on claude-sonnet": the parts with traffic whose cost (and, where
// errors are priced, accuracy) the run has no figures for.
QStringList unknownParts(const SavingsProjection& projection, bool totals)
{
    QStringList parts;
    for (const CategoryProjection& row : projection.categories) {
        if (row.trafficShare <= 0.0)
            continue;
        const QString name = row.isOtherTraffic() ? SavingsText::tr("other traffic") : row.category;
        const bool priced = totals && row.errorCostUsd;
        if (!row.costKnown || (priced && !row.errorCostKnown))
            parts.append(row.modelId.isEmpty() ? SavingsText::tr("%1 (no route)").arg(name)
                                               : SavingsText::tr("%1 on %2").arg(name, row.modelId));
        if (!row.baselineCostKnown || (priced && !row.baselineErrorCostKnown))
            parts.append(SavingsText::tr("%1 on %2").arg(name, projection.baselineModelId));
    }
    parts.removeDuplicates();
    return parts;
}

QString againstBaseline(const SavingsProjection& p, const Sides& sides, Direction direction)
{
    const QString requests = DisplayFormat::count(p.monthlyRequests);
    const QString difference = monthlyText(qAbs(sides.other - sides.map));
    const bool exact = sides.mapKnown && sides.otherKnown;
    switch (direction) {
    case Direction::Saves:
        return exact ? SavingsText::tr("%1 (%2) less a month than sending all %3 requests to %4.")
                           .arg(difference, DisplayFormat::percent(sides.other > 0 ? 1.0 - sides.map / sides.other : 0.0),
                                requests, p.baselineModelId)
                     : SavingsText::tr("At least %1 less a month than sending all %2 requests to %3.")
                           .arg(difference, requests, p.baselineModelId);
    case Direction::CostsMore:
        return exact ? SavingsText::tr("%1 more a month than sending all %2 requests to %3.")
                           .arg(difference, requests, p.baselineModelId)
                     : SavingsText::tr("At least %1 more a month than sending all %2 requests to %3.")
                           .arg(difference, requests, p.baselineModelId);
    case Direction::Same:
        return SavingsText::tr("The same monthly cost as sending all %1 requests to %2.").arg(requests, p.baselineModelId);
    case Direction::Unknown:
        break;
    }
    return SavingsText::tr("Whether the map costs less than sending all %1 requests to %2 is not known yet.")
        .arg(requests, p.baselineModelId);
}

QString againstPrevious(const SavingsProjection& p, Direction direction)
{
    const QString before = amount(p.previousMonthlyCostUsd, p.previousCostKnown);
    const QString difference = monthlyText(qAbs(p.previousMonthlyCostUsd - p.mapMonthlyCostUsd));
    const bool exact = p.mapCostKnown && p.previousCostKnown;
    switch (direction) {
    case Direction::Saves:
        return (exact ? SavingsText::tr("%1 a month less than the map last saved to the workspace file (%2).")
                      : SavingsText::tr("At least %1 a month less than the map last saved to the workspace file (%2)."))
            .arg(difference, before);
    case Direction::CostsMore:
        return (exact ? SavingsText::tr("%1 a month more than the map last saved to the workspace file (%2).")
                      : SavingsText::tr("At least %1 a month more than the map last saved to the workspace file (%2)."))
            .arg(difference, before);
    case Direction::Same:
        return SavingsText::tr("Same monthly cost as the map last saved to the workspace file (%1).").arg(before);
    case Direction::Unknown:
        break;
    }
    return SavingsText::tr("Against the map last saved to the workspace file (%1): not known, some of the routes "
                           "have no figures in this run.")
        .arg(before);
}

// With priced errors: each side's API cost and the expected cost of its wrong answers.
QString breakdown(const SavingsProjection& p)
{
    return SavingsText::tr("The map: API %1 + errors %2 = %3. All on %4: API %5 + errors %6 = %7.")
        .arg(amount(p.mapMonthlyCostUsd, p.mapCostKnown), amount(p.mapMonthlyErrorCostUsd, p.mapErrorCostKnown),
             amount(p.mapMonthlyTotalUsd(), p.mapTotalKnown()), p.baselineModelId,
             amount(p.baselineMonthlyCostUsd, p.baselineCostKnown),
             amount(p.baselineMonthlyErrorCostUsd, p.baselineErrorCostKnown),
             amount(p.baselineMonthlyTotalUsd(), p.baselineTotalKnown()));
}
} // namespace

SavingsText savingsText(const SavingsProjection& p, bool mapIsSaved)
{
    const bool totals = p.errorsPriced;
    const Sides sides = totals
        ? Sides { p.mapMonthlyTotalUsd(), p.baselineMonthlyTotalUsd(), p.mapTotalKnown(), p.baselineTotalKnown() }
        : Sides { p.mapMonthlyCostUsd, p.baselineMonthlyCostUsd, p.mapCostKnown, p.baselineCostKnown };
    SavingsText text;
    text.direction = directionOf(sides);
    const QString map = amount(sides.map, sides.mapKnown);
    const QString baseline = amount(sides.other, sides.otherKnown);
    text.headline = totals ? SavingsText::tr("Routing map %1 vs all on %2 %3 a month, errors included")
                                 .arg(map, p.baselineModelId, baseline)
                           : SavingsText::tr("Routing map %1 vs all on %2 %3 a month").arg(map, p.baselineModelId, baseline);
    QStringList summary;
    if (totals)
        summary.append(breakdown(p));
    summary.append(againstBaseline(p, sides, text.direction));
    const QStringList unknown = unknownParts(p, totals);
    if (!unknown.isEmpty())
        summary.append(SavingsText::tr("This run has no figures for %1: they are left out of the sums, not counted as "
                                       "$0. Run these models on these categories to complete the projection.")
                           .arg(unknown.join(QStringLiteral(", "))));
    text.summary = summary.join(u' ');
    text.previousDirection = mapIsSaved
        ? Direction::Same
        : directionOf({ p.mapMonthlyCostUsd, p.previousMonthlyCostUsd, p.mapCostKnown, p.previousCostKnown });
    text.previous = mapIsSaved ? SavingsText::tr("The map is as last saved to the workspace file.")
                               : againstPrevious(p, text.previousDirection);
    return text;
}
