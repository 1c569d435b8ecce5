// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latestevidence.h"
#include "results/runinfo.h"
#include "routing/routesuggestion.h"

#include <QCoreApplication>
#include <QJsonObject>

// A route whose winner today's prices would change: the run's suggestion recomputed from its stored
// token counts, once at the prices the run was run at and once at the workspace's current ones.
struct PricingShift {
    QString category;
    QString oldWinner; // at the run's prices
    QString newWinner; // at today's prices
    double oldWinnerCostPer1k = 0.0; // both at today's prices, US dollars per 1,000 requests
    double newWinnerCostPer1k = 0.0;
    std::optional<double> monthlySavingUsd; // with the traffic profile; absent without one

    double savingPer1k() const { return oldWinnerCostPer1k - newWinnerCostPer1k; }
    friend bool operator==(const PricingShift&, const PricingShift&) = default;
};

struct Repricing {
    QList<RouteSuggestion> atRunPrices;
    QList<RouteSuggestion> atCurrentPrices;
    QList<PricingShift> shifts; // in category order
    // Models whose run prices are unknown (runs from before prices were kept): their stored costs
    // stand for both, so they can never move a winner on price.
    QStringList modelsWithoutRunPrices;

    const PricingShift* shiftOf(const QString& category) const;
};

// The results with each model's cost recomputed from its token counts at the given prices (dollars
// per million tokens); models without a price keep their stored cost. Input tokens the provider's
// prompt cache served get the cached-input price where one is given (runs from before these were
// counted hold none, so all their input is at the full price); both sides of a comparison are
// computed this way.
QList<ResultRecord> repricedResults(const QList<ResultRecord>& results, const QMap<QString, Price>& prices);

// The prices of the workspace's models, by id.
QMap<QString, Price> currentPrices(const Workspace& workspace);

// Compares the suggestions at the run's prices (RunSettings::snapshot) with those at the
// workspace's prices. Pure and thread-safe.
Repricing repriceRun(const Workspace& workspace, const RunInfo& run, const QList<ResultRecord>& results);
// The same with given prices for both sides.
Repricing repriceRun(const Workspace& workspace, const QMap<QString, Price>& runPrices,
                     const QMap<QString, Price>& nowPrices, const QList<ResultRecord>& results);

// The same for the latest evidence across runs: each result at the prices of its own run against
// the workspace's today, and the suggestions as suggestFromLatest() makes them.
Repricing repriceLatest(const Workspace& workspace, const LatestEvidence& evidence);

class PricingShiftText
{
    Q_DECLARE_TR_FUNCTIONS(PricingShiftText)
public:
    // "gpt-4.1 won at the run's prices, mini wins at today's: $0.60 per 1,000 requests ($300.00 a
    // month) at stake"
    static QString describe(const PricingShift& shift);
    static QString usd(double dollars); // "$0.60", "$0.0042"
};

// The keys a suggestion's JSON gets when pricing changed its winner: pricing_changed_winner (true),
// pricing_old_winner, pricing_new_winner, pricing_saving_per_1k_usd and, with a traffic profile,
// pricing_monthly_saving_usd.
QJsonObject pricingShiftJson(const PricingShift& shift);
