// SPDX-License-Identifier: GPL-3.0-or-later
#include "proportion.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
constexpr qint64 barScale = 1000000;

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

qint64 totalTrialsToDecide(qint64 successes, qint64 trials, double bar)
{
    const double rate = double(successes) / double(trials);
    const double needed = trialsToExclude(rate, bar);
    if (rate > bar) // the lower bound reaches the bar: "at or above"
        return qint64(std::ceil(needed));
    return qint64(std::floor(needed)) + 1; // the upper bound must fall strictly below the bar
}

BarVerdict undecided(qint64 successes, qint64 trials, double bar, int trialsPerCase, qint64 capCases)
{
    if (trials == 0)
        return {};
    const qint64 scaled = scaledBar(bar);
    if (successes * barScale == scaled * trials) // the rate sits on the bar: no number of cases decides
        return { BarOutcome::Undecided, capCases, true };
    const double total = double(totalTrialsToDecide(successes, trials, bar));
    const double moreTrials = std::max(1.0, total - double(trials));
    const double moreCases = std::ceil(moreTrials / std::max(1, trialsPerCase));
    if (moreCases > double(capCases))
        return { BarOutcome::Undecided, capCases, true };
    return { BarOutcome::Undecided, qint64(moreCases), false };
}
} // namespace

Interval wilsonInterval(qint64 successes, qint64 trials)
{
    if (trials <= 0)
        return {};
    const double n = double(trials);
    const double k = double(std::clamp(successes, qint64(0), trials));
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

BarVerdict barVerdict(qint64 successes, qint64 trials, double bar, int trialsPerCase, qint64 capCases)
{
    const Interval interval = wilsonInterval(successes, trials);
    if (trials > 0 && interval.lower >= bar)
        return { BarOutcome::Meets };
    if (trials > 0 && interval.upper < bar)
        return { BarOutcome::Fails };
    return undecided(successes, trials, bar, trialsPerCase, capCases);
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
    if (moreCases == 0)
        return QCoreApplication::translate("BarVerdict", "Undecided: no results yet");
    if (beyondCap)
        return QCoreApplication::translate("BarVerdict", "Undecided: more than %n more cases would be needed", nullptr,
                                           int(moreCases));
    return QCoreApplication::translate("BarVerdict", "Undecided: about %n more cases would likely decide it", nullptr,
                                       int(moreCases));
}
