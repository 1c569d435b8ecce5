// SPDX-License-Identifier: GPL-3.0-or-later
#include "areafixture.h"
#include "common/displayformat.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "runner/runcontroller.h"
#include "shadowarea/shadowarea.h"
#include "shadowarea/shadowcasemodel.h"
#include "shadowarea/shadowdetailpane.h"
#include "shadowarea/shadowrundialog.h"
#include "shadowarea/shadowsummarypanel.h"
#include "shadowarea/shadowview.h"
#include "shadowfixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace shadowfixtures;

class TestShadowArea : public RunAreaFixture<ShadowArea>
{
    Q_OBJECT
private Q_SLOTS:
    void runWithOneModelSaysWhatToDo()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.signalbox.yaml"));
        writeRun(ResultsStore::databasePathFor(path), { baseline });
        m_document->reset(workspace(), path);
        openArea();
        QTRY_VERIFY(!m_area->isBusy());
        QVERIFY2(m_area->emptyMessage().contains(QStringLiteral("No run with two models on this category")),
                 qPrintable(m_area->emptyMessage()));
    }

    void untitledWorkspaceSaysWhatToDo()
    {
        m_document->reset(workspace());
        openArea();
        QVERIFY(m_area->emptyMessage().contains(QStringLiteral("No runs yet")));
    }

    void aCategoryWithoutARouteComparesTheDefaultRoutesModel()
    {
        writeRun(database());
        Workspace ws = workspace();
        ws.routing.routes.clear();
        ws.routing.defaultChain = { candidateB };
        m_document->reset(ws, path());
        openArea();
        QTRY_VERIFY_WITH_TIMEOUT(m_area->comparison() && !m_area->isBusy(), 10000);
        QCOMPARE(m_area->baselineCombo()->currentData().toString(), candidateB);
        QVERIFY(!m_area->candidates().contains(candidateB));
    }

    void comparesTheRoutedModelWithACandidate()
    {
        openFixture();
        QCOMPARE(m_area->baselineCombo()->currentData().toString(), baseline); // the routed model
        QCOMPARE(m_area->candidates(), QStringList { candidateA });
        QCOMPARE(m_area->comparison()->cases.size(), caseCount);
        QCOMPARE(m_area->view()->model()->rowCount(), caseCount);
        QCOMPARE(m_area->summaryPanel()->cardCount(), 1);
        QCOMPARE(m_selection->run(), runId);
        QCOMPARE(m_selection->category(), category);

        // Two candidates: a card each.
        QSignalSpy ready(m_area.get(), &ShadowArea::comparisonReady);
        m_area->setCandidates({ candidateA, candidateB });
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_area->summaryPanel()->cardCount(), 2);
        QCOMPARE(m_area->view()->detail()->candidateViews().size(), 2);
    }

    void verdictsAreSavedAndCountedAfterReopening()
    {
        openFixture();
        ShadowView* view = m_area->view();
        view->selectCase(4);
        view->setVerdict(Verdict::Better, QStringLiteral("names the invoice"));
        QTRY_VERIFY(!m_area->isBusy());
        {
            ResultsStore store;
            QVERIFY(store.open(database()));
            const std::optional<ShadowVerdict> saved
                = store.verdict(category, QStringLiteral("t05"), baseline, candidateA);
            QVERIFY(saved);
            QCOMPARE(saved->verdict, Verdict::Better);
            QCOMPARE(saved->note, QStringLiteral("names the invoice"));
        }
        view->selectCase(8);
        view->setVerdict(Verdict::Worse);
        QTRY_VERIFY(!m_area->isBusy());

        m_area.reset();
        openFixture();
        const ShadowSummary& summary = m_area->comparison()->summaries.at(0);
        QCOMPARE(summary.byVerdict.wins, 1);
        QCOMPARE(summary.byVerdict.losses, 1);
        QVERIFY(m_area->summaryPanel()->cardText(0).contains(QStringLiteral("1 better · 0 same · 1 worse")));
        m_area->view()->selectCase(4);
        QVERIFY(m_area->view()->detail()->verdictButton(Verdict::Better)->isChecked());

        // Clearing removes it from the database.
        m_area->view()->setVerdict(std::nullopt);
        QTRY_VERIFY(!m_area->isBusy());
        ResultsStore store;
        QVERIFY(store.open(database()));
        QVERIFY(!store.verdict(category, QStringLiteral("t05"), baseline, candidateA));
        QVERIFY(store.errorString().isEmpty());
    }

    void promoteIsUndoable()
    {
        openFixture();
        const RoutingMap before = m_document->workspace().routing;
        QPushButton* promote = m_area->summaryPanel()->promoteButton(0);
        QVERIFY(promote->isEnabled());
        promote->click();
        const Route* route = m_document->workspace().routing.routeFor(category);
        QVERIFY(route);
        QCOMPARE(route->chain, (QStringList { candidateA, baseline, candidateB }));
        QCOMPARE(route->rule, QStringLiteral("manual"));
        QVERIFY(route->evidence);
        QCOMPARE(route->evidence->runId, runId);
        QCOMPARE(route->evidence->latencyP95Ms, 400.0); // the candidate's answers, not 0
        QCOMPARE(m_selection->model(), candidateA);
        QVERIFY(!m_area->summaryPanel()->promoteButton(0)->isEnabled()); // it is the routed model now
        QVERIFY(m_area->noticeText().contains(QStringLiteral("Undo")));

        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace().routing, before);
        QVERIFY(m_area->summaryPanel()->promoteButton(0)->isEnabled());
    }

    // cand-a passes 9 of 12 on an 80% bar: promoting it asks first, naming the evidence
    // (P(p >= 0.8) under Beta(9.5, 3.5) = 0.3117 by mpmath); declining leaves the route as it was.
    void promotingBelowTheBarAsksFirst()
    {
        openFixture();
        const RoutingMap before = m_document->workspace().routing;
        m_answer = false;
        m_area->summaryPanel()->promoteButton(0)->click();
        QCOMPARE(m_document->workspace().routing, before);
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().text, QStringLiteral("cand-a: 9 of 12 (75.0%) on a 80.0% bar, 31% likely to meet it"));
        QVERIFY(m_asked.constFirst().belowBar);
        m_answer = true;
        m_area->summaryPanel()->promoteButton(0)->click();
        QCOMPARE(m_document->workspace().routing.routeFor(category)->primary(), candidateA);
    }

    // The alternative to switching at once: a gradual rollout from the routed model to the candidate.
    void rolloutIsUndoable()
    {
        openFixture();
        const RoutingMap before = m_document->workspace().routing;
        QPushButton* rollout = m_area->summaryPanel()->rolloutButton(0);
        QVERIFY(rollout->isEnabled());
        rollout->click();
        const Route* route = m_document->workspace().routing.routeFor(category);
        QVERIFY(route && route->rollout);
        QCOMPARE(route->primary(), baseline); // still serves 95% of the traffic
        QVERIFY(route->rollout == (RolloutPlan { baseline, candidateA, { 5, 25, 50, 100 }, 5 }));
        QVERIFY(!m_area->summaryPanel()->rolloutButton(0)->isEnabled()); // rolling out already
        QVERIFY2(m_area->noticeText().contains(QStringLiteral("5%")), qPrintable(m_area->noticeText()));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace().routing, before);
        QVERIFY(m_area->summaryPanel()->rolloutButton(0)->isEnabled());
    }

    // Routing the category to another model the run asked makes it the baseline at once, without
    // choosing the category again.
    void theBaselineFollowsTheRoute()
    {
        openFixture();
        QSignalSpy ready(m_area.get(), &ShadowArea::comparisonReady);
        RoutingMap routing = m_document->workspace().routing;
        routing.routes[0].chain = { candidateB, baseline };
        m_document->setRouting(routing);
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_area->baselineCombo()->currentData().toString(), candidateB);
        QCOMPARE(m_area->comparison()->baselineModelId, candidateB);
        QCOMPARE(m_area->candidates(), QStringList { candidateA });
        QCOMPARE(m_area->summaryPanel()->cardCount(), 1);

        // Promoting the candidate: the model it replaced is compared with it.
        m_area->summaryPanel()->promoteButton(0)->click();
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_area->comparison()->baselineModelId, candidateA);
        QCOMPARE(m_area->candidates(), QStringList { candidateB });
        QVERIFY(m_area->noticeText().contains(QStringLiteral("Undo")));
    }

    // A baseline the user chose stays when the route changes; a routed model the run did not ask
    // cannot be the baseline, and the area says so.
    void aChosenBaselineStaysAndAnUnaskedRouteIsNamed()
    {
        openFixture();
        QSignalSpy ready(m_area.get(), &ShadowArea::comparisonReady);
        m_area->baselineCombo()->setCurrentIndex(m_area->baselineCombo()->findData(candidateB));
        QVERIFY(ready.wait(10000));
        RoutingMap routing = m_document->workspace().routing;
        routing.routes[0].chain = { candidateA };
        m_document->setRouting(routing);
        QVERIFY(!ready.wait(300));
        QCOMPARE(m_area->comparison()->baselineModelId, candidateB);

        m_area->baselineCombo()->setCurrentIndex(m_area->baselineCombo()->findData(candidateA)); // the routed one
        QVERIFY(ready.wait(10000));
        routing.routes[0].chain = { QStringLiteral("not-in-the-run") };
        m_document->setRouting(routing);
        QCOMPARE(m_area->baselineCombo()->currentData().toString(), candidateA);
        QVERIFY2(m_area->noticeText().contains(QStringLiteral("did not ask")), qPrintable(m_area->noticeText()));
    }

    // cand-a costs $0.0005 a request against the baseline's $0.002: $0.0015 saved on each of the
    // category's requests, projected from the traffic as it is now.
    void theProjectedSavingFollowsTheTraffic()
    {
        openFixture();
        QCOMPARE(m_area->comparison()->summaries.at(0).monthlyRequests, 50000); // 100,000 x 50%
        m_document->setTraffic(TrafficProfile { 300000 });
        const ShadowSummary* summary = &m_area->comparison()->summaries.at(0);
        QCOMPARE(summary->monthlyRequests, 150000);
        QVERIFY(summary->projectedMonthlySavingUsd);
        QCOMPARE(qRound(*summary->projectedMonthlySavingUsd * 100), 22500);
        QVERIFY2(m_area->summaryPanel()->cardText(0).contains(DisplayFormat::count(150000)),
                 qPrintable(m_area->summaryPanel()->cardText(0)));

        Category tickets = m_document->workspace().categories.at(0);
        tickets.trafficShare = 0.2;
        m_document->setItem({ ItemPath::List::Categories, -1, 0 }, QVariant::fromValue(tickets));
        summary = &m_area->comparison()->summaries.at(0);
        QCOMPARE(summary->monthlyRequests, 60000);
        QCOMPARE(qRound(*summary->projectedMonthlySavingUsd * 100), 9000);
        QVERIFY(m_area->summaryPanel()->cardText(0).contains(DisplayFormat::count(60000)));

        m_document->setTraffic(TrafficProfile { 0 }); // no traffic: no projection, and the card says how to get one
        QVERIFY(!m_area->comparison()->summaries.at(0).projectedMonthlySavingUsd);
        QVERIFY(m_area->summaryPanel()->cardText(0).contains(QStringLiteral("set the traffic profile")));
    }

    void shadowRunOnPastedPromptsShowsUp()
    {
        openFixture();
        ShadowRunDialog dialog(m_document.get(), database());
        dialog.setChoice(category, baseline, { candidateA });
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("sandboxCheck"))
                    ->isChecked()); // the sandbox by default, as in Runs
        QVERIFY(!dialog.problem().isEmpty()); // no prompts yet
        dialog.setPrompts(QStringLiteral("Where is my parcel?\n\nMy invoice is wrong\nI want a refund\n"));
        QCOMPARE(dialog.spec().inputs.size(), 3);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        dialog.runner()->setSandboxTimeScale(0.01);
        QSignalSpy finished(&dialog, &ShadowRunDialog::runFinished);
        QSignalSpy ready(m_area.get(), &ShadowArea::comparisonReady);
        connect(&dialog, &ShadowRunDialog::runFinished, m_area.get(),
                [this](const RunInfo& run) { m_area->showRun(run.id); }); // as with the dialog it opens
        QVERIFY(dialog.start());
        QVERIFY2(finished.wait(60000), qPrintable(dialog.statusText()));
        const auto run = finished.first().at(0).value<RunInfo>();
        QCOMPARE(run.modelIds, (QStringList { baseline, candidateA }));
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.last().at(0).toString(), run.id);
        QCOMPARE(m_area->comparison()->scoring, ShadowScoring::Similarity);
        QCOMPARE(m_area->comparison()->cases.size(), 3);
        QCOMPARE(m_area->comparison()->candidateModelIds, QStringList { candidateA });
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("desk.signalbox.yaml")); }
    QString database() const { return ResultsStore::databasePathFor(path()); }

    void openArea()
    {
        createRunArea();
        m_area->resize(1400, 900);
        m_asked.clear();
        m_answer = true;
        m_area->setRouteConfirmation([this](const QString&, const QList<RouteConcern>& concerns, const QStringList&) {
            m_asked += concerns;
            return concerns.isEmpty() || m_answer;
        });
    }

    void openFixture()
    {
        if (!QFileInfo::exists(database()))
            writeRun(database());
        m_document->reset(workspace(), path());
        openArea();
        QTRY_VERIFY_WITH_TIMEOUT(m_area->comparison() && !m_area->isBusy(), 10000);
        QVERIFY(m_area->emptyMessage().isEmpty());
    }

    QList<RouteConcern> m_asked; // what the confirmations named
    bool m_answer = true;
};

QTEST_MAIN(TestShadowArea)
#include "tst_shadowarea.moc"
