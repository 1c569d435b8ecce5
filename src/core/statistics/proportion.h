// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// The normal quantile of a two-sided 95% interval.
inline constexpr double z95 = 1.959963984540054;

struct Interval {
    double lower = 0.0;
    double upper = 1.0;

    bool contains(double value) const { return lower <= value && value <= upper; }
    friend bool operator==(const Interval&, const Interval&) = default;
};

// The 95% Wilson score interval of a proportion: k successes of n trials. n = 0 gives [0, 1]. k may be
// fractional: a case answered several times counts its pass fraction.
Interval wilsonInterval(double successes, double trials);

// Whether k of n reaches a bar, ties included (36 of 40 meets 0.90). Compared on counts: the bar is
// taken to six decimals and k * 10^6 >= bar * 10^6 * n is decided in integers, never on k / n.
bool rateMeets(qint64 successes, qint64 trials, double bar);

// The same exact comparison of two proportions: -1, 0 or 1 as k1/n1 is below, equal to or above k2/n2.
int compareRates(qint64 successes1, qint64 trials1, qint64 successes2, qint64 trials2);

// The same comparisons for fractional successes (cases counted by their pass fraction over repeats):
// equal up to a ten-millionth of a case, so that three thirds tie with one.
bool fractionMeets(double successes, qint64 trials, double bar);
int compareFractions(double successes1, qint64 trials1, double successes2, qint64 trials2);

enum class BarOutcome {
    Meets, // the interval's lower bound is at or above the bar
    Fails, // the interval's upper bound is below the bar
    Undecided,
};

// Whether a pass rate clearly meets a category's bar. An undecided verdict estimates how many more
// cases would likely decide it, assuming the observed rate holds.
struct BarVerdict {
    BarOutcome outcome = BarOutcome::Undecided;
    qint64 moreCases = 0; // Undecided with data: the estimate, or the cap when beyondCap
    bool beyondCap = false; // Undecided: more than moreCases would be needed
    bool onBar = false; // Undecided: the observed rate is the bar itself, so no number of cases decides it

    QString text() const; // translated, e.g. "Undecided: about 120 more cases would likely decide it"
    friend bool operator==(const BarVerdict&, const BarVerdict&) = default;
};

inline constexpr qint64 defaultDecideCap = 10000;

// k passing cases of n against the bar. Repeats of a case are one observation: k adds up the cases'
// pass fractions, so a case that passed two of three times counts 2/3.
BarVerdict barVerdict(double successes, qint64 cases, double bar, qint64 capCases = defaultDecideCap);

Q_DECLARE_METATYPE(Interval)
Q_DECLARE_METATYPE(BarVerdict)
