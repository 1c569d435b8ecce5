// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "runner/runcontroller.h"
#include "runsarea/resultdetailpanel.h"
#include "runsarea/resultsfilterproxy.h"
#include "runsarea/resultstablemodel.h"
#include "runsarea/runsarea.h"
#include "runsarea/runsetuppanel.h"
#include "runsworkspace.h"
#include "scriptedrunprompts.h"

#include <QAction>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
bool settle(RunSetupPanel* panel)
{
    QSignalSpy estimated(panel, &RunSetupPanel::estimateChanged);
    while (panel->isEstimatePending()) {
        if (!estimated.wait(5000))
            return false;
    }
    return true;
}

// Waits until the history lists the run in the status wanted.
bool historyShows(RunsArea& area, const QString& runId, RunStatus status)
{
    QSignalSpy loaded(&area, &RunsArea::historyLoaded);
    for (int i = 0; i < 20; ++i) {
        const int row = area.historyModel()->rowOf(runId);
        if (row >= 0 && area.historyModel()->summary(row).run.status == status)
            return true;
        if (!loaded.wait(5000))
            return false;
    }
    return false;
}

QToolButton* button(RunsArea& area, const char* name)
{
    return area.findChild<QToolButton*>(QLatin1String(name));
}

struct Fixture {
    explicit Fixture(const Workspace& workspace = runsWorkspace())
        : area(&document, &selection, &runs)
        , prompts(new ScriptedRunPrompts)
    {
        area.setPrompts(std::unique_ptr<RunPrompts>(prompts));
        runs.setSandboxTimeScale(0);
        QSignalSpy loaded(&area, &RunsArea::historyLoaded);
        document.reset(workspace, dir.filePath(u"runs.signalbox.yaml"_s));
        // A load that finished before its continuation was attached reports at once.
        ready = (loaded.count() > 0 || loaded.wait(5000)) && settle(area.setupPanel());
    }

    void choose(const QStringList& categories, const QStringList& models, int concurrency = 0)
    {
        RunPlan plan = area.setupPanel()->plan();
        plan.categories = categories;
        plan.models = models;
        plan.settings.concurrency = concurrency;
        area.setupPanel()->setPlan(plan);
    }

    QTemporaryDir dir;
    WorkspaceDocument document;
    Selection selection;
    RunController runs;
    RunsArea area;
    ScriptedRunPrompts* prompts;
    bool ready = false;
};

const QStringList twoCategories { u"triage"_s, u"sentiment"_s };
const QStringList twoModels { u"fast"_s, u"good"_s };
} // namespace

class TestRunsArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("SIGNALBOX_TEST_ALPHA_KEY");
        qunsetenv("SIGNALBOX_TEST_BETA_KEY");
    }

    void saysWhatToDoBeforeTheFirstRun()
    {
        Fixture f;
        QVERIFY(f.ready);
        QCOMPARE(f.area.historyModel()->rowCount(), 0);
        QCOMPARE(f.area.emptyMessage(), u"No runs yet: press Run to benchmark 2 model(s) on 3 category(s)."_s);
        f.choose({ u"triage"_s }, twoModels);
        QCOMPARE(f.area.emptyMessage(), u"No runs yet: press Run to benchmark 2 model(s) on 1 category(s)."_s);
        QVERIFY(f.area.runAction()->isEnabled());
        f.choose({ u"triage"_s }, { u"none"_s }); // no model checked: nothing to run, not everything
        QVERIFY(!f.area.runAction()->isEnabled());
        QCOMPARE(f.area.emptyMessage(), u"No runs yet: press Run to benchmark 0 model(s) on 1 category(s)."_s);
        QCOMPARE(f.area.runAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(f.area.actions().size(), 3);
    }

    void cannotRunAnUnsavedWorkspace()
    {
        WorkspaceDocument document;
        Selection selection;
        RunController runs;
        RunsArea area(&document, &selection, &runs);
        document.reset(runsWorkspace());
        QVERIFY(!area.runAction()->isEnabled());
        QVERIFY(area.runAction()->statusTip().contains(u"Save the workspace"_s));
    }

    void runsAPlanToTheEnd()
    {
        Fixture f;
        QVERIFY(f.ready);
        f.choose(twoCategories, twoModels);
        QSignalSpy finished(&f.runs, &RunController::finished);
        f.area.runAction()->trigger(); // waits for the estimate of the new plan, then starts
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.area.resultsModel()->rowCount(), 12); // 2 categories x 3 cases x 2 models
        QSet<JobKey> jobs;
        for (const ResultRecord& record : f.area.resultsModel()->records())
            jobs.insert(record.job());
        QCOMPARE(jobs.size(), 12);
        QVERIFY(historyShows(f.area, f.area.shownRunId(), RunStatus::Completed));
        QCOMPARE(f.area.historyModel()->rowCount(), 1);
        QCOMPARE(f.selection.run(), f.area.shownRunId());
        QCOMPARE(f.area.shownRun().status, RunStatus::Completed);
        QVERIFY(f.prompts->asked.isEmpty()); // the sandbox costs nothing: no question
        QVERIFY(f.area.emptyMessage().isEmpty());

        f.area.selectResult(0);
        const ResultDetailPanel* detail = f.area.detailPanel();
        QVERIFY(detail->isSimulatedShown());
        const ResultRecord& first = f.area.resultsModel()->record(0);
        QVERIFY(detail->inputText().contains(u"question number"_s));
        QVERIFY(detail->inputText().contains(u"Answer with one word."_s));
        QCOMPARE(detail->outputText(), first.output);
        QVERIFY(detail->scoringText().contains(u"equals"_s));
    }

    void showsOnlyTheErrorsWhenAsked()
    {
        Fixture f;
        QVERIFY(f.ready);
        f.runs.sandbox().setFaults({ FaultRule { Fault::InsufficientQuota, u"good-1"_s, 1, 0 } });
        f.choose(twoCategories, twoModels);
        QSignalSpy finished(&f.runs, &RunController::finished);
        f.area.runAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.area.resultsModel()->rowCount(), 12);
        QToolButton* errors = button(f.area, "errorsButton");
        QVERIFY(errors && errors->isEnabled());
        QCOMPARE(errors->text(), u"Errors: 6"_s);
        QTest::mouseClick(errors, Qt::LeftButton);
        QCOMPARE(f.area.resultsProxy()->show(), ResultsFilterProxy::Show::ErrorsOnly);
        QCOMPARE(f.area.resultsProxy()->rowCount(), 6);
        const int row = f.area.resultsProxy()->sourceRow(0);
        QCOMPARE(f.area.resultsModel()->record(row).modelId, u"good"_s);
        f.area.selectResult(row);
        QVERIFY(f.area.detailPanel()->noticeText().startsWith(u"Error"_s));
    }

    void cancelsAndResumesFromTheUi()
    {
        Fixture f(runsWorkspace(500));
        QVERIFY(f.ready);
        f.runs.setSandboxTimeScale(1);
        f.choose(twoCategories, twoModels, 1);
        QSignalSpy results(&f.runs, &RunController::resultsAvailable);
        QSignalSpy finished(&f.runs, &RunController::finished);
        f.area.runAction()->trigger();
        QVERIFY(results.wait(10000));

        QSignalSpy progress(&f.runs, &RunController::progressChanged);
        QTest::mouseClick(button(f.area, "pauseButton"), Qt::LeftButton);
        while (!f.runs.isPaused())
            QVERIFY(progress.wait(5000));
        QCOMPARE(f.area.pauseAction()->text(), u"Resume"_s);
        QCOMPARE(f.area.shownRun().status, RunStatus::Paused);
        QVERIFY(!f.area.resumeRunAction()->isEnabled()); // a live run resumes with the Pause button
        QTest::mouseClick(button(f.area, "pauseButton"), Qt::LeftButton);
        while (f.runs.isPaused())
            QVERIFY(progress.wait(5000));
        QCOMPARE(f.area.pauseAction()->text(), u"Pause"_s);

        QVERIFY(f.area.cancelAction()->isEnabled());
        QTest::mouseClick(button(f.area, "cancelButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const QString runId = f.area.shownRunId();
        QCOMPARE(f.area.shownRun().status, RunStatus::Cancelled);
        const int done = f.area.resultsModel()->rowCount();
        QVERIFY2(done > 0 && done < 12, qPrintable(QString::number(done)));
        QVERIFY(historyShows(f.area, runId, RunStatus::Cancelled));
        QVERIFY(f.area.resumeRunAction()->isEnabled());
        QVERIFY(f.area.runAction()->isEnabled());

        f.runs.setSandboxTimeScale(0);
        QToolButton* resume = button(f.area, "resumeRunButton");
        QVERIFY(resume && !resume->isHidden());
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(f.area.shownRunId(), runId);
        QCOMPARE(f.area.shownRun().status, RunStatus::Completed);
        QCOMPARE(f.area.resultsModel()->rowCount(), 12);
        QVERIFY(historyShows(f.area, runId, RunStatus::Completed));
        QCOMPARE(f.area.historyModel()->rowCount(), 1);
        QVERIFY(!f.area.resumeRunAction()->isEnabled());
    }

    void asksBeforeGoingOverTheBudget()
    {
        Workspace dear = runsWorkspace();
        dear.models[1].price = { 3000.0, 15000.0 };
        Fixture f(dear);
        QVERIFY(f.ready);
        RunPlan plan = f.area.setupPanel()->plan();
        plan.settings.budgetUsd = 0.01;
        f.area.setupPanel()->setPlan(plan);
        QVERIFY(settle(f.area.setupPanel()));
        f.prompts->answer = false;
        f.area.runAction()->trigger();
        QVERIFY(f.area.setupPanel()->estimate().totalCostUsd() > 0.01);
        QCOMPARE(f.prompts->asked, QStringList { u"Above the Budget"_s });
        QVERIFY(!f.runs.isRunning());
        QVERIFY(f.area.shownRunId().isEmpty());
    }

    void refusesRealProvidersWithoutTheirKeys()
    {
        Fixture f;
        QVERIFY(f.ready);
        RunPlan plan = f.area.setupPanel()->plan();
        plan.simulated = false;
        f.area.setupPanel()->setPlan(plan);
        QVERIFY(settle(f.area.setupPanel()));
        f.area.runAction()->trigger();
        QCOMPARE(f.prompts->errors.size(), 1);
        QVERIFY(f.prompts->errors.constFirst().contains(u"$SIGNALBOX_TEST_ALPHA_KEY is not set"_s));
        QVERIFY(f.prompts->asked.isEmpty());
        QVERIFY(!f.runs.isRunning());
    }

    void warnsBeforeCallingRealProviders()
    {
        qputenv("SIGNALBOX_TEST_ALPHA_KEY", "not-a-real-key");
        qputenv("SIGNALBOX_TEST_BETA_KEY", "not-a-real-key");
        Fixture f;
        QVERIFY(f.ready);
        RunPlan plan = f.area.setupPanel()->plan();
        plan.simulated = false;
        f.area.setupPanel()->setPlan(plan);
        QVERIFY(settle(f.area.setupPanel()));
        f.prompts->answer = false;
        f.area.runAction()->trigger();
        QCOMPARE(f.prompts->asked, QStringList { u"Run on Real Providers?"_s });
        QVERIFY(f.prompts->errors.isEmpty());
        QVERIFY(!f.runs.isRunning());
    }

    void opensWithTheLatestRun()
    {
        Fixture f;
        QVERIFY(f.ready);
        f.choose({ u"language"_s }, twoModels);
        QSignalSpy finished(&f.runs, &RunController::finished);
        f.area.runAction()->trigger();
        QVERIFY(finished.wait(20000));
        const QString runId = f.area.shownRunId();

        Selection selection;
        RunsArea again(&f.document, &selection, &f.runs); // lists and loads off the GUI thread
        QSignalSpy loaded(&again, &RunsArea::runResultsLoaded);
        while (again.resultsModel()->rowCount() < 6)
            QVERIFY(loaded.wait(5000));
        QCOMPARE(again.historyModel()->rowCount(), 1);
        QCOMPARE(again.shownRunId(), runId);
        QCOMPARE(again.resultsModel()->rowCount(), 6);
        QCOMPARE(selection.run(), runId);
    }
};

QTEST_MAIN(TestRunsArea)
#include "tst_runsarea.moc"
