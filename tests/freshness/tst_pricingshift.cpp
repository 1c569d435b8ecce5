// SPDX-License-Identifier: GPL-3.0-or-later
// Pricing changed the winner: a run's suggestions recomputed from its stored token counts at the
// prices it was run at and at today's, with costs computed here by hand.
#include "freshness/pricingshift.h"
#include "freshness/runsnapshot.h"

#include <QTest>

Q_DECLARE_METATYPE(Price)

using namespace Qt::Literals::StringLiterals;

namespace {
Category category(const QString& name, double share)
{
    Category category;
    category.name = name;
    category.threshold = 0.8;
    category.trafficShare = share;
    return category;
}

ModelSpec model(const QString& id, Price price)
{
    ModelSpec spec;
    spec.id = id;
    spec.provider = u"p"_s;
    spec.model = id;
    spec.price = price;
    return spec;
}

// Today's prices: a costs (1000 * 1 + 100 * 2) / 1e6 = $0.0012 a request, b (1000 * 0.5 + 100 * 1) / 1e6
// = $0.0006, c $0.00011 but it fails every case.
Workspace workspace()
{
    Workspace workspace;
    workspace.traffic.monthlyRequests = 1'000'000;
    workspace.providers = { Provider { u"p"_s } };
    workspace.models = { model(u"a"_s, { 1.0, 2.0 }), model(u"b"_s, { 0.5, 1.0 }), model(u"c"_s, { 0.1, 0.1 }) };
    workspace.categories = { category(u"tickets"_s, 0.5), category(u"sentiment"_s, 0.2) };
    return workspace;
}

// Ten cases per category and model, 1,000 input and 100 output tokens each; a stored cost of $9 that
// repricing must replace.
QList<ResultRecord> results()
{
    QList<ResultRecord> records;
    for (const QString& cat : { u"tickets"_s, u"sentiment"_s }) {
        for (const QString& id : { u"a"_s, u"b"_s, u"c"_s }) {
            for (int i = 0; i < 10; ++i) {
                ResultRecord record;
                record.runId = u"2026-11-03T09-00-00"_s;
                record.category = cat;
                record.caseId = QString::number(i);
                record.modelId = id;
                record.inputTokens = 1000;
                record.outputTokens = 100;
                record.costUsd = 9.0;
                // On sentiment only a passes, so price cannot move its winner.
                record.pass = id != u"c"_s && (cat == u"tickets"_s || id == u"a"_s);
                record.score = record.pass ? 1.0 : 0.0;
                records.append(record);
            }
        }
    }
    return records;
}

// At the run's prices a cost (1000 * 0.1 + 100 * 0.2) / 1e6 = $0.00012 a request: it won tickets.
RunInfo run()
{
    RunSnapshot snapshot;
    snapshot.prices = { { u"a"_s, Price { 0.1, 0.2 } }, { u"b"_s, Price { 0.5, 1.0 } }, { u"c"_s, Price { 0.1, 0.1 } } };
    RunInfo run;
    run.id = u"2026-11-03T09-00-00"_s;
    run.settings.snapshot = snapshot.toJson();
    return run;
}

// Whether the repricing moved exactly one winner, as expected says (the monthly saving aside).
bool isOnlyShift(const Repricing& repricing, const PricingShift& expected)
{
    if (repricing.shifts.size() != 1)
        return false;
    PricingShift shift = repricing.shifts.constFirst();
    shift.monthlySavingUsd.reset();
    const bool same = shift.category == expected.category && shift.oldWinner == expected.oldWinner
        && shift.newWinner == expected.newWinner && qFuzzyCompare(shift.oldWinnerCostPer1k, expected.oldWinnerCostPer1k)
        && qFuzzyCompare(shift.newWinnerCostPer1k, expected.newWinnerCostPer1k);
    if (!same)
        qWarning() << "shift" << shift.category << shift.oldWinner << shift.newWinner << shift.oldWinnerCostPer1k
                   << shift.newWinnerCostPer1k;
    return same;
}
} // namespace

class TestPricingShift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repricedFromTokenCounts()
    {
        const QList<ResultRecord> repriced = repricedResults(results(), { { u"a"_s, Price { 1.0, 2.0 } } });
        QCOMPARE(repriced.at(0).costUsd, 0.0012); // a: (1000 * 1 + 100 * 2) / 1e6
        QCOMPARE(repriced.at(10).costUsd, 9.0); // b has no price given: its stored cost stays
    }

    // Input tokens the provider's prompt cache served cost the cached-input price where the list gives one.
    void cachedInputAtItsOwnPrice_data()
    {
        QTest::addColumn<Price>("price");
        QTest::addColumn<qint64>("cachedTokens");
        QTest::addColumn<double>("cost");
        const Price discounted { 1.0, 2.0, 0.25 };
        // (200 * 1 + 800 * 0.25 + 100 * 2) / 1e6
        QTest::newRow("800 of 1000 cached") << discounted << qint64(800) << 0.0006;
        QTest::newRow("none cached") << discounted << qint64(0) << 0.0012; // (1000 * 1 + 100 * 2) / 1e6
        // A model without a cached-input price pays the full input price for them.
        QTest::newRow("no cached price") << Price { 1.0, 2.0 } << qint64(800) << 0.0012;
        // More cached than input is a provider's slip: at most all input is cached: (1000 * 0.25 + 200) / 1e6.
        QTest::newRow("more cached than input") << discounted << qint64(5000) << 0.00045;
    }

    void cachedInputAtItsOwnPrice()
    {
        QFETCH(Price, price);
        QFETCH(qint64, cachedTokens);
        QFETCH(double, cost);
        QList<ResultRecord> records = results().mid(0, 1);
        records[0].cachedInputTokens = cachedTokens;
        QCOMPARE(repricedResults(records, { { u"a"_s, price } }).constFirst().costUsd, cost);
        QCOMPARE(price.costOf(1000, 100, cachedTokens), cost);
    }

    // b won tickets at the run's prices ($0.0006 a request against a's $0.0012). The list now gives
    // a a cached-input price of $0.10 and 900 of a's 1,000 input tokens were cached: a costs
    // (100 * 1 + 900 * 0.1 + 100 * 2) / 1e6 = $0.00039 a request and wins; b's answers had none cached.
    void cachedInputDiscountChangesTheWinner()
    {
        Workspace today = workspace();
        today.models[0].price = { 1.0, 2.0, 0.1 };
        RunSnapshot snapshot;
        snapshot.prices
            = { { u"a"_s, Price { 1.0, 2.0 } }, { u"b"_s, Price { 0.5, 1.0 } }, { u"c"_s, Price { 0.1, 0.1 } } };
        RunInfo before = run();
        before.settings.snapshot = snapshot.toJson();
        QList<ResultRecord> records = results();
        for (ResultRecord& record : records) {
            if (record.modelId == u"a"_s)
                record.cachedInputTokens = 900;
        }
        const Repricing repricing = repriceRun(today, before, records);
        QCOMPARE(repricing.atRunPrices.at(0).chain.value(0), u"b"_s);
        QCOMPARE(repricing.atCurrentPrices.at(0).chain.value(0), u"a"_s);
        QVERIFY(isOnlyShift(repricing, { u"tickets"_s, u"b"_s, u"a"_s, 0.6, 0.39, {} }));
        // $0.00021 a request saved on 50% of 1,000,000 requests a month.
        QCOMPARE(qRound(*repricing.shifts.constFirst().monthlySavingUsd * 100), 10500);
    }

    void cheaperModelNowWins()
    {
        const Repricing repricing = repriceRun(workspace(), run(), results());
        QCOMPARE(repricing.atRunPrices.at(0).chain.value(0), u"a"_s);
        QCOMPARE(repricing.atCurrentPrices.at(0).chain.value(0), u"b"_s);
        QCOMPARE(repricing.shifts.size(), 1); // sentiment's winner a is the only model meeting its bar
        const PricingShift& shift = repricing.shifts.constFirst();
        QCOMPARE(shift.category, u"tickets"_s);
        QCOMPARE(shift.oldWinner, u"a"_s);
        QCOMPARE(shift.newWinner, u"b"_s);
        QCOMPARE(shift.oldWinnerCostPer1k, 1.2); // $0.0012 a request
        QCOMPARE(shift.newWinnerCostPer1k, 0.6);
        QCOMPARE(shift.savingPer1k(), 0.6);
        // $0.0006 a request saved on 50% of 1,000,000 requests a month.
        QVERIFY(shift.monthlySavingUsd);
        QCOMPARE(qRound(*shift.monthlySavingUsd * 100), 30000);
        QCOMPARE(repricing.shiftOf(u"tickets"_s), &repricing.shifts.constFirst());
        QVERIFY(!repricing.shiftOf(u"sentiment"_s));
        QVERIFY(repricing.modelsWithoutRunPrices.isEmpty());
    }

    // The latest evidence across two runs, each result repriced at its own run's prices: a (from the
    // run of 3 Nov, $0.00012 a request then) beat b (run of 5 Nov alone, $0.0006); at today's prices
    // a costs $0.0012 and b wins.
    void latestEvidenceRepricedAtEachRunsPrices()
    {
        const Workspace today = workspace();
        RunResults full { run(), {} };
        full.run.startedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        RunResults newOnly;
        newOnly.run.id = u"2026-11-05T09-00-00"_s;
        newOnly.run.startedAt = QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC);
        RunSnapshot snapshot;
        snapshot.prices = { { u"b"_s, Price { 0.5, 1.0 } } };
        newOnly.run.settings.snapshot = snapshot.toJson();
        for (ResultRecord record : results()) {
            if (record.modelId != u"b"_s) {
                full.results.append(record);
                continue;
            }
            record.runId = newOnly.run.id;
            newOnly.results.append(record);
        }
        const LatestEvidence evidence = latestEvidence(today, { full, newOnly });
        QCOMPARE(evidence.runs.size(), 2);
        QCOMPARE(evidence.run(newOnly.run.id)->startedAt, newOnly.run.startedAt);
        const Repricing repricing = repriceLatest(today, evidence);
        QVERIFY(repricing.modelsWithoutRunPrices.isEmpty());
        QVERIFY(isOnlyShift(repricing, { u"tickets"_s, u"a"_s, u"b"_s, 1.2, 0.6, {} }));
        QCOMPARE(repricing.atCurrentPrices.at(0).evidence->runId, newOnly.run.id);
        QCOMPARE(repricing.atRunPrices.at(0).evidence->runId, full.run.id);
    }

    void samePricesMoveNothing()
    {
        Workspace today = workspace();
        today.models[0].price = { 0.1, 0.2 };
        QVERIFY(repriceRun(today, run(), results()).shifts.isEmpty());
    }

    void runWithoutPricesMovesNothing()
    {
        RunInfo old = run();
        old.settings.snapshot = {};
        const Repricing repricing = repriceRun(workspace(), old, results());
        QVERIFY(repricing.shifts.isEmpty());
        QCOMPARE(repricing.modelsWithoutRunPrices, (QStringList { u"a"_s, u"b"_s, u"c"_s }));
    }

    void noTrafficNoMonthlyFigure()
    {
        Workspace today = workspace();
        today.traffic = {};
        const Repricing repricing = repriceRun(today, run(), results());
        QCOMPARE(repricing.shifts.size(), 1);
        QVERIFY(!repricing.shifts.constFirst().monthlySavingUsd);
        const QJsonObject json = pricingShiftJson(repricing.shifts.constFirst());
        QCOMPARE(json.value(u"pricing_changed_winner"_s), QJsonValue(true));
        QCOMPARE(json.value(u"pricing_old_winner"_s), QJsonValue(u"a"_s));
        QCOMPARE(json.value(u"pricing_new_winner"_s), QJsonValue(u"b"_s));
        QCOMPARE(json.value(u"pricing_saving_per_1k_usd"_s).toDouble(), 0.6);
        QVERIFY(!json.contains(u"pricing_monthly_saving_usd"_s));
    }
};

QTEST_GUILESS_MAIN(TestPricingShift)
#include "tst_pricingshift.moc"
