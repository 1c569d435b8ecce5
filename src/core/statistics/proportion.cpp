// SPDX-License-Identifier: GPL-3.0-or-later
#include "proportion.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
constexpr qint64 barScale = 1000000;
constexpr double caseTolerance = 1e-7; // of one case: sums of thirds must tie with whole numbers

qint64 scaledBar(double bar)
{
    return std::llround(std::clamp(bar, 0.0, 1.0) * barScale);
}

// The Wilson bounds are the roots in p of n (rate - p)^2 = z^2 p (1 - p): a bar p is excluded
// once n reaches z^2 p (1 - p) / (rate - p)^2. Below it the bound is the bar itself (">=" holds).
double trialsToExclude(double rate, double bar)
{
    const double gap = rate - bar;
    return z95 * z95 * bar * (1.0 - bar) / (gap * gap);
}

qint64 totalTrialsToDecide(double successes, qint64 trials, double bar)
{
    const double rate = successes / double(trials);
    const double needed = trialsToExclude(rate, bar);
    if (rate > bar) // the lower bound reaches the bar: "at or above"
        return qint64(std::ceil(needed));
    return qint64(std::floor(needed)) + 1; // the upper bound must fall strictly below the bar
}

BarVerdict undecided(double successes, qint64 trials, double bar, qint64 capCases)
{
    if (trials == 0)
        return {};
    if (compareFractions(successes, trials, double(scaledBar(bar)), barScale) == 0)
        return { BarOutcome::Undecided, 0, false, true };
    const double total = double(totalTrialsToDecide(successes, trials, bar));
    const double moreCases = std::max(1.0, total - double(trials));
    if (moreCases > double(capCases))
        return { BarOutcome::Undecided, capCases, true };
    return { BarOutcome::Undecided, qint64(moreCases), false };
}
} // namespace

Interval wilsonInterval(double successes, double trials)
{
    if (trials <= 0)
        return {};
    const double n = trials;
    const double k = std::clamp(successes, 0.0, trials);
    const double z2 = z95 * z95;
    const double centre = (k + z2 / 2.0) / (n + z2);
    const double half = z95 / (n + z2) * std::sqrt(k * (n - k) / n + z2 / 4.0);
    // At k = 0 and k = n the bounds are exactly 0 and 1; rounding must not move them.
    const double lower = successes <= 0 ? 0.0 : std::max(0.0, centre - half);
    const double upper = successes >= trials ? 1.0 : std::min(1.0, centre + half);
    return { lower, upper };
}

bool rateMeets(qint64 successes, qint64 trials, double bar)
{
    return trials > 0 && successes * barScale >= scaledBar(bar) * trials;
}

int compareRates(qint64 successes1, qint64 trials1, qint64 successes2, qint64 trials2)
{
    const qint64 left = successes1 * trials2;
    const qint64 right = successes2 * trials1;
    return left < right ? -1 : (left > right ? 1 : 0);
}

bool fractionMeets(double successes, qint64 trials, double bar)
{
    return trials > 0 && compareFractions(successes, trials, double(scaledBar(bar)), barScale) >= 0;
}

int compareFractions(double successes1, qint64 trials1, double successes2, qint64 trials2)
{
    // Cross-multiplied as compareRates does; exact for whole counts, which doubles hold exactly.
    const double left = successes1 * double(trials2);
    const double right = successes2 * double(trials1);
    const double tolerance = caseTolerance * double(std::max<qint64>(1, std::max(trials1, trials2)));
    return left < right - tolerance ? -1 : (left > right + tolerance ? 1 : 0);
}

BarVerdict barVerdict(double successes, qint64 cases, double bar, qint64 capCases)
{
    const Interval interval = wilsonInterval(successes, double(cases));
    if (cases > 0 && interval.lower >= bar)
        return { BarOutcome::Meets };
    if (cases > 0 && interval.upper < bar)
        return { BarOutcome::Fails };
    return undecided(successes, cases, bar, capCases);
}

QString BarVerdict::text() const
{
    switch (outcome) {
    case BarOutcome::Meets:
        return QCoreApplication::translate("BarVerdict", "Meets the bar");
    case BarOutcome::Fails:
        return QCoreApplication::translate("BarVerdict", "Below the bar");
    case BarOutcome::Undecided:
        break;
    }
    if (onBar)
        return QCoreApplication::translate("BarVerdict", "Undecided: exactly at the bar, which more cases cannot settle");
    if (moreCases == 0)
        return QCoreApplication::translate("BarVerdict", "Undecided: no results yet");
    if (beyondCap)
        return QCoreApplication::translate("BarVerdict", "Undecided: more than %n more cases would be needed", nullptr,
                                           int(moreCases));
    return QCoreApplication::translate("BarVerdict", "Undecided: about %n more cases would likely decide it", nullptr,
                                       int(moreCases));
}
