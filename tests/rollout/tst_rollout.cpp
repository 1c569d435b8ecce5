// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters/routingexport.h"
#include "exporters/routingimport.h"
#include "rollout/rollout.h"
#include "rollout/rolloutstages.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Workspace threeModels()
{
    Workspace ws;
    ws.name = u"Rollout"_s;
    Provider provider;
    provider.name = u"openai"_s;
    provider.key = { KeyReference::Store::Environment, u"OPENAI_API_KEY"_s };
    ws.providers = { provider };
    for (const QString& id : { u"a"_s, u"b"_s, u"c"_s, u"d"_s }) {
        ModelSpec model;
        model.id = id;
        model.provider = provider.name;
        model.model = u"wire-"_s + id;
        ws.models.append(model);
    }
    Category category;
    category.name = u"tickets"_s;
    category.trafficShare = 0.4;
    ws.categories = { category };
    ws.traffic.monthlyRequests = 100000;
    ws.routing.routes = { { u"tickets"_s, { u"a"_s, u"b"_s, u"c"_s }, u"cheapest-passing"_s, std::nullopt } };
    return ws;
}

Route rolledOut(int stage)
{
    const Workspace ws = threeModels();
    return *startRollout(ws, ws.routing.routes.first(), u"b"_s, defaultRolloutStages(), stage).route;
}
} // namespace

class tst_Rollout : public QObject
{
    Q_OBJECT

private slots:
    void startsAtTheFirstStage()
    {
        const Workspace ws = threeModels();
        const RolloutEdit edit = startRollout(ws, ws.routing.routes.first(), u"d"_s);
        QVERIFY2(edit.ok(), qPrintable(edit.error));
        QCOMPARE(edit.route->chain, ws.routing.routes.first().chain); // the primary stays until finished
        QVERIFY(edit.route->rollout == (RolloutPlan { u"a"_s, u"d"_s, { 5, 25, 50, 100 }, 5 }));
    }

    void advancesStageByStageThenStops()
    {
        Route route = rolledOut(5);
        for (int expected : { 25, 50, 100 }) {
            const RolloutEdit edit = advanceRollout(route);
            QVERIFY2(edit.ok(), qPrintable(edit.error));
            route = *edit.route;
            QCOMPARE(route.rollout->stage, expected);
        }
        const RolloutEdit last = advanceRollout(route);
        QVERIFY(!last.ok());
        QVERIFY2(last.error.contains(u"last stage"_s), qPrintable(last.error));
    }

    // The new model becomes the primary, the route's other fallbacks stay behind it in order.
    void finishMakesTheNewModelThePrimary()
    {
        Route route = rolledOut(50);
        route.evidence = RouteEvidence { u"r1"_s, {}, 10, 0.9, 0.6, 0.98, 1.0, 100.0 };
        const RolloutEdit edit = finishRollout(route);
        QVERIFY(edit.ok());
        QCOMPARE(edit.route->chain, (QStringList { u"b"_s, u"c"_s }));
        QCOMPARE(edit.route->rule, u"manual"_s);
        QVERIFY(!edit.route->rollout);
        QVERIFY(!edit.route->evidence); // it described the old primary
    }

    void abandonKeepsTheRoute()
    {
        const RolloutEdit edit = abandonRollout(rolledOut(25));
        QVERIFY(edit.ok());
        QCOMPARE(edit.route->chain, (QStringList { u"a"_s, u"b"_s, u"c"_s }));
        QVERIFY(!edit.route->rollout);
        QVERIFY(!abandonRollout(*edit.route).ok()); // nothing left to abandon
        QVERIFY(!finishRollout(*edit.route).ok());
        QVERIFY(!setRolloutStage(*edit.route, 25).ok());
    }

    void startRefusals_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QList<int>>("stages");
        QTest::addColumn<int>("stage"); // 0: none given
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown model") << u"zz"_s << defaultRolloutStages() << 0 << u"not defined"_s;
        QTest::newRow("the primary") << u"a"_s << defaultRolloutStages() << 0 << u"already the primary"_s;
        QTest::newRow("no stages") << u"b"_s << QList<int> {} << 0 << u"at least one stage"_s;
        QTest::newRow("zero") << u"b"_s << QList<int> { 0, 50 } << 0 << u"from 1 to 100"_s;
        QTest::newRow("over 100") << u"b"_s << QList<int> { 50, 101 } << 0 << u"from 1 to 100"_s;
        QTest::newRow("not growing") << u"b"_s << QList<int> { 50, 50 } << 0 << u"must grow"_s;
        QTest::newRow("stage not a stage") << u"b"_s << defaultRolloutStages() << 30 << u"not one of the stages"_s;
    }

    void startRefusals()
    {
        QFETCH(QString, to);
        QFETCH(QList<int>, stages);
        QFETCH(int, stage);
        QFETCH(QString, message);
        const Workspace ws = threeModels();
        const RolloutEdit edit
            = startRollout(ws, ws.routing.routes.first(), to, stages, stage ? std::optional(stage) : std::nullopt);
        QVERIFY(!edit.ok());
        QVERIFY2(edit.error.contains(message), qPrintable(edit.error));
        Route empty { u"tickets"_s, {}, u"manual"_s, std::nullopt };
        QVERIFY(!startRollout(ws, empty, u"b"_s).ok());
    }

    void parsesStages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("stages"); // empty: refused
        QTest::newRow("default") << u"5,25,50,100"_s << QList<int> { 5, 25, 50, 100 };
        QTest::newRow("spaces and %") << u" 10%, 100 "_s << QList<int> { 10, 100 };
        QTest::newRow("word") << u"5,half"_s << QList<int> {};
        QTest::newRow("falling") << u"50,5"_s << QList<int> {};
        QTest::newRow("fraction") << u"2.5,100"_s << QList<int> {};
    }

    void parsesStages()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, stages);
        QString error;
        const std::optional<QList<int>> parsed = parseRolloutStages(text, &error);
        QCOMPARE(parsed.value_or(QList<int> {}), stages);
        QCOMPARE(error.isEmpty(), !stages.isEmpty());
    }

    // The old chain keeps the route's fallbacks; the new one has them too, without itself.
    void splitsTrafficByStage()
    {
        QCOMPARE(trafficSplit(threeModels().routing.routes.first()),
                 (QList<WeightedChain> { { { u"a"_s, u"b"_s, u"c"_s }, 100 } }));
        QCOMPARE(trafficSplit(rolledOut(25)),
                 (QList<WeightedChain> { { { u"a"_s, u"b"_s, u"c"_s }, 75 }, { { u"b"_s, u"c"_s }, 25 } }));
        QCOMPARE(trafficSplit(rolledOut(100)), (QList<WeightedChain> { { { u"b"_s, u"c"_s }, 100 } }));
    }

    // 100,000 requests a month, 40% of them tickets: 40,000, at $0.002 (old) and $0.001 (new).
    void stageFiguresByHand()
    {
        const QList<RolloutStageFigures> figures = rolloutStageFigures(*rolledOut(25).rollout, 40000, 0.002, 0.001);
        QCOMPARE(figures.size(), 4);
        QCOMPARE(figures[0].newModelRequests, 2000);
        QCOMPARE(figures[0].oldModelRequests, 38000);
        QCOMPARE(*figures[0].monthlyCostUsd, 2000 * 0.001 + 38000 * 0.002); // $78
        QCOMPARE(*figures[1].monthlyCostUsd, 10000 * 0.001 + 30000 * 0.002); // $70
        QCOMPARE(*figures[3].monthlyCostUsd, 40.0);
        // An unknown cost stays unknown wherever its model takes traffic.
        const QList<RolloutStageFigures> unknown = rolloutStageFigures(*rolledOut(25).rollout, 40000, std::nullopt, 0.001);
        QVERIFY(!unknown[0].monthlyCostUsd);
        QCOMPARE(*unknown[3].monthlyCostUsd, 40.0); // the old model takes nothing at 100%
    }

    // Saved in the workspace file and in the native export, read back the same.
    void roundTrips()
    {
        Workspace ws = threeModels();
        ws.routing.routes = { rolledOut(50) };
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rollout.signalbox.yaml"_s);
        QString error;
        QVERIFY2(writeWorkspaceFile(ws, path, &error), qPrintable(error));
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errors.isEmpty() ? QString() : load.errors.first().toString()));
        QCOMPARE(load.workspace.routing, ws.routing);
        const QString exported = exportRouting(ws, ExportFormat::Native);
        QVERIFY2(exported.contains(u"    rollout:\n      from: a\n      to: b\n      stages: [5, 25, 50, 100]\n"
                                   "      stage: 50\n"_s),
                 qPrintable(exported));
        const RoutingImport imported = parseNativeRouting(exported.toUtf8(), u"routing.yaml"_s, ws);
        QVERIFY(imported.ok());
        QCOMPARE(imported.routing, ws.routing);
    }

    void fileErrors_data()
    {
        QTest::addColumn<QString>("rollout");
        QTest::addColumn<QString>("message");
        QTest::newRow("from not the primary") << u"{from: c, to: b, stages: [5, 100], stage: 5}"_s
                                              << u"from: a rollout moves traffic away from the route's primary 'a'"_s;
        QTest::newRow("unknown to") << u"{from: a, to: zz, stages: [5, 100], stage: 5}"_s << u"to: model 'zz'"_s;
        QTest::newRow("falling stages") << u"{from: a, to: b, stages: [50, 5], stage: 5}"_s << u"stages: "_s;
        QTest::newRow("stage not a stage") << u"{from: a, to: b, stages: [5, 100], stage: 30}"_s
                                           << u"stage: 30% is not one of the stages"_s;
        QTest::newRow("missing to") << u"{from: a, stage: 5}"_s << u"to"_s;
    }

    void fileErrors()
    {
        QFETCH(QString, rollout);
        QFETCH(QString, message);
        Workspace ws = threeModels();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.signalbox.yaml"_s);
        QString error;
        QVERIFY(writeWorkspaceFile(ws, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(u"      rule: cheapest-passing\n"_s, u"      rule: cheapest-passing\n      rollout: "_s + rollout + u'\n');
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY(!load.ok());
        QString all;
        for (const FileError& e : load.errors)
            all += e.toString() + u'\n';
        QVERIFY2(all.contains(message), qPrintable(all + text));
    }
};

QTEST_GUILESS_MAIN(tst_Rollout)
#include "tst_rollout.moc"
