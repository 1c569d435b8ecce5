// SPDX-License-Identifier: GPL-3.0-or-later
// The savings simulator's headline: both sides named, the direction only where it is certain, and a
// cost the run has no figures for never counted as $0.
#include "routingarea/savingsheadline.h"

#include <QTest>

using namespace Qt::StringLiterals;
Q_DECLARE_METATYPE(SavingsText::Direction)

namespace {
// Two categories with traffic: tickets, whose costs are known, and sentiment, whose costs on the map
// (gpt-4o) or on the baseline (claude-sonnet) may be unknown. The sums are the known parts.
SavingsProjection projection(double map, bool mapKnown, double baseline, bool baselineKnown)
{
    SavingsProjection p;
    p.monthlyRequests = 3'000'000;
    p.baselineModelId = u"claude-sonnet"_s;
    p.mapMonthlyCostUsd = map;
    p.baselineMonthlyCostUsd = baseline;
    p.mapCostKnown = mapKnown;
    p.baselineCostKnown = baselineKnown;
    p.previousMonthlyCostUsd = map;
    p.previousCostKnown = mapKnown;
    CategoryProjection tickets { u"tickets"_s, 0.6, u"gpt-4o-mini"_s };
    tickets.costKnown = tickets.baselineCostKnown = tickets.previousCostKnown = true;
    CategoryProjection sentiment { u"sentiment"_s, 0.4, u"gpt-4o"_s };
    sentiment.costKnown = sentiment.previousCostKnown = mapKnown;
    sentiment.baselineCostKnown = baselineKnown;
    p.categories = { tickets, sentiment };
    return p;
}
} // namespace

class TestSavingsHeadline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesBothSides_data()
    {
        QTest::addColumn<double>("map");
        QTest::addColumn<bool>("mapKnown");
        QTest::addColumn<double>("baseline");
        QTest::addColumn<bool>("baselineKnown");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<SavingsText::Direction>("direction");
        QTest::addColumn<QString>("summary"); // a part of it

        using D = SavingsText::Direction;
        QTest::newRow("saves") << 262.0 << true << 762.0 << true
                               << u"Routing map $262 vs all on claude-sonnet $762 a month"_s << D::Saves
                               << u"$500 (65.62%) less a month than sending all 3,000,000 requests to claude-sonnet."_s;
        QTest::newRow("costs more") << 595.0 << true << 236.0 << true
                                    << u"Routing map $595 vs all on claude-sonnet $236 a month"_s << D::CostsMore
                                    << u"$359 more a month than sending all 3,000,000 requests"_s;
        QTest::newRow("same") << 300.0 << true << 300.0 << true
                              << u"Routing map $300 vs all on claude-sonnet $300 a month"_s << D::Same
                              << u"The same monthly cost"_s;
        QTest::newRow("map unknown, undecided")
            << 200.0 << false << 762.0 << true << u"Routing map at least $200 vs all on claude-sonnet $762 a month"_s
            << D::Unknown << u"This run has no figures for sentiment on gpt-4o: they are left out of the sums, not counted as $0."_s;
        QTest::newRow("map unknown, already dearer")
            << 900.0 << false << 762.0 << true << u"Routing map at least $900 vs all on claude-sonnet $762 a month"_s
            << D::CostsMore << u"At least $138 more a month"_s;
        QTest::newRow("baseline unknown, map cheaper")
            << 262.0 << true << 762.0 << false << u"Routing map $262 vs all on claude-sonnet at least $762 a month"_s
            << D::Saves << u"no figures for sentiment on claude-sonnet"_s;
        QTest::newRow("baseline unknown, undecided")
            << 800.0 << true << 762.0 << false << u"Routing map $800 vs all on claude-sonnet at least $762 a month"_s
            << D::Unknown << u"is not known yet"_s;
        QTest::newRow("nothing known on the map")
            << 0.0 << false << 762.0 << true << u"Routing map unknown vs all on claude-sonnet $762 a month"_s
            << D::Unknown << u"is not known yet"_s;
    }

    void namesBothSides()
    {
        QFETCH(double, map);
        QFETCH(bool, mapKnown);
        QFETCH(double, baseline);
        QFETCH(bool, baselineKnown);
        QFETCH(QString, headline);
        QFETCH(SavingsText::Direction, direction);
        QFETCH(QString, summary);
        const SavingsText text = savingsText(projection(map, mapKnown, baseline, baselineKnown), false);
        QCOMPARE(text.headline, headline);
        QCOMPARE(text.direction, direction);
        QVERIFY2(text.summary.contains(summary), qPrintable(text.summary));
        // An unknown cost is never shown or counted as $0.
        QVERIFY2(!text.headline.contains(u"$0"_s), qPrintable(text.headline));
        QVERIFY(!text.summary.contains(u"counts as $0"_s));
        QCOMPARE(text.summary.contains(u"no figures"_s), !mapKnown || !baselineKnown);
    }

    // With priced errors the sides are API cost plus errors; an unknown accuracy leaves the sum incomplete.
    void errorsIncluded()
    {
        SavingsProjection p = projection(200.0, true, 700.0, true);
        p.errorsPriced = true;
        p.mapMonthlyErrorCostUsd = 780.0;
        p.baselineMonthlyErrorCostUsd = 40.0;
        SavingsText text = savingsText(p, true);
        QCOMPARE(text.headline, u"Routing map $980 vs all on claude-sonnet $740 a month, errors included"_s);
        QCOMPARE(text.direction, SavingsText::Direction::CostsMore);
        QVERIFY2(text.summary.startsWith(u"The map: API $200 + errors $780 = $980. All on claude-sonnet: API $700 + "
                                         "errors $40.00 = $740."_s),
                 qPrintable(text.summary));
        QCOMPARE(text.previous, u"The map is as last saved to the workspace file."_s);

        p.categories[1].errorCostUsd = 5.0;
        p.mapErrorCostKnown = p.categories[1].errorCostKnown = false;
        p.categories[1].baselineErrorCostKnown = true;
        text = savingsText(p, true);
        QCOMPARE(text.headline, u"Routing map at least $980 vs all on claude-sonnet $740 a month, errors included"_s);
        QVERIFY2(text.summary.contains(u"errors at least $780"_s), qPrintable(text.summary));
        QVERIFY(text.summary.contains(u"no figures for sentiment on gpt-4o"_s));
    }

    // Against the map last saved: the same rule, the previous map's unknown costs included.
    void againstTheSavedMap()
    {
        SavingsProjection p = projection(262.0, true, 762.0, true);
        p.previousMonthlyCostUsd = 200.0;
        SavingsText text = savingsText(p, false);
        QCOMPARE(text.previousDirection, SavingsText::Direction::CostsMore);
        QCOMPARE(text.previous, u"$62.00 a month more than the map last saved to the workspace file ($200)."_s);
        p.previousCostKnown = false; // $200 and more: it may have cost more than the map
        text = savingsText(p, false);
        QCOMPARE(text.previousDirection, SavingsText::Direction::Unknown);
        QVERIFY2(text.previous.contains(u"(at least $200)"_s) && text.previous.contains(u"not known"_s),
                 qPrintable(text.previous));
        p.previousMonthlyCostUsd = 300.0; // its known part alone is dearer than the map
        text = savingsText(p, false);
        QCOMPARE(text.previousDirection, SavingsText::Direction::Saves);
        QVERIFY2(text.previous.startsWith(u"At least $38.00 a month less"_s), qPrintable(text.previous));
    }
};

QTEST_GUILESS_MAIN(TestSavingsHeadline)
#include "tst_savingsheadline.moc"
