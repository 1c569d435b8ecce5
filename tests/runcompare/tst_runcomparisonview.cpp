// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view on a results database written here: "base" and "now" (the runs of
// reportfixtures.h, a regression of tickets/mini) and, between them, "other", a run
// of a category neither of them has. With SIGNALBOX_SCREENSHOT_DIR set, the view is saved there
// in light and dark palettes; SIGNALBOX_COMPARE_WORKSPACE names a workspace whose own database
// (two runs or more) is shown instead of the test's.
#include "reportfixtures.h"
#include "results/resultsstore.h"
#include "runcompare/comparisonfilterproxy.h"
#include "runcompare/runcomparisonmodel.h"
#include "runcompare/runcomparisonview.h"
#include "settings/theme.h"
#include "workspacefile/workspacereader.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reportfixtures;
using namespace Qt::StringLiterals;

namespace {
RunInfo runInfo(const QString& id, int day, const QStringList& categories)
{
    RunInfo run;
    run.id = id;
    run.startedAt = QDateTime(QDate(2026, 11, day), QTime(9, 30), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(90);
    run.status = RunStatus::Completed;
    run.categories = categories;
    run.modelIds = { u"mini"_s, u"big"_s };
    run.simulated = true;
    return run;
}

QList<ResultRecord> otherRun()
{
    QList<ResultRecord> records = cell(u"other"_s, u"translation"_s, u"mini"_s, 3, 3, 0.001);
    return records;
}

bool writeRuns(const QString& path)
{
    ResultsStore store;
    const QStringList both { u"tickets"_s, u"summaries"_s };
    return store.open(path) && store.createRun(runInfo(u"base"_s, 20, both)) && store.insertResults(baselineRun())
        && store.createRun(runInfo(u"other"_s, 21, { u"translation"_s })) && store.insertResults(otherRun())
        && store.createRun(runInfo(u"now"_s, 22, both)) && store.insertResults(currentRun());
}

QList<RunSummary> runsOf(const QString& path)
{
    ResultsStore store;
    QList<RunSummary> summaries;
    if (!store.open(path))
        return summaries;
    for (const RunInfo& run : store.runs().value_or(QList<RunInfo>()))
        summaries.append({ run, store.resultCount(run.id).value_or(0) });
    return summaries;
}
} // namespace

class TestRunComparisonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(u"compare.signalbox.db"_s);
        QVERIFY(writeRuns(m_database));
    }

    void comparesTheNewestRunWithTheLatestComparableOne()
    {
        RunComparisonView view;
        QSignalSpy shown(&view, &RunComparisonView::comparisonShown);
        view.setSource(workspace(), m_database);
        view.setRuns(runsOf(m_database));
        QCOMPARE(view.currentRunId(), u"now"_s);
        QCOMPARE(view.baselineRunId(), u"base"_s); // "other" shares no category with "now"
        QVERIFY(view.isComparing());
        QVERIFY(shown.wait(5000));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->comparison().regressionCount(), 1);
        QVERIFY2(view.summaryText().startsWith(u"1 regression"_s), qPrintable(view.summaryText()));
        // summaries/mini only now, summaries/big only in the baseline.
        QVERIFY2(view.summaryText().contains(u"2 cell"_s), qPrintable(view.summaryText()));

        view.setOnlyChanges(true);
        QCOMPARE(view.filter()->rowCount(), 1);
        QCOMPARE(view.filter()->index(0, RunComparisonModel::ModelColumn).data().toString(), u"mini"_s);
    }

    void runsWithoutSharedCategoriesAreExplained()
    {
        RunComparisonView view;
        view.setSource(workspace(), m_database);
        view.setRuns(runsOf(m_database));
        view.selectRuns(u"other"_s, u"now"_s);
        QVERIFY(!view.isComparing());
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY2(view.emptyMessage().contains(u"share no categories (translation against tickets, summaries)"_s),
                 qPrintable(view.emptyMessage()));
        QVERIFY(view.summaryText().isEmpty()); // said once, not above the table too
        QVERIFY(!view.findChildren<QLabel*>().isEmpty());
        for (const QLabel* label : view.findChildren<QLabel*>())
            QVERIFY2(!label->isVisibleTo(&view) || label->text() != view.emptyMessage() || label->inherits("EmptyStateOverlay"),
                     qPrintable(label->text()));

        view.selectRuns(u"now"_s, u"now"_s);
        QVERIFY(view.emptyMessage().contains(u"the same run"_s));
    }

    void fewerThanTwoRunsSayWhatToDo()
    {
        RunComparisonView view;
        view.setSource(workspace(), m_database);
        view.setRuns(runsOf(m_database).mid(0, 1));
        QVERIFY(view.emptyMessage().startsWith(u"Comparing needs two runs"_s));
        QVERIFY(view.summaryText().isEmpty());
        view.setRuns({});
        QVERIFY(view.emptyMessage().startsWith(u"Comparing needs two runs"_s));
    }

    void aNewerChoiceSupersedesTheComparisonUnderWay()
    {
        RunComparisonView view;
        QSignalSpy shown(&view, &RunComparisonView::comparisonShown);
        view.setSource(workspace(), m_database);
        view.setRuns(runsOf(m_database)); // starts base -> now
        view.selectRuns(u"now"_s, u"base"_s); // the other way round, before the first one is back
        QVERIFY(shown.wait(5000));
        QCOMPARE(view.model()->comparison().currentRunId, u"base"_s);
        QCOMPARE(view.model()->comparison().improvementCount(), 1);
        QCOMPARE(shown.count(), 1);
    }

    void theChoiceSurvivesANewHistory()
    {
        RunComparisonView view;
        view.setSource(workspace(), m_database);
        const QList<RunSummary> runs = runsOf(m_database);
        view.setRuns(runs);
        view.selectRuns(u"now"_s, u"base"_s);
        view.setRuns(runs); // the history reloaded, say after a run
        QCOMPARE(view.baselineRunId(), u"now"_s);
        QCOMPARE(view.currentRunId(), u"base"_s);
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        applyTheme(dark ? Settings::Theme::Dark : Settings::Theme::Light);
        Workspace ws = workspace();
        QString database = m_database;
        const QString sample = qEnvironmentVariable("SIGNALBOX_COMPARE_WORKSPACE");
        if (!sample.isEmpty()) {
            const WorkspaceLoad load = readWorkspaceFile(sample);
            QVERIFY(load.ok());
            ws = load.workspace;
            database = ResultsStore::databasePathFor(sample);
        }
        RunComparisonView view;
        QSignalSpy shown(&view, &RunComparisonView::comparisonShown);
        view.resize(1100, 560);
        view.setSource(ws, database);
        view.setRuns(runsOf(database));
        view.show();
        QVERIFY(shown.wait(10000));
        QVERIFY(view.model()->rowCount() > 0);
        QCoreApplication::processEvents();
        const QPixmap pixmap = view.grab();
        QCOMPARE(pixmap.size(), QSize(1100, 560));
        const QString dir = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(pixmap.save(QDir(dir).filePath(dark ? u"runcomparison-dark.png"_s : u"runcomparison-light.png"_s)));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
};

QTEST_MAIN(TestRunComparisonView)
#include "tst_runcomparisonview.moc"
