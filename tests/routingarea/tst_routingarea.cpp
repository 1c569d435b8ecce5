// SPDX-License-Identifier: GPL-3.0-or-later
// The Routing area end to end: a sandbox run's results suggest routes, which apply as undo steps,
// the route editor reorders a chain, and the savings simulator shows the projected figures.
#include "areafixture.h"
#include "areascreenshot.h"
#include "document/editcommands.h"
#include "common/changecolor.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "results/resultsstore.h"
#include "routing/evidencestatus.h"
#include "common/displayformat.h"
#include "routingarea/rolloutpanel.h"
#include "routingarea/routingedits.h"
#include "routingarea/routeeditor.h"
#include "routingarea/routingarea.h"
#include "routingarea/routingtablemodel.h"
#include "routingarea/savingspanel.h"
#include "runner/runcontroller.h"
#include "common/costformat.h"
#include "runsworkspace.h"
#include "settings/theme.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// Both models answer every case right; "fast" costs a thirtieth of "good". Twenty cases a
// category decide an 80% bar clearly.
Workspace routingWorkspace()
{
    Workspace ws = runsWorkspace(5);
    for (ModelSpec& model : ws.models)
        model.simulation->skill = 1.0;
    const QList<double> shares { 0.5, 0.3, 0.1 };
    for (int i = 0; i < ws.categories.size(); ++i) {
        Category& category = ws.categories[i];
        category.threshold = 0.8;
        category.trafficShare = shares.at(i);
        for (int n = category.cases.size() + 1; n <= 20; ++n) {
            TestCase testCase { u"c%1"_s.arg(n) };
            testCase.prompt = u"%1 question number %2"_s.arg(category.name).arg(n);
            testCase.expected = u"answer%1"_s.arg(n);
            category.cases.append(testCase);
        }
    }
    ws.traffic.monthlyRequests = 1'000'000;
    return ws;
}

// The routing workspace with a third model, "cheap", a tenth of fast's price, as right as the others.
Workspace withCheapModel()
{
    Workspace ws = routingWorkspace();
    ModelSpec cheap = ws.models.at(0);
    cheap.id = u"cheap"_s;
    cheap.model = u"cheap-1"_s;
    cheap.displayName = u"Cheap"_s;
    cheap.price = { 0.01, 0.04 };
    ws.models.append(cheap);
    return ws;
}

// Runs the models on every category in the sandbox into the database beside path; the run's id.
QString runModels(const Workspace& ws, const QString& path, const QStringList& models)
{
    RunController runs;
    runs.setSandboxTimeScale(0);
    QSignalSpy finished(&runs, &RunController::finished);
    RunRequest request { ws };
    request.plan.simulated = true;
    request.plan.models = models;
    request.databasePath = ResultsStore::databasePathFor(path);
    if (!runs.start(request) || !finished.wait(30000))
        return {};
    return runs.run().id;
}
} // namespace

class TestRoutingArea : public RunAreaFixture<RoutingArea>
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"desk.signalbox.yaml"_s);
        RunController runs;
        runs.setSandboxTimeScale(0);
        QSignalSpy finished(&runs, &RunController::finished);
        RunRequest request { routingWorkspace() };
        request.plan.simulated = true;
        request.databasePath = ResultsStore::databasePathFor(m_path);
        QVERIFY(runs.start(request));
        QVERIFY(finished.wait(30000));
        m_runId = runs.run().id;
    }

    void untitledWorkspaceSaysWhatToDo()
    {
        m_document->reset(routingWorkspace());
        createArea();
        QVERIFY2(m_area->noticeText().startsWith(u"No runs yet"_s), qPrintable(m_area->noticeText()));
        QVERIFY(m_area->savings()->emptyMessage().startsWith(u"No runs yet"_s));
        QVERIFY(!m_area->applyAllButton()->isEnabled());
        QCOMPARE(m_area->model()->rowCount(), 4);
    }

    void noCategoriesSaysWhatToDo()
    {
        m_document->reset(Workspace {});
        createArea();
        QVERIFY2(m_area->noticeText().startsWith(u"No categories yet"_s), qPrintable(m_area->noticeText()));
        QCOMPARE(m_area->model()->rowCount(), 1); // the default route only
    }

    void suggestsRoutesFromTheRun()
    {
        loadRun();
        QCOMPARE(m_area->analysis().runId, m_runId);
        QVERIFY2(m_area->noticeText().startsWith(u"No routes yet"_s), qPrintable(m_area->noticeText()));
        QVERIFY(m_area->applyAllButton()->isEnabled());
        const std::optional<RouteSuggestion> triage = m_area->model()->suggestionFor(u"triage"_s);
        QVERIFY(triage);
        QCOMPARE(triage->chain.value(0), u"fast"_s); // the cheaper of two that both pass
        QVERIFY(!triage->explanation.isEmpty());

        // The selected row's suggestion shows beside the table, with its explanation.
        selectRow(0);
        QCOMPARE(m_selection->category(), u"triage"_s);
        QCOMPARE(m_area->editor()->category(), u"triage"_s);
        QVERIFY(m_area->editor()->applyButton()->isEnabled());
        QCOMPARE(m_area->editor()->suggestionLabel()->text(), triage->explanation);
    }

    void appliesOneSuggestionAsOneUndoStep()
    {
        loadRun();
        QUndoStack* stack = m_document->undoStack();
        selectRow(0);
        m_area->editor()->applyButton()->click();
        QCOMPARE(stack->count(), 1);
        const Route* route = m_document->workspace().routing.routeFor(u"triage"_s);
        QVERIFY(route);
        QCOMPARE(route->primary(), u"fast"_s);
        QCOMPARE(route->rule, u"cheapest-passing"_s);
        QVERIFY(route->evidence);
        QCOMPARE(route->evidence->runId, m_runId);
        QCOMPARE(route->evidence->cases, 20);
        QCOMPARE(text(0, RoutingTableModel::EvidenceColumn), evidenceStatusDisplayName(EvidenceStatus::Fresh));
        QCOMPARE(text(0, RoutingTableModel::AccuracyColumn), u"100%"_s);
        QVERIFY(!m_area->editor()->applyButton()->isEnabled()); // applied
        stack->undo();
        QVERIFY(m_document->workspace().routing.isEmpty());
        QVERIFY(m_area->editor()->applyButton()->isEnabled());
    }

    void appliesAllSuggestionsAndKeepsManualRoutes()
    {
        loadRun();
        QUndoStack* stack = m_document->undoStack();
        QVERIFY(m_area->model()->setData(m_area->model()->index(1, RoutingTableModel::ModelColumn), u"good"_s));
        m_area->applyAllButton()->click();
        QCOMPARE(stack->count(), 2);
        const RoutingMap& map = m_document->workspace().routing;
        QCOMPARE(map.routes.size(), 3);
        QCOMPARE(map.routeFor(u"triage"_s)->primary(), u"fast"_s);
        QCOMPARE(map.routeFor(u"sentiment"_s)->primary(), u"good"_s); // chosen by hand: kept
        QCOMPARE(map.routeFor(u"sentiment"_s)->rule, u"manual"_s);
        QCOMPARE(map.defaultChain, m_area->defaultSuggestion());
        QVERIFY(!m_area->applyAllButton()->isEnabled());
        // triage and language applied, sentiment's manual route kept, the default route filled.
        QVERIFY2(m_area->noticeText().startsWith(u"Applied 2 suggestion"_s), qPrintable(m_area->noticeText()));
        QVERIFY2(m_area->noticeText().contains(u"Left as chosen by hand: sentiment."_s),
                 qPrintable(m_area->noticeText()));
        QCOMPARE(stack->undoText(), u"Apply all suggestions, keep manual sentiment"_s);
        QVERIFY(m_asked.isEmpty()); // 20 of 20 clearly meets 80%: nothing to confirm
        stack->undo();
        QCOMPARE(m_document->workspace().routing.routes.size(), 1);
    }

    // A bar the evidence does not decide: 20 of 20 on a 99% bar meets it on counts, but the Wilson
    // lower bound is 0.839. Applying asks, naming the evidence; declining changes nothing.
    void applyingUndecidedEvidenceAsksFirst()
    {
        Workspace ws = routingWorkspace();
        ws.categories[0].threshold = 0.99;
        m_document->reset(ws, m_path);
        createArea();
        QSignalSpy ready(m_area.get(), &RoutingArea::analysisReady);
        QVERIFY(ready.wait(10000));
        m_answer = false;
        m_area->applyAllSuggestions();
        QVERIFY(m_document->workspace().routing.isEmpty());
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().size(), 1);
        const RouteConcern concern = m_asked.constFirst().constFirst();
        QCOMPARE(concern.category, u"triage"_s);
        QVERIFY(!concern.belowBar);
        // P(p >= 0.99) under Beta(20.5, 0.5): 1 - I_0.99(20.5, 0.5) = 0.4765 (mpmath).
        QVERIFY2(concern.text.startsWith(u"fast: 20 of 20 (100.0%) on a 99.0% bar, 48% likely to meet it"_s),
                 qPrintable(concern.text));
        m_answer = true;
        m_area->applyAllSuggestions();
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->primary(), u"fast"_s);
        // The table marks the route and says why.
        const QModelIndex bar = m_area->model()->index(0, RoutingTableModel::BarColumn);
        QVERIFY2(bar.data().toString().contains(u"undecided"_s), qPrintable(bar.data().toString()));
        QCOMPARE(bar.data(Qt::ToolTipRole).toString(), concern.text);
        QVERIFY(!bar.data(Qt::DecorationRole).isNull());
        QCOMPARE(m_area->model()->index(1, RoutingTableModel::BarColumn).data().toString(), u">99%"_s);
    }

    void editorReordersTheChain()
    {
        loadRun();
        selectRow(0);
        RouteEditor* editor = m_area->editor();
        editor->addModel(u"fast"_s);
        editor->addModel(u"good"_s);
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(editor->chain(), QStringList({ u"fast"_s, u"good"_s }));
        editor->chainList()->setCurrentRow(1);
        editor->moveCurrent(-1);
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->chain, QStringList({ u"good"_s, u"fast"_s }));
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->rule, u"manual"_s);
        QCOMPARE(text(0, RoutingTableModel::FallbacksColumn), u"fast"_s);
        QCOMPARE(m_document->undoStack()->count(), 3);
        m_document->undoStack()->undo();
        QCOMPARE(editor->chain(), QStringList({ u"fast"_s, u"good"_s }));

        // A drop inside the list moves its rows: the new order is one more undo step.
        QVERIFY(editor->chainList()->model()->moveRow({}, 1, {}, 0));
        QTRY_COMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->chain,
                     QStringList({ u"good"_s, u"fast"_s }));
        QCOMPARE(m_document->undoStack()->count(), 3);

        // The default route's row edits the default chain.
        selectRow(m_area->model()->defaultRow());
        QCOMPARE(editor->category(), QString());
        editor->addModel(u"good"_s);
        QCOMPARE(m_document->workspace().routing.defaultChain, QStringList({ u"good"_s }));
    }

    void projectsTheSavings()
    {
        loadRun();
        SavingsPanel* savings = m_area->savings();
        QVERIFY(savings->emptyMessage().startsWith(u"No routes yet"_s));
        m_area->applyAllSuggestions();
        QVERIFY2(savings->emptyMessage().isEmpty(), qPrintable(savings->emptyMessage()));
        QCOMPARE(savings->baselineModel(), u"good"_s); // as accurate, and dearer: what one would use unrouted
        const SavingsProjection& projection = savings->projection();
        QCOMPARE(projection.monthlyRequests, 1'000'000);
        QVERIFY(projection.mapMonthlyCostUsd > 0);
        QVERIFY(projection.mapMonthlyCostUsd < projection.baselineMonthlyCostUsd / 5);
        QVERIFY2(savings->headline().startsWith(u"Routing map $"_s) && savings->headline().contains(u" vs all on good $"_s)
                     && savings->headline().endsWith(u" a month"_s),
                 qPrintable(savings->headline()));
        QCOMPARE(savings->headlineLabel()->palette().color(QPalette::WindowText),
                 changeColor(Change::Better, savings->palette()));
        QVERIFY2(savings->summary().contains(u"less a month than sending all 1,000,000 requests to good"_s),
                 qPrintable(savings->summary()));
        QCOMPARE(savings->table()->rowCount(), projection.categories.size());
        QCOMPARE(savings->table()->item(0, SavingsPanel::CategoryColumn)->text(), u"triage"_s);

        // Volume and traffic mix are the workspace's, edited undoably.
        const double before = projection.mapMonthlyCostUsd;
        savings->volumeBox()->setValue(2'000'000);
        QCOMPARE(m_document->workspace().traffic.monthlyRequests, 2'000'000);
        QCOMPARE(savings->projection().mapMonthlyCostUsd, before * 2);
        m_document->undoStack()->undo();
        QCOMPARE(savings->volumeBox()->value(), 1'000'000);
        savings->table()->item(0, SavingsPanel::ShareColumn)->setText(u"20"_s);
        QTRY_COMPARE(m_document->workspace().categories.at(0).trafficShare, 0.2);

        // Another baseline, another figure.
        savings->baselineCombo()->setCurrentIndex(savings->baselineCombo()->findData(u"fast"_s));
        QCOMPARE(savings->projection().baselineModelId, u"fast"_s);
    }

    // A map dearer than its baseline says so in the theme's colour for a rise, light and dark.
    void coloursARise()
    {
        loadRun();
        m_area->applyAllSuggestions(); // everything on fast, a thirtieth of good's price
        SavingsPanel* savings = m_area->savings();
        savings->baselineCombo()->setCurrentIndex(savings->baselineCombo()->findData(u"fast"_s));
        RoutingMap routing = m_document->workspace().routing;
        routing.routes[0].chain = { u"good"_s, u"fast"_s };
        m_document->setRouting(routing);
        QVERIFY2(savings->summary().contains(u"more a month than sending all 1,000,000 requests to fast"_s),
                 qPrintable(savings->summary()));
        for (const QPalette& theme : { lightPalette(), darkPalette() }) {
            savings->setPalette(theme);
            QCOMPARE(savings->headlineLabel()->palette().color(QPalette::WindowText), changeColor(Change::Worse, theme));
        }
        QVERIFY(changeColor(Change::Worse, lightPalette()) != changeColor(Change::Worse, darkPalette()));
    }

    // A category the run has no figures for is unknown in the headline, the summary and the table, never
    // $0, also after the workspace is saved and opened again.
    void unknownIsNeverCountedAsZero()
    {
        loadRun();
        m_area->applyAllSuggestions();
        Category refunds { u"refunds"_s };
        refunds.trafficShare = 0.1;
        refunds.cases = { TestCase { u"r1"_s } };
        refunds.cases[0].prompt = u"Refund order 12"_s;
        refunds.cases[0].expected = u"refund"_s;
        m_document->insertItem({ ItemPath::List::Categories, -1, 3 }, QVariant::fromValue(refunds));
        RoutingMap routing = m_document->workspace().routing;
        routing.routes.append(Route { u"refunds"_s, { u"fast"_s }, u"manual"_s, {} });
        m_document->setRouting(routing);
        const auto checkUnknown = [this] {
            SavingsPanel* savings = m_area->savings();
            QVERIFY2(savings->headline().startsWith(u"Routing map at least $"_s), qPrintable(savings->headline()));
            QVERIFY2(savings->headline().contains(u"vs all on good at least $"_s), qPrintable(savings->headline()));
            QVERIFY2(savings->summary().contains(u"no figures for refunds on fast, refunds on good"_s),
                     qPrintable(savings->summary()));
            QVERIFY(!savings->summary().contains(u"counts as $0"_s));
            const int row = int(savings->projection().categories.size()) - 1;
            QCOMPARE(savings->table()->item(row, SavingsPanel::CategoryColumn)->text(), u"refunds"_s);
            QCOMPARE(savings->table()->item(row, SavingsPanel::MapColumn)->text(), u"unknown"_s);
            QCOMPARE(savings->table()->item(row, SavingsPanel::BaselineColumn)->text(), u"unknown"_s);
        };
        checkUnknown();
        QString error;
        QVERIFY2(m_document->save(m_path, &error), qPrintable(error));

        m_area.reset();
        m_document = std::make_unique<WorkspaceDocument>();
        QVERIFY(m_document->load(m_path).ok());
        QCOMPARE(m_document->workspace().routing.routeFor(u"refunds"_s)->primary(), u"fast"_s);
        createArea();
        QSignalSpy ready(m_area.get(), &RoutingArea::analysisReady);
        QVERIFY(ready.wait(10000));
        checkUnknown();
    }

    // A gradual change of triage's primary from fast to good: each edit one undo step, each stage's
    // monthly requests from the traffic profile (1,000,000 a month, half of them triage).
    void rollsOutStageByStage()
    {
        loadRun();
        m_area->applyAllSuggestions();
        selectRow(0);
        RolloutPanel* panel = m_area->rollout();
        QVERIFY(panel->isVisibleTo(m_area.get()));
        QVERIFY(panel->startButton()->isVisibleTo(panel));
        QVERIFY(!panel->start(u"good"_s, u"5,50,25"_s)); // stages must grow
        QVERIFY2(panel->statusLabel()->text().contains(u"must grow"_s), qPrintable(panel->statusLabel()->text()));
        QUndoStack* stack = m_document->undoStack();
        const int before = stack->count();
        panel->targetCombo()->setCurrentIndex(panel->targetCombo()->findData(u"good"_s));
        panel->startButton()->click();
        QCOMPARE(stack->count(), before + 1);
        const auto plan = [this]() -> std::optional<RolloutPlan> {
            const Route* route = m_document->workspace().routing.routeFor(u"triage"_s);
            return route ? route->rollout : std::nullopt;
        };
        QVERIFY(plan() == (RolloutPlan { u"fast"_s, u"good"_s, { 5, 25, 50, 100 }, 5 }));
        QVERIFY(!panel->startButton()->isVisibleTo(panel));
        QTableWidget* stages = panel->stagesTable();
        QCOMPARE(stages->rowCount(), 4);
        QCOMPARE(stages->item(0, RolloutPanel::StageColumnPercent)->text(), u"5% (now)"_s);
        QCOMPARE(stages->item(0, RolloutPanel::StageColumnNewRequests)->text(), u"25,000"_s);
        QCOMPARE(stages->item(0, RolloutPanel::StageColumnOldRequests)->text(), u"475,000"_s);
        QCOMPARE(stages->item(3, RolloutPanel::StageColumnNewRequests)->text(), u"500,000"_s);
        QVERIFY(stages->item(3, RolloutPanel::StageColumnCost)->text().startsWith(u'$'));
        QVERIFY2(panel->statusLabel()->text().contains(u"5% of the requests go to good now (stage 1 of 4)"_s),
                 qPrintable(panel->statusLabel()->text()));

        // good costs thirty times fast: each stage costs more than fast alone, and the saving says so.
        for (int row = 0; row < 4; ++row)
            QVERIFY2(stages->item(row, RolloutPanel::StageColumnSaving)->text().startsWith(u"\u2212$"_s),
                     qPrintable(stages->item(row, RolloutPanel::StageColumnSaving)->text()));
        // The savings simulator blends the two primaries by the stage's weight, as the stage row does.
        QCOMPARE(DisplayFormat::dollars(m_area->savings()->projection().categories.at(0).monthlyCostUsd),
                 stages->item(0, RolloutPanel::StageColumnCost)->text());

        panel->advanceButton()->click();
        QCOMPARE(plan()->stage, 25);
        QCOMPARE(DisplayFormat::dollars(m_area->savings()->projection().categories.at(0).monthlyCostUsd),
                 stages->item(1, RolloutPanel::StageColumnCost)->text());
        QCOMPARE(stages->item(1, RolloutPanel::StageColumnPercent)->text(), u"25% (now)"_s);
        QVERIFY(text(0, RoutingTableModel::FallbacksColumn).endsWith(u"rolling out good (25%)"_s));
        QVERIFY(!saveScreenshot(m_area.get(), u"routingarea-rollout"_s).isEmpty());
        stack->undo();
        QCOMPARE(plan()->stage, 5);
        panel->finishButton()->click();
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->primary(), u"good"_s);
        QVERIFY(!plan());
        stack->undo();
        QCOMPARE(plan()->stage, 5);
        panel->abandonButton()->click();
        QVERIFY(!plan());
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->primary(), u"fast"_s);
        // Changing the primary by hand ends a plan: it moved traffic away from the primary that is gone.
        stack->undo();
        QVERIFY(plan());
        m_area->editor()->chainList()->setCurrentRow(0);
        m_area->editor()->removeCurrent();
        QVERIFY(!plan());
    }

    // A model run on its own competes with the last full run: the latest evidence per cell across
    // runs, each cell labelled with its run; a category changed since is stale, not mixed in; a
    // price change that moves a winner is flagged; one run can still be looked at alone.
    void newModelRunAloneCompetesAcrossRuns()
    {
        const QString path = m_dir.filePath(u"latest.signalbox.yaml"_s);
        const Workspace ws = withCheapModel();
        const QString fullRun = runModels(ws, path, { u"fast"_s, u"good"_s });
        const QString newRun = runModels(ws, path, { u"cheap"_s });
        QVERIFY(!fullRun.isEmpty() && !newRun.isEmpty());
        m_document->reset(ws, path);
        createArea();
        QSignalSpy ready(m_area.get(), &RoutingArea::analysisReady);
        QVERIFY(ready.wait(10000));
        QVERIFY(m_area->showsLatestEvidence());
        QCOMPARE(m_area->runCombo()->count(), 3); // the latest, then each run
        QCOMPARE(m_area->evidence().runIds, (QStringList { newRun, fullRun }));
        QVERIFY(m_area->runCombo()->itemData(0, Qt::ToolTipRole).toString().contains(newRun));
        const std::optional<RouteSuggestion> triage = m_area->model()->suggestionFor(u"triage"_s);
        QVERIFY(triage && triage->evidence);
        QCOMPARE(triage->chain.value(0), u"cheap"_s);
        QCOMPARE(triage->evidence->runId, newRun);
        QCOMPARE(m_area->model()->evidenceCellFor(u"triage"_s, u"fast"_s)->runId, fullRun);

        m_area->applyAllSuggestions();
        QCOMPARE(text(0, RoutingTableModel::EvidenceColumn), evidenceStatusDisplayName(EvidenceStatus::Fresh));
        const QString tip
            = m_area->model()->index(0, RoutingTableModel::AccuracyColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"run %1 of"_s.arg(newRun)), qPrintable(tip));

        // sentiment's prompt changes: its cells are stale, left out, and its route says so.
        Category sentiment = m_document->workspace().categories.at(1);
        sentiment.systemPrompt = u"Answer with two words."_s;
        m_document->undoStack()->push(new SetItemCommand(m_document.get(), { ItemPath::List::Categories, -1, 1 },
                                                         QVariant::fromValue(sentiment), u"Edit"_s));
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_area->evidence().staleCount(), 3);
        QVERIFY(m_area->model()->index(1, 0).data(RoutingTableModel::StaleEvidenceRole).toBool());
        QVERIFY(!m_area->model()->index(0, 0).data(RoutingTableModel::StaleEvidenceRole).toBool());
        QCOMPARE(text(1, RoutingTableModel::EvidenceColumn), u"stale: category changed"_s);
        QVERIFY2(m_area->noticeText().contains(u"left out as stale"_s), qPrintable(m_area->noticeText()));
        m_document->undoStack()->undo();
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_area->evidence().staleCount(), 0);

        // cheap's price goes up a thousandfold: today fast wins triage, and the route is flagged.
        ModelSpec cheap = m_document->workspace().models.at(2);
        cheap.price = { 10.0, 40.0 };
        m_document->undoStack()->push(new SetItemCommand(m_document.get(), { ItemPath::List::Models, -1, 2 },
                                                         QVariant::fromValue(cheap), u"Price"_s));
        QVERIFY(ready.wait(10000));
        QVERIFY(m_area->model()->index(0, 0).data(RoutingTableModel::PricingChangedRole).toBool());
        const PricingShift* shift = m_area->model()->pricingShiftFor(u"triage"_s);
        QVERIFY(shift);
        QCOMPARE(shift->oldWinner, u"cheap"_s);
        QCOMPARE(shift->newWinner, u"fast"_s);
        QVERIFY2(m_area->noticeText().contains(u"Pricing changed the winner of triage"_s),
                 qPrintable(m_area->noticeText()));
        selectRow(0);
        for (const Settings::Theme theme : { Settings::Theme::Light, Settings::Theme::Dark }) {
            applyTheme(theme);
            QVERIFY(!saveScreenshot(m_area.get(), u"routing-pricing-changed-%1"_s.arg(Settings::themeKeyName(theme)))
                         .isEmpty());
        }
        applyTheme(Settings::Theme::System);

        // One run alone, as before: the full run knows nothing of cheap.
        m_area->runCombo()->setCurrentIndex(m_area->runCombo()->findData(fullRun));
        QVERIFY(ready.wait(10000));
        QVERIFY(!m_area->showsLatestEvidence());
        QCOMPARE(m_area->model()->suggestionFor(u"triage"_s)->chain.value(0), u"fast"_s);
        QVERIFY(!m_area->model()->evidenceCellFor(u"triage"_s, u"fast"_s));
        QVERIFY(m_area->evidence().cells.isEmpty());
    }

    // Moving a fallback up makes it the primary: asked like any other change of primary when its
    // evidence does not decide the bar (20 of 20 on a 99% bar); declining keeps the chain.
    void reorderingToANewPrimaryAsksFirst()
    {
        Workspace ws = routingWorkspace();
        ws.categories[0].threshold = 0.99;
        ws.routing.routes = { Route { u"triage"_s, { u"fast"_s, u"good"_s }, u"manual"_s } };
        m_document->reset(ws, m_path);
        createArea();
        QSignalSpy ready(m_area.get(), &RoutingArea::analysisReady);
        QVERIFY(ready.wait(10000));
        selectRow(0);
        RouteEditor* editor = m_area->editor();
        m_answer = false;
        editor->chainList()->setCurrentRow(1);
        editor->moveCurrent(-1);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().constFirst().modelId, u"good"_s);
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->chain, QStringList({ u"fast"_s, u"good"_s }));
        QCOMPARE(editor->chain(), QStringList({ u"fast"_s, u"good"_s }));
        QCOMPARE(m_document->undoStack()->count(), 0);
        // Removing the primary promotes the fallback: the same question.
        editor->chainList()->setCurrentRow(0);
        editor->removeCurrent();
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->chain, QStringList({ u"fast"_s, u"good"_s }));
        m_answer = true;
        editor->chainList()->setCurrentRow(1);
        editor->moveCurrent(-1);
        QCOMPARE(m_document->workspace().routing.routeFor(u"triage"_s)->chain, QStringList({ u"good"_s, u"fast"_s }));
        QCOMPARE(m_asked.size(), 3);
    }

    // triage as a cascade fast -> good whose check no answer passes: every request escalates, so its
    // pass rate is good's and its cost per 1,000 requests is fast's plus good's, as the run measured them.
    void showsACascadeAsTheRunSimulatesIt()
    {
        loadRun();
        Route cascade { u"triage"_s, { u"fast"_s, u"good"_s }, u"manual"_s };
        cascade.cascadeCheck = ScorerSpec { u"regex"_s, u"^never$"_s };
        Workspace ws = m_document->workspace();
        ws.routing.routes = { cascade };
        m_document->reset(ws, m_path);
        QSignalSpy ready(m_area.get(), &RoutingArea::analysisReady);
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(m_area->model()->cascadeFor(m_document->workspace().routing.routeFor(u"triage"_s)));
        const CellStats* fast = m_area->analysis().cell(u"triage"_s, u"fast"_s);
        const CellStats* good = m_area->analysis().cell(u"triage"_s, u"good"_s);
        QVERIFY(fast && good);
        QCOMPARE(text(0, RoutingTableModel::CostColumn), costText(fast->costPer1kRequests() + good->costPer1kRequests()));
        QCOMPARE(text(0, RoutingTableModel::AccuracyColumn), DisplayFormat::percent(good->passRate()));
        QVERIFY2(text(0, RoutingTableModel::FallbacksColumn).endsWith(u"100% escalate"_s),
                 qPrintable(text(0, RoutingTableModel::FallbacksColumn)));
        selectRow(0);
        QVERIFY(!saveScreenshot(m_area.get(), u"routingarea-cascade"_s).isEmpty());

        // Another check, simulated again without another analysis: answers that pass it stand.
        Route standing = cascade;
        standing.cascadeCheck = ScorerSpec { u"regex"_s, u"^answer"_s };
        m_document->undoStack()->push(RoutingEdits::replaceRoute(m_document.get(), standing, u"check"_s));
        QTRY_VERIFY(text(0, RoutingTableModel::FallbacksColumn).endsWith(u" 0% escalate"_s));
        QCOMPARE(text(0, RoutingTableModel::CostColumn), costText(fast->costPer1kRequests()));
    }

private:
    void createArea()
    {
        createRunArea();
        m_asked.clear();
        m_answer = true;
        m_area->setRouteConfirmation([this](const QString&, const QList<RouteConcern>& concerns, const QStringList&) {
            if (concerns.isEmpty())
                return true;
            m_asked.append(concerns);
            return m_answer;
        });
    }

    void loadRun()
    {
        m_document->reset(routingWorkspace(), m_path);
        createArea();
        QSignalSpy ready(m_area.get(), &RoutingArea::analysisReady);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.last().at(0).toString(), m_runId);
    }

    void selectRow(int row)
    {
        m_area->table()->setCurrentIndex(m_area->model()->index(row, RoutingTableModel::CategoryColumn));
    }

    QString text(int row, int column) const { return m_area->model()->index(row, column).data().toString(); }

    QString m_path;
    QString m_runId;
    QList<QList<RouteConcern>> m_asked; // what each confirmation named
    bool m_answer = true;
};

QTEST_MAIN(TestRoutingArea)
#include "tst_routingarea.moc"
