// SPDX-License-Identifier: GPL-3.0-or-later
// The Routing area's evidence service on a real results database: the suggestions of one run and of
// the latest evidence, the map's cascades simulated again when the map changes during an analysis,
// and a run list that cannot be read.
#include "evidencefixture.h"
#include "latestevidence/evidencechoice.h"
#include "routingarea/routinganalyser.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The chart fixtures' workspace with its first category routed as a cascade of the first two models.
Workspace cascadeWorkspace()
{
    Workspace ws = chartfixtures::workspace();
    Route cascade { chartfixtures::categories.first(), chartfixtures::models.mid(0, 2), u"manual"_s, std::nullopt };
    cascade.cascadeCheck = ScorerSpec { u"regex"_s, u"^billing$"_s };
    ws.routing.routes = { cascade };
    return ws;
}

QList<ResultRecord> storedResults(const QString& database, const QString& runId)
{
    ResultsStore store;
    if (!store.open(database))
        return {};
    return store.results(runId).value_or(QList<ResultRecord>());
}
} // namespace

class TestRoutingAnalyser : public QObject, private EvidenceFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUpEvidence(cascadeWorkspace());
        writeOldAndNewRuns();
    }

    void cleanup() { settle(); }

    void suggestsFromOneRun()
    {
        RoutingAnalyser analyser(&m_document);
        const std::optional<RouteAnalysis> routes = analysedChoice(analyser, &RoutingAnalyser::analysed, u"run-old"_s);
        QVERIFY(routes);
        const QList<ResultRecord> results = storedResults(database(), u"run-old"_s);
        const Workspace ws = m_document.workspace();
        const RunAnalysis expected = analyseRun(ws, results);
        QCOMPARE(routes->analysis, expected);
        QCOMPARE(routes->suggestions.size(), suggestRoutes(ws, expected, results).size());
        QCOMPARE(routes->defaultChain, suggestDefaultChain(ws, expected));
        QCOMPARE(routes->cascades, routeCascades(ws, results));
        QCOMPARE(routes->cascades.size(), 1);
        QVERIFY(routes->cascadesCurrent);
        QVERIFY(routes->evidence.cells.isEmpty()); // one run: no cells from elsewhere
        QVERIFY(!analyser.isBusy());
    }

    void suggestsFromTheLatestEvidence()
    {
        RoutingAnalyser analyser(&m_document);
        const std::optional<RouteAnalysis> routes
            = analysedChoice(analyser, &RoutingAnalyser::analysed, EvidenceChoice::latestKey());
        QVERIFY(routes);
        QCOMPARE(routes->evidence.runIds, QStringList { u"run-new"_s });
        QCOMPARE(routes->analysis, analyseRun(m_document.workspace(), storedResults(database(), u"run-new"_s)));
        QVERIFY(!routes->suggestions.isEmpty());
        QVERIFY(analyser.holdsLatest());
    }

    // The map changes while the analysis runs: its cascades knew the older map, so they are marked
    // stale and simulated again on the results it analysed.
    void aMapEditDuringTheAnalysisSimulatesAgain()
    {
        RoutingAnalyser analyser(&m_document);
        QSignalSpy analysed(&analyser, &RoutingAnalyser::analysed);
        QSignalSpy simulated(&analyser, &RoutingAnalyser::cascadesSimulated);
        listRuns(analyser);
        QVERIFY(analysisStarted(analyser, EvidenceChoice::latestKey()));
        Workspace edited = m_document.workspace();
        edited.routing.routes.first().cascadeCheck = ScorerSpec { u"regex"_s, u"^shipping$"_s };
        m_document.reset(edited, m_path);
        analyser.simulateCascades();
        QVERIFY(analysed.wait(10000));
        QVERIFY(!analysed.last().at(0).value<RouteAnalysis>().cascadesCurrent);
        QVERIFY(simulated.count() > 0 || simulated.wait(10000));
        settle();
        QCOMPARE(simulated.count(), 1); // before the analysis there were no results to simulate on
        const QList<ResultRecord> shown = analysed.last().at(0).value<RouteAnalysis>().evidence.results;
        QCOMPARE(simulated.last().at(0).value<QList<CascadeCell>>(), routeCascades(edited, shown));
    }

    void anUnreadableRunListFailsWithNoRuns()
    {
        QVERIFY(QFile::remove(database()));
        QVERIFY(QDir().mkpath(database())); // a folder where the database should be
        RoutingAnalyser analyser(&m_document);
        QSignalSpy failed(&analyser, &RoutingAnalyser::failed);
        QSignalSpy listed(&analyser, &RoutingAnalyser::runsLoaded);
        analyser.loadRuns();
        QVERIFY(listed.wait(10000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(listed.last().at(0).value<QList<RunSummary>>().isEmpty());
        QVERIFY(!analyser.isBusy());
        QVERIFY(!analyser.hasEvidence());
    }
};

QTEST_MAIN(TestRoutingAnalyser)
#include "tst_routinganalyser.moc"
