// SPDX-License-Identifier: GPL-3.0-or-later
// The Results area's evidence service on a real results database: the runs newest first, the run
// to show, one run and the latest evidence analysed off the GUI thread, superseded answers dropped,
// and a database that cannot be read.
#include "evidencefixture.h"
#include "latestevidence/evidencechoice.h"
#include "results/resultsstore.h"
#include "resultsarea/resultsanalyser.h"

#include <QDir>
#include <QTest>

using namespace chartfixtures;
using namespace Qt::StringLiterals;

class TestResultsAnalyser : public QObject, private EvidenceFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpEvidence(); }

    void cleanup() { settle(); }

    void runsComeNewestFirst()
    {
        writeOldAndNewRuns();
        ResultsAnalyser analyser(&m_document);
        QSignalSpy loaded(&analyser, &ResultsAnalyser::runsLoaded);
        analyser.loadRuns();
        QVERIFY(analyser.isBusy());
        QVERIFY(loaded.wait(10000));
        const auto runs = loaded.last().at(0).value<QList<RunSummary>>();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).run.id, u"run-new"_s);
        QCOMPARE(runs.at(1).run.id, u"run-old"_s);
        QVERIFY(!analyser.isBusy());
    }

    void wantedRun_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("wanted");
        QTest::newRow("nothing yet: the latest evidence") << QString() << QString() << EvidenceChoice::latestKey();
        QTest::newRow("the run shown stays") << QString() << u"run-a"_s << u"run-a"_s;
        QTest::newRow("a run that just finished wins") << u"run-b"_s << u"run-a"_s << u"run-b"_s;
    }

    void wantedRun()
    {
        QFETCH(QString, preferred);
        QFETCH(QString, shown);
        QFETCH(QString, wanted);
        ResultsAnalyser analyser(&m_document);
        if (!preferred.isEmpty())
            analyser.preferRun(preferred);
        QCOMPARE(analyser.takeWantedRun(shown), wanted);
        // Preferred once: the next list keeps what is shown.
        QCOMPARE(analyser.takeWantedRun(shown), shown.isEmpty() ? EvidenceChoice::latestKey() : shown);
    }

    void analysesOneRun()
    {
        writeOldAndNewRuns();
        ResultsAnalyser analyser(&m_document);
        const std::optional<ShownEvidence> shown = analysedChoice(analyser, &ResultsAnalyser::analysed, u"run-old"_s);
        QVERIFY(shown);
        QCOMPARE(shown->analysis.runId, u"run-old"_s);
        QCOMPARE(shown->results.size(), results(1, 10).size());
        QCOMPARE(shown->analysis.cells.size(), analyseRun(workspace(), results(1, 10)).cells.size());
        QCOMPARE(shown->evidence.runIds, QStringList { u"run-old"_s });
        QVERIFY(!analyser.holdsLatest());
        QCOMPARE(analyser.runId(), u"run-old"_s);
        QVERIFY(analyser.hasEvidence());
        QVERIFY(!analyser.isBusy());
    }

    void analysesTheLatestEvidenceAcrossRuns()
    {
        writeOldAndNewRuns();
        ResultsAnalyser analyser(&m_document);
        QSignalSpy analysed(&analyser, &ResultsAnalyser::analysed);
        analyser.choose(EvidenceChoice::latestKey());
        QVERIFY(analysed.wait(10000));
        const auto shown = analysed.last().at(0).value<ShownEvidence>();
        QCOMPARE(shown.evidence.runIds, QStringList { u"run-new"_s }); // the newer of two full runs
        QCOMPARE(shown.results.size(), results(1, 20).size());
        QVERIFY(analyser.holdsLatest());
        QVERIFY(analyser.runId().isEmpty());
    }

    void aRunWithoutResultsIsNotAnalysed()
    {
        ResultsStore store;
        QVERIFY(store.open(database()));
        RunInfo run;
        run.id = u"run-empty"_s;
        run.startedAt = olderStart();
        run.categories = categories;
        run.modelIds = models;
        QVERIFY(store.createRun(run));
        ResultsAnalyser analyser(&m_document);
        QSignalSpy empty(&analyser, &ResultsAnalyser::runWithoutResults);
        QSignalSpy analysed(&analyser, &ResultsAnalyser::analysed);
        analyser.choose(u"run-empty"_s);
        QVERIFY(empty.wait(10000));
        QCOMPARE(empty.last().at(0).toString(), u"run-empty"_s);
        settle();
        QCOMPARE(analysed.count(), 0);
        QVERIFY(!analyser.isBusy());
    }

    // Two choices in a row: only the second is answered.
    void aNewerChoiceSupersedesAnOlderOne()
    {
        writeOldAndNewRuns();
        ResultsAnalyser analyser(&m_document);
        QSignalSpy analysed(&analyser, &ResultsAnalyser::analysed);
        analyser.choose(u"run-old"_s);
        analyser.choose(u"run-new"_s);
        QVERIFY(analysed.wait(10000));
        settle();
        QCOMPARE(analysed.count(), 1);
        QCOMPARE(analysed.last().at(0).value<ShownEvidence>().analysis.runId, u"run-new"_s);
    }

    // An analysis started before an edit is dropped for the one after it, which sees the edit.
    void anAnalysisAgainSupersedesTheRunningOne()
    {
        writeOldAndNewRuns();
        ResultsAnalyser analyser(&m_document);
        QSignalSpy analysed(&analyser, &ResultsAnalyser::analysed);
        QVERIFY(analysisStarted(analyser, u"run-old"_s));
        Workspace edited = workspace();
        std::reverse(edited.categories.begin(), edited.categories.end());
        m_document.reset(edited, m_path);
        analyser.analyse();
        QVERIFY(analysed.wait(10000));
        settle();
        QCOMPARE(analysed.count(), 1);
        QStringList reversed = categories;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(analysed.last().at(0).value<ShownEvidence>().analysis.categories, reversed);
    }

    void clearDropsTheAnalysisUnderWay()
    {
        writeOldAndNewRuns();
        ResultsAnalyser analyser(&m_document);
        QSignalSpy analysed(&analyser, &ResultsAnalyser::analysed);
        QVERIFY(analysisStarted(analyser, u"run-old"_s));
        analyser.clear();
        QVERIFY(!analyser.isAnalysing());
        settle();
        QCOMPARE(analysed.count(), 0);
        QVERIFY(!analyser.isBusy());
        QVERIFY(!analyser.hasEvidence());
    }

    void anUnreadableDatabaseFails()
    {
        QVERIFY(QDir().mkpath(database())); // a folder where the database should be
        ResultsAnalyser analyser(&m_document);
        QSignalSpy failed(&analyser, &ResultsAnalyser::failed);
        QSignalSpy analysed(&analyser, &ResultsAnalyser::analysed);
        analyser.choose(u"run-old"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.last().at(0).toString().isEmpty());
        settle();
        QCOMPARE(analysed.count(), 0);
        QVERIFY(!analyser.isBusy());
    }

    // The map's cascades on what was analysed; a simulation superseded by another is dropped.
    void simulatesTheCascadesOfTheMap()
    {
        writeOldAndNewRuns();
        Workspace ws = workspace();
        Route cascade { categories.first(), { models.at(0), models.at(1) }, u"manual"_s, std::nullopt };
        cascade.cascadeCheck = ScorerSpec { u"regex"_s, u"^billing$"_s };
        ws.routing.routes = { cascade };
        m_document.reset(ws, m_path);
        ResultsAnalyser analyser(&m_document);
        QSignalSpy analysed(&analyser, &ResultsAnalyser::analysed);
        QSignalSpy simulated(&analyser, &ResultsAnalyser::cascadesSimulated);
        analyser.simulateCascades(); // nothing analysed yet: nothing to simulate on
        analyser.choose(u"run-old"_s);
        QVERIFY(analysed.wait(10000));
        settle();
        QCOMPARE(simulated.count(), 0);
        analyser.simulateCascades();
        analyser.simulateCascades();
        QVERIFY(simulated.wait(10000));
        settle();
        QCOMPARE(simulated.count(), 1);
        const auto cascades = simulated.last().at(0).value<QList<CascadeCell>>();
        QCOMPARE(cascades.size(), 1);
        QCOMPARE(cascades, routeCascades(ws, analysed.last().at(0).value<ShownEvidence>().results));
    }
};

QTEST_MAIN(TestResultsAnalyser)
#include "tst_resultsanalyser.moc"
