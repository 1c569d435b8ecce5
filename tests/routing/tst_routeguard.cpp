// SPDX-License-Identifier: GPL-3.0-or-later
// When routing a category to a model deserves a confirmation, and the words that name the evidence.
#include "routing/routeguard.h"
#include "routingfixtures.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Workspace workspace()
{
    Workspace ws;
    ws.models = { routing::model(u"gpt-4o-mini"_s, u"openai"_s), routing::model(u"big"_s, u"openai"_s) };
    ws.categories = { routing::category(u"tickets"_s, 0.9) };
    return ws;
}
} // namespace

class TestRouteGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTheRun_data()
    {
        QTest::addColumn<int>("passes");
        QTest::addColumn<int>("cases");
        QTest::addColumn<bool>("concern");
        QTest::addColumn<bool>("belowBar");
        QTest::addColumn<QString>("text");
        // 13 of 15 = 86.7% misses 0.9; P(p >= 0.9) under Beta(13.5, 2.5) = 0.2997 (mpmath).
        QTest::newRow("below the bar") << 13 << 15 << true << true
                                       << u"gpt-4o-mini: 13 of 15 (86.7%) on a 90.0% bar, 30% likely to meet it"_s;
        // 36 of 40 meets on counts, but the interval [0.769, 0.960] holds the bar: undecided. 0.4711.
        QTest::newRow("undecided") << 36 << 40 << true << false
                                   << u"gpt-4o-mini: 36 of 40 (90.0%) on a 90.0% bar, 47% likely to meet it"_s;
        // 100 of 100: the lower bound 0.963 clears the bar.
        QTest::newRow("clearly meets") << 100 << 100 << false << false << QString();
    }

    void fromTheRun()
    {
        QFETCH(int, passes);
        QFETCH(int, cases);
        QFETCH(bool, concern);
        QFETCH(bool, belowBar);
        QFETCH(QString, text);
        const Workspace ws = workspace();
        const RunAnalysis analysis
            = analyseRun(ws, routing::answers(u"tickets"_s, cases, { { u"gpt-4o-mini"_s, { passes }, 0.001 } }));
        const std::optional<RouteConcern> found = routeConcern(ws, analysis, u"tickets"_s, u"gpt-4o-mini"_s);
        QCOMPARE(found.has_value(), concern);
        if (!found)
            return;
        QCOMPARE(found->belowBar, belowBar);
        QCOMPARE(found->text, text);
        QCOMPARE(found->category, u"tickets"_s);
    }

    // Without a cell in the run, the route's recorded evidence speaks: 13 of 15 again.
    void fromRecordedEvidence()
    {
        RouteEvidence evidence;
        evidence.cases = 15;
        evidence.accuracy = 13.0 / 15.0;
        evidence.accuracyLow = 0.621;
        evidence.accuracyHigh = 0.963;
        const std::optional<RouteConcern> found
            = routeConcern(workspace(), RunAnalysis {}, u"tickets"_s, u"big"_s, evidence);
        QVERIFY(found);
        QVERIFY(found->belowBar);
        QCOMPARE(found->text, u"big: 13 of 15 (86.7%) on a 90.0% bar, 30% likely to meet it"_s);
        evidence.probMeetsBar = 0.123; // a recorded probability is taken as it is
        QVERIFY(routeConcern(workspace(), RunAnalysis {}, u"tickets"_s, u"big"_s, evidence)->text.contains(u"12%"_s));
    }

    // Only routes whose primary changes are asked about: an unchanged route stays as it is.
    void concernsOfAChange()
    {
        Workspace ws = workspace();
        ws.categories.append(routing::category(u"faq"_s, 0.5));
        const RunAnalysis analysis = analyseRun(
            ws, routing::answers(u"tickets"_s, 15, { { u"gpt-4o-mini"_s, { 13 }, 0.001 }, { u"big"_s, { 15 }, 0.01 } })
                + routing::answers(u"faq"_s, 15, { { u"gpt-4o-mini"_s, { 13 }, 0.001 } }));
        RoutingMap before;
        before.routes = { Route { u"faq"_s, { u"gpt-4o-mini"_s }, u"manual"_s, {} } };
        RoutingMap after = before;
        after.routes.append(Route { u"tickets"_s, { u"gpt-4o-mini"_s, u"big"_s }, u"manual"_s, {} });
        const QList<RouteConcern> concerns = routingConcerns(ws, analysis, before, after);
        QCOMPARE(concerns.size(), 1); // faq unchanged (and 13 of 15 clearly meets 0.5)
        QCOMPARE(concerns.at(0).category, u"tickets"_s);
        QVERIFY(concerns.at(0).belowBar);
        // big, 15 of 15 on a 0.9 bar: Wilson lower 0.796, undecided, so it is named too.
        after.routes.last().chain = { u"big"_s };
        QCOMPARE(routingConcerns(ws, analysis, before, after).value(0).modelId, u"big"_s);
        QVERIFY(routingConcerns(ws, analysis, after, after).isEmpty());
    }

    void nothingToNameWithoutFigures()
    {
        QVERIFY(!routeConcern(workspace(), RunAnalysis {}, u"tickets"_s, u"big"_s));
    }
};

QTEST_GUILESS_MAIN(TestRouteGuard)
#include "tst_routeguard.moc"
