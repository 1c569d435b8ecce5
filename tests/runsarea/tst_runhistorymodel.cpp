// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/runhistorymodel.h"
#include "modeltester.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
RunSummary summary(const QString& id, const QDateTime& startedAt, RunStatus status, qint64 results, double spent)
{
    RunInfo run;
    run.id = id;
    run.startedAt = startedAt;
    run.status = status;
    run.modelIds = { u"a"_s, u"b"_s, u"c"_s };
    run.categories = { u"triage"_s };
    run.spentUsd = spent;
    run.simulated = status != RunStatus::Failed;
    return { run, results };
}

QList<RunSummary> someRuns()
{
    const QDateTime base(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    return { summary(u"r3"_s, base.addSecs(7200), RunStatus::Running, 5, 0.5),
             summary(u"r2"_s, base.addSecs(3600), RunStatus::Cancelled, 900, 12.0),
             summary(u"r1"_s, base, RunStatus::Failed, 10, 2.0) };
}
} // namespace

class TestRunHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsRunsUnderTheTester()
    {
        RunHistoryModel model;
        const auto tester = modelTester(&model);
        model.setRuns(someRuns());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(u"r2"_s), 1);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        QCOMPARE(model.index(1, RunHistoryModel::StatusColumn).data().toString(),
                 runStatusDisplayName(RunStatus::Cancelled));
        QCOMPARE(model.index(1, RunHistoryModel::ModelsColumn).data().toInt(), 3);
        QCOMPARE(model.index(1, RunHistoryModel::ModelsColumn).data(Qt::ToolTipRole).toString(), u"a\nb\nc"_s);
        QCOMPARE(model.index(1, RunHistoryModel::ModeColumn).data().toString(), u"Sandbox"_s);
        QCOMPARE(model.index(2, RunHistoryModel::ModeColumn).data().toString(), u"Real"_s);
        // A sandbox run paid nothing: its figure says so, in cents.
        QCOMPARE(model.index(1, RunHistoryModel::SpentColumn).data().toString(), u"simulated $12.00"_s);
        QCOMPARE(model.index(0, RunHistoryModel::SpentColumn).data().toString(), u"simulated $0.50"_s);
        QCOMPARE(model.index(2, RunHistoryModel::SpentColumn).data().toString(), u"$2.00"_s);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::RunIdRole).toString(), u"r3"_s);
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void updatesALiveRunInPlace()
    {
        RunHistoryModel model;
        const auto tester = modelTester(&model);
        model.setRuns(someRuns());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        RunSummary live = someRuns().constFirst();
        live.resultCount = 42;
        live.run.status = RunStatus::Paused;
        QVERIFY(model.updateRun(live));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.summary(0).resultCount, 42);
        QCOMPARE(model.index(0, RunHistoryModel::ResultsColumn).data().toString(), u"42"_s);
        live.run.id = u"unknown"_s;
        QVERIFY(!model.updateRun(live));
    }

    void sortsByTheSortRole_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("smallest");

        QTest::newRow("started") << int(RunHistoryModel::StartedColumn) << u"r1"_s;
        QTest::newRow("results") << int(RunHistoryModel::ResultsColumn) << u"r3"_s; // 5 < 10 < 900, not as text
        QTest::newRow("spent") << int(RunHistoryModel::SpentColumn) << u"r3"_s; // $0.5 < $2 < $12
    }

    void sortsByTheSortRole()
    {
        QFETCH(int, column);
        QFETCH(QString, smallest);
        RunHistoryModel model;
        model.setRuns(someRuns());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RunHistoryModel::SortRole);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(RunHistoryModel::RunIdRole).toString(), smallest);
    }

    void tellsWhichRunsCanResume_data()
    {
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<bool>("shadow");
        QTest::addColumn<bool>("resumable");

        QTest::newRow("running") << RunStatus::Running << false << false;
        QTest::newRow("paused") << RunStatus::Paused << false << true;
        QTest::newRow("interrupted") << RunStatus::Interrupted << false << true;
        QTest::newRow("completed") << RunStatus::Completed << false << false;
        QTest::newRow("cancelled") << RunStatus::Cancelled << false << true;
        QTest::newRow("failed") << RunStatus::Failed << false << true;
        QTest::newRow("cancelled shadow run") << RunStatus::Cancelled << true << false;
        QTest::newRow("interrupted shadow run") << RunStatus::Interrupted << true << false;
    }

    void tellsWhichRunsCanResume()
    {
        QFETCH(RunStatus, status);
        QFETCH(bool, shadow);
        QFETCH(bool, resumable);
        RunInfo run;
        run.status = status;
        if (shadow)
            run.settings.shadow.insert(QStringLiteral("category"), QStringLiteral("sentiment"));
        QCOMPARE(isResumable(run), resumable);
    }
};

QTEST_MAIN(TestRunHistoryModel)
#include "tst_runhistorymodel.moc"
