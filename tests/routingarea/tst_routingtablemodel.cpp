// SPDX-License-Identifier: GPL-3.0-or-later
// The routing table: a row per category and the default route's; every edit one undo step.
#include "document/editcommands.h"
#include "documentmodelfixture.h"
#include "routing/evidencestatus.h"
#include "routingarea/routingedits.h"
#include "routingarea/routingtablemodel.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
RouteEvidence evidenceOf(const QString& runId)
{
    return { runId, QDateTime(QDate(2026, 11, 20), QTime(10, 14), Qt::UTC), 40, 0.925, 0.801, 0.974, 0.031, 820 };
}

Workspace routedWorkspace()
{
    Workspace ws = testWorkspace();
    ws.routing.routes[0].evidence = evidenceOf(u"run-1"_s);
    ws.routing.routes.removeAt(1); // summaries falls back to the default route
    return ws;
}
} // namespace

class TestRoutingTableModel : public QObject, private DocumentModelFixture<RoutingTableModel>
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUpModel(routedWorkspace());
    }

    void cleanup()
    {
        tearDownModel();
    }

    // Evidence from batch answers has no latency: a dash that says why, sorted after every latency.
    void unmeasuredLatencyShowsADash()
    {
        tearDownModel();
        Workspace ws = routedWorkspace();
        ws.routing.routes[0].evidence->latencyP95Ms.reset();
        setUpModel(ws);
        QCOMPARE(text(0, RoutingTableModel::LatencyColumn), u"— (batch)"_s);
        const double sortKey
            = m_model->index(0, RoutingTableModel::LatencyColumn).data(RoutingTableModel::SortRole).toDouble();
        QVERIFY(sortKey > 1e12);
    }

    void showsARowPerCategoryAndTheDefault()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(RoutingTableModel::ColumnCount));
        QCOMPARE(text(0, RoutingTableModel::CategoryColumn), u"ticket-classification"_s);
        QCOMPARE(text(0, RoutingTableModel::TrafficShareColumn), u"45%"_s);
        QCOMPARE(text(0, RoutingTableModel::ModelColumn), u"gpt-4o-mini"_s);
        QCOMPARE(text(0, RoutingTableModel::FallbacksColumn), u"claude-haiku"_s);
        QCOMPARE(text(0, RoutingTableModel::ThresholdColumn), u"90%"_s);
        QCOMPARE(text(0, RoutingTableModel::AccuracyColumn), u"92.5%"_s);
        QCOMPARE(text(0, RoutingTableModel::CostColumn), u"$0.031"_s);
        QCOMPARE(text(0, RoutingTableModel::LatencyColumn), u"820 ms"_s);
        QCOMPARE(text(1, RoutingTableModel::ModelColumn), u"gpt-4o-mini"_s); // the default route's, muted
        QCOMPARE(text(1, RoutingTableModel::EvidenceColumn), u"default route"_s);
        QVERIFY(m_model->isDefaultRow(2));
        QVERIFY(m_model->index(2, 0).data(RoutingTableModel::IsDefaultRole).toBool());
        QCOMPARE(text(2, RoutingTableModel::CategoryColumn), u"Default route"_s);
        QCOMPARE(text(2, RoutingTableModel::TrafficShareColumn), u"25%"_s); // what the categories leave
        QCOMPARE(text(2, RoutingTableModel::ModelColumn), u"gpt-4o-mini"_s);
        const QStringList choices
            = m_model->index(0, RoutingTableModel::ModelColumn).data(RoutingTableModel::ChoicesRole).toStringList();
        QCOMPARE(choices, QStringList({ u"gpt-4o-mini"_s, u"gpt-4o"_s, u"claude-haiku"_s }));
    }

    void evidenceIsFreshOrStaleAgainstTheNewestRun()
    {
        m_model->setAnalysis({}, u"run-1"_s, {});
        QCOMPARE(text(0, RoutingTableModel::EvidenceColumn), evidenceStatusDisplayName(EvidenceStatus::Fresh));
        m_model->setAnalysis({}, u"run-2"_s, {});
        QCOMPARE(text(0, RoutingTableModel::EvidenceColumn), evidenceStatusDisplayName(EvidenceStatus::Stale));
    }

    void flagsRoutesWhosePricingChangedTheWinner()
    {
        const QModelIndex model = m_model->index(0, RoutingTableModel::ModelColumn);
        QVERIFY(!model.data(RoutingTableModel::PricingChangedRole).toBool());
        QVERIFY(model.data(Qt::DecorationRole).isNull());
        PricingShift shift { u"ticket-classification"_s, u"gpt-4o-mini"_s, u"claude-haiku"_s, 1.2, 0.6, 300.0 };
        m_model->setPricingShifts({ shift });
        QVERIFY(model.data(RoutingTableModel::PricingChangedRole).toBool());
        QVERIFY(!model.data(Qt::DecorationRole).isNull());
        QCOMPARE(model.data(Qt::ToolTipRole).toString(),
                 u"Pricing changed the winner: gpt-4o-mini won at the run's prices, claude-haiku wins at today's: "
                 "$0.60 per 1,000 requests ($300.00 a month) at stake"_s);
        QVERIFY(!m_model->index(1, RoutingTableModel::ModelColumn).data(RoutingTableModel::PricingChangedRole).toBool());
        m_model->setPricingShifts({});
        QVERIFY(!model.data(RoutingTableModel::PricingChangedRole).toBool());
    }

    void choosingAModelIsOneManualUndoStep()
    {
        QUndoStack* stack = m_document->undoStack();
        const RoutingMap before = m_document->workspace().routing;
        QVERIFY(m_model->setData(m_model->index(0, RoutingTableModel::ModelColumn), u"claude-haiku"_s));
        QCOMPARE(stack->count(), 1);
        const Route* route = m_document->workspace().routing.routeFor(u"ticket-classification"_s);
        QVERIFY(route);
        QCOMPARE(route->chain, QStringList({ u"claude-haiku"_s, u"gpt-4o-mini"_s })); // the old primary falls back
        QCOMPARE(route->rule, u"manual"_s);
        QVERIFY(!route->evidence); // the evidence was the old primary's
        QCOMPARE(text(0, RoutingTableModel::EvidenceColumn), evidenceStatusDisplayName(EvidenceStatus::Manual));
        stack->undo();
        QCOMPARE(m_document->workspace().routing, before);
        QCOMPARE(text(0, RoutingTableModel::ModelColumn), u"gpt-4o-mini"_s);
        stack->redo();
        QCOMPARE(text(0, RoutingTableModel::ModelColumn), u"claude-haiku"_s);

        QVERIFY(!m_model->setData(m_model->index(0, RoutingTableModel::ModelColumn), u"no-such-model"_s));
        QCOMPARE(stack->count(), 1);
    }

    void aCategoryOnTheDefaultRouteGetsItsOwnRoute()
    {
        QVERIFY(m_model->setData(m_model->index(1, RoutingTableModel::ModelColumn), u"gpt-4o"_s));
        const Route* route = m_document->workspace().routing.routeFor(u"summaries"_s);
        QVERIFY(route);
        QCOMPARE(route->chain, QStringList({ u"gpt-4o"_s }));
        QCOMPARE(m_document->workspace().routing.routes.size(), 2);
        QCOMPARE(m_document->workspace().routing.routes.at(1).category, u"summaries"_s); // workspace order
        m_document->undoStack()->undo();
        QVERIFY(!m_document->workspace().routing.routeFor(u"summaries"_s));
    }

    void categoryFieldsAreUndoable_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("share") << int(RoutingTableModel::TrafficShareColumn) << QVariant(30.0) << u"30%"_s;
        QTest::newRow("threshold") << int(RoutingTableModel::ThresholdColumn) << QVariant(85.0) << u"85%"_s;
        QTest::newRow("target") << int(RoutingTableModel::TargetColumn)
                                << QVariant(targetDisplayName(OptimisationTarget::MostAccurate))
                                << targetDisplayName(OptimisationTarget::MostAccurate);
    }

    void categoryFieldsAreUndoable()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        const QString before = text(0, column);
        QVERIFY(m_model->setData(m_model->index(0, column), value));
        QCOMPARE(text(0, column), shown);
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(text(0, column), before);
    }

    void refusesValuesOutOfRange()
    {
        QVERIFY(!m_model->setData(m_model->index(0, RoutingTableModel::TrafficShareColumn), 120.0));
        QVERIFY(!m_model->setData(m_model->index(0, RoutingTableModel::TargetColumn), u"cheapest"_s));
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void theDefaultRowEditsTheDefaultChain()
    {
        const QModelIndex model = m_model->index(2, RoutingTableModel::ModelColumn);
        QVERIFY(model.flags() & Qt::ItemIsEditable);
        QVERIFY(!(m_model->index(2, RoutingTableModel::ThresholdColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(m_model->setData(model, u"claude-haiku"_s));
        QCOMPARE(m_document->workspace().routing.defaultChain, QStringList({ u"claude-haiku"_s }));
        QCOMPARE(text(2, RoutingTableModel::ModelColumn), u"claude-haiku"_s);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace().routing.defaultChain, QStringList({ u"gpt-4o-mini"_s }));
    }

    void followsCategoriesComingAndGoing()
    {
        Category third { u"translation"_s };
        third.trafficShare = 0.1;
        m_document->undoStack()->push(new InsertItemCommand(m_document.get(), { ItemPath::List::Categories, -1, 2 },
                                                            QVariant::fromValue(third), {}));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(text(2, RoutingTableModel::CategoryColumn), u"translation"_s);
        QCOMPARE(text(3, RoutingTableModel::TrafficShareColumn), u"15%"_s);
        m_document->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 3);
        m_document->reset({});
        QCOMPARE(m_model->rowCount(), 1); // the default route's row stays
    }

    // A cascade route shows the cascade as the run simulates it, where a single model's figures go:
    // ten tickets, the mini model's label stands on 7 (6 right), 3 escalate to haiku (2 right):
    // 8 of 10; cost 10 x $0.0001 + 3 x $0.001 = $0.004, $0.400 per 1,000; latency 100 ms x 7, 400 ms x 3.
    void aCascadeShowsItsSimulatedFigures()
    {
        Workspace ws = m_document->workspace();
        ws.routing.routes[0].cascadeCheck = ScorerSpec { u"regex"_s, u"^(billing|shipping)$"_s };
        m_document->reset(ws);
        QList<ResultRecord> results;
        for (int index = 1; index <= 10; ++index) {
            ResultRecord mini { u"run-1"_s, u"ticket-classification"_s, u"t%1"_s.arg(index), u"gpt-4o-mini"_s };
            mini.output = index <= 7 ? u"billing"_s : u"I think it is about billing."_s;
            mini.pass = index <= 6;
            mini.costUsd = 0.0001;
            mini.latencyMs = 100;
            ResultRecord haiku { u"run-1"_s, u"ticket-classification"_s, u"t%1"_s.arg(index), u"claude-haiku"_s };
            haiku.output = u"billing"_s;
            haiku.pass = index != 10;
            haiku.costUsd = 0.001;
            haiku.latencyMs = 300;
            results << mini << haiku;
        }
        const QList<CascadeCell> cascades = routeCascades(m_document->workspace(), results);
        QCOMPARE(cascades.size(), 1);
        QCOMPARE(text(0, RoutingTableModel::AccuracyColumn), u"92.5%"_s); // the recorded evidence, until then
        m_model->setCascades(cascades);
        QVERIFY(m_model->cascadeFor(m_document->workspace().routing.routeFor(u"ticket-classification"_s)));
        QCOMPARE(text(0, RoutingTableModel::AccuracyColumn), u"80%"_s);
        QCOMPARE(text(0, RoutingTableModel::CostColumn), u"$0.400"_s);
        QCOMPARE(text(0, RoutingTableModel::LatencyColumn), u"400 ms"_s);
        QCOMPARE(text(0, RoutingTableModel::FallbacksColumn),
                 u"cascade: escalates to claude-haiku when regex ^(billing|shipping)$ fails · 30% escalate"_s);
        const QString tip = m_model->index(0, RoutingTableModel::CostColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"8 of 10 requests pass"_s) && tip.contains(u"gpt-4o-mini 100%, claude-haiku 30%"_s),
                 qPrintable(tip));
        QCOMPARE(m_model->index(0, RoutingTableModel::CostColumn).data(RoutingTableModel::SortRole).toDouble(), 0.4);
        QVERIFY(!m_model->index(0, RoutingTableModel::BarColumn).data().toString().isEmpty());
        // Another check is another cascade: its figures are not these.
        ws.routing.routes[0].cascadeCheck = ScorerSpec { u"is-json"_s };
        m_document->reset(ws);
        m_model->setCascades(cascades);
        QCOMPARE(text(0, RoutingTableModel::AccuracyColumn), u"92.5%"_s);
    }

    void routeEditsKeepTheWorkspaceOrder()
    {
        const Workspace ws = m_document->workspace();
        RoutingMap map = ws.routing;
        map.routes.clear();
        map = RoutingEdits::withRoute(ws, map, { u"summaries"_s, { u"gpt-4o"_s }, u"manual"_s, std::nullopt });
        map = RoutingEdits::withRoute(ws, map, { u"ticket-classification"_s, { u"gpt-4o-mini"_s }, u"manual"_s, {} });
        QCOMPARE(map.routes.at(0).category, u"ticket-classification"_s);
        map = RoutingEdits::withRoute(ws, map, { u"summaries"_s, {}, {}, {} });
        QCOMPARE(map.routes.size(), 1);
    }

private:
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }
};

QTEST_MAIN(TestRoutingTableModel)
#include "tst_routingtablemodel.moc"
