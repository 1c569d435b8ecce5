// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/resultrecord.h"

#include <QList>

// How one case went for one model: its answers and how many of them passed.
struct CaseOutcome {
    int answers = 0;
    int passes = 0;
    void add(bool passed);
};

// Two-sided exact McNemar test: a binomial test of b against c, the discordant pairs, at p = 1/2.
// p = min(1, 2 * sum_{i <= min(b, c)} C(b + c, i) / 2^(b + c)); summed in log space, so b + c may
// run to many thousands. No discordant pairs gives 1.
double mcnemarExactP(qint64 b, qint64 c);

// Outcomes of two sets of results paired on the same cases. Errors count as failures.
struct PairedCounts {
    qint64 bothPass = 0;
    qint64 onlyFirst = 0; // b: the first passed, the second did not
    qint64 onlySecond = 0; // c: the second passed, the first did not
    qint64 bothFail = 0;

    qint64 pairs() const { return bothPass + onlyFirst + onlySecond + bothFail; }
    qint64 discordant() const { return onlyFirst + onlySecond; }
    double pValue() const { return mcnemarExactP(onlyFirst, onlySecond); }
    void add(bool firstPassed, bool secondPassed);
    // One case answered several times: the one with the higher pass fraction "passed" it, the other not
    // (a sign test, which McNemar's is for one answer each); equal fractions are concordant, counted as
    // both failing when neither ever passed and as both passing otherwise.
    void addCase(const CaseOutcome& first, const CaseOutcome& second);
    friend bool operator==(const PairedCounts&, const PairedCounts&) = default;
};

// Whether a result counts as a pass: an error is a failure whatever its pass flag says.
inline bool countsAsPass(const ResultRecord& result)
{
    return result.pass && !result.isError();
}

enum class CaseKeying { ByModel, AnyModel };

// Each case's outcome, keyed by category, case id and (ByModel) model id, with repeat 0.
QHash<JobKey, CaseOutcome> caseOutcomes(const QList<ResultRecord>& results, CaseKeying keying);

// Two models' results paired by category and case id, each case one pair whatever its repeats; cases
// only one of them has are left out. Typically the results of model A and model B on one category of one run.
PairedCounts pairOutcomes(const QList<ResultRecord>& first, const QList<ResultRecord>& second);

Q_DECLARE_METATYPE(PairedCounts)
