// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testcase.h"

#include <optional>

// LowestTotalCost ranks the models that meet the bar by API cost plus the expected price of their
// wrong answers (the category's error cost, at the posterior-mean pass rate).
enum class OptimisationTarget { CheapestPassing, MostAccurate, FastestPassing, MostStable, LowestTotalCost };

QString targetKey(OptimisationTarget target); // as written in files: "cheapest-passing", ...
std::optional<OptimisationTarget> targetFromKey(const QString& key);
QStringList targetKeys();
QString targetDisplayName(OptimisationTarget target); // translated

// Where a category's test cases live when they are not inline in the workspace file.
struct CasesSource {
    QString path; // as written in the workspace: relative to its folder, or absolute
    bool isEmpty() const { return path.isEmpty(); }
    friend bool operator==(const CasesSource&, const CasesSource&) = default;
};

// The largest price of one wrong answer a workspace may give: beyond it a typo is likelier than a price.
inline constexpr double maxErrorCostUsd = 1000000.0;

struct Category {
    QString name;
    QString description;
    OptimisationTarget target = OptimisationTarget::CheapestPassing;
    double threshold = 0.9; // pass rate the routed model must reach, 0..1
    double trafficShare = 0.0; // share of the application's requests, 0..1
    std::optional<double> errorCostUsd; // what one wrong answer costs the business; absent: not priced
    QString systemPrompt;
    QString promptTemplate; // wraps each case's prompt, e.g. "Classify:\n{{input}}"; empty: as is
    QList<ScorerSpec> scorers; // the default scorers of its cases
    double passThreshold = 1.0; // weighted score a case needs to pass, 0..1
    CasesSource casesSource; // non-empty: cases are read from and written to this CSV/JSONL file
    QList<TestCase> cases;

    int indexOfCase(const QString& id) const;

    friend bool operator==(const Category&, const Category&) = default;
};

Q_DECLARE_METATYPE(Category)
