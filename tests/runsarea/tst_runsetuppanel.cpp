// SPDX-License-Identifier: GPL-3.0-or-later
#include "areascreenshot.h"
#include "common/daysspinbox.h"
#include "document/workspacedocument.h"
#include "runsarea/providerkeystatus.h"
#include "runsarea/runsetuppanel.h"
#include "runsworkspace.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// Waits for the estimate of the panel's current plan.
bool settle(RunSetupPanel& panel)
{
    QSignalSpy estimated(&panel, &RunSetupPanel::estimateChanged);
    while (panel.isEstimatePending()) {
        if (!estimated.wait(5000))
            return false;
    }
    return true;
}
} // namespace

class TestRunSetupPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("SIGNALBOX_TEST_ALPHA_KEY");
        qunsetenv("SIGNALBOX_TEST_BETA_KEY");
    }

    void startsWithEverythingInTheSandbox()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        const RunPlan plan = panel.plan();
        QVERIFY(plan.simulated);
        QCOMPARE(plan.categories, (QStringList { u"triage"_s, u"sentiment"_s, u"language"_s }));
        QCOMPARE(plan.models, (QStringList { u"fast"_s, u"good"_s }));
        QCOMPARE(plan.repeats, 1);
        QVERIFY(!plan.settings.temperature);
        QVERIFY(!plan.settings.budgetUsd);
        QCOMPARE(plan.settings.concurrency, 0); // each provider's own
        QCOMPARE(plan.judgeModel, u"good"_s); // the most expensive model
    }

    // How old a reused cached answer may be is the workspace's setting: an undoable edit, shown again
    // when undone or when another workspace opens; 0 reads "never reuse".
    void cacheAgeIsAnUndoableWorkspaceEdit()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        auto* spin = panel.findChild<DaysSpinBox*>(u"cacheAgeSpin"_s);
        QVERIFY(spin);
        QCOMPARE(spin->value(), RunDefaults::defaultCacheMaxAgeDays);
        QVERIFY2(spin->text().startsWith(u"7 day"_s), qPrintable(spin->text())); // "7 days" translated
        QCOMPARE(document.undoStack()->count(), 0); // showing it is not an edit

        spin->setValue(14);
        spin->setValue(30);
        QCOMPARE(document.workspace().run.cacheMaxAgeDays, 30);
        QCOMPARE(document.undoStack()->count(), 1); // consecutive steps merge
        spin->setValue(0);
        QCOMPARE(document.workspace().run.cacheMaxAgeDays, 0);
        QCOMPARE(spin->text(), u"never reuse"_s);
        document.undoStack()->undo();
        QCOMPARE(document.workspace().run.cacheMaxAgeDays, RunDefaults::defaultCacheMaxAgeDays);
        QCOMPARE(spin->value(), RunDefaults::defaultCacheMaxAgeDays);

        // Typed in, the number is read back from the phrase.
        spin->findChild<QLineEdit*>()->selectAll();
        QTest::keyClicks(spin, u"21"_s);
        spin->interpretText();
        QCOMPARE(document.workspace().run.cacheMaxAgeDays, 21);

        // Turning the cache off leaves the setting as it is but greys it out.
        panel.findChild<QCheckBox*>(u"cacheCheck"_s)->setChecked(false);
        QVERIFY(!spin->isEnabled());
        QVERIFY(!panel.plan().settings.cacheEnabled);
        panel.findChild<QCheckBox*>(u"cacheCheck"_s)->setChecked(true);
        QVERIFY(!saveScreenshot(&panel, u"runs-setup-cache-age"_s, { 620, 1100 }).isEmpty());

        Workspace other = runsWorkspace();
        other.run.cacheMaxAgeDays = 3;
        document.reset(other);
        QCOMPARE(spin->value(), 3);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void roundTripsAPlan()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        RunPlan plan;
        plan.categories = { u"sentiment"_s };
        plan.models = { u"fast"_s };
        plan.repeats = 3;
        plan.settings.temperature = 0.7;
        plan.settings.maxTokens = 300;
        plan.settings.cacheEnabled = false;
        plan.settings.concurrency = 2;
        plan.settings.budgetUsd = 1.5;
        plan.settings.batch = true;
        plan.simulated = false;
        plan.judgeModel = u"fast"_s;
        panel.setPlan(plan);
        const RunPlan shown = panel.plan();
        QCOMPARE(shown.categories, plan.categories);
        QCOMPARE(shown.models, plan.models);
        QCOMPARE(shown.repeats, plan.repeats);
        QCOMPARE(shown.settings, plan.settings);
        QCOMPARE(shown.simulated, plan.simulated);
        QCOMPARE(shown.judgeModel, plan.judgeModel);
    }

    void estimatesTheChosenPlan()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        QVERIFY(settle(panel));
        QCOMPARE(panel.estimate().run.calls, 18); // 9 cases x 2 models
        QVERIFY(panel.estimateText().startsWith(u"18 calls"_s));

        RunPlan plan = panel.plan();
        plan.models = { u"fast"_s };
        plan.repeats = 2;
        panel.setPlan(plan);
        QVERIFY(panel.isEstimatePending()); // computed later, off the GUI thread
        QVERIFY(settle(panel));
        QCOMPARE(panel.estimate().run.calls, 18); // 9 cases x 1 model x 2 repeats
        QVERIFY(panel.estimate().totalCostUsd() > 0);
        QCOMPARE(panel.estimate().run.costByModel.keys(), QStringList { u"fast"_s });
    }

    void saysWhatIsMissingFromAnEmptyPlan()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        RunPlan plan = panel.plan();
        plan.models = { u"none-of-these"_s }; // checks no row
        panel.setPlan(plan);
        QVERIFY(panel.plan().models.isEmpty());
        QCOMPARE(panel.problem(), u"Choose at least one category and one model."_s);
        QVERIFY(settle(panel));
        QCOMPARE(panel.estimateText(), u"Nothing to run"_s);
    }

    void followsTheWorkspace()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        RunPlan plan = panel.plan();
        plan.categories = { u"triage"_s };
        panel.setPlan(plan);
        Workspace grown = runsWorkspace();
        Category extra = grown.categories.constFirst();
        extra.name = u"extra"_s;
        grown.categories.append(extra);
        document.reset(grown);
        // The user's unchecked categories stay unchecked; a new one arrives checked.
        QCOMPARE(panel.plan().categories, (QStringList { u"triage"_s, u"extra"_s }));
    }

    void showsWhichProvidersHaveTheirKeys()
    {
        qputenv("SIGNALBOX_TEST_ALPHA_KEY", "not-a-real-key");
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        RunPlan plan = panel.plan();
        plan.simulated = false;
        panel.setPlan(plan);
        const ProviderKeyStatus* keys = panel.keyStatus();
        QCOMPARE(keys->providers(), (QStringList { u"alpha"_s, u"beta"_s }));
        QCOMPARE(keys->state(u"alpha"_s), ProviderKeyStatus::State::Available);
        QCOMPARE(keys->state(u"beta"_s), ProviderKeyStatus::State::Missing);
        QCOMPARE(keys->description(u"beta"_s), u"$SIGNALBOX_TEST_BETA_KEY is not set"_s);
        QVERIFY(!keys->description(u"alpha"_s).contains(u"not-a-real-key"_s));
    }

    void asksOnlyForTheProvidersItUses()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        RunPlan plan = panel.plan();
        plan.models = { u"fast"_s };
        QCOMPARE(panel.providersOf(plan), QStringList { u"alpha"_s });
        Workspace judged = runsWorkspace();
        judged.categories[0].scorers = { ScorerSpec { u"llm-rubric"_s, u"Is it polite?"_s } };
        document.reset(judged);
        plan.judgeModel = u"good"_s;
        QCOMPARE(panel.providersOf(plan), (QStringList { u"alpha"_s, u"beta"_s })); // the judge's too
    }

    void prefersTheWorkspacesJudge()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        settings.setValue(u"judgeModel"_s, u"good"_s);
        Workspace workspace = runsWorkspace();
        workspace.judgeModel = u"fast"_s;
        WorkspaceDocument document;
        document.reset(workspace);
        RunSetupPanel panel(&document);
        QCOMPARE(panel.plan().judgeModel, u"fast"_s);
        panel.restoreState(settings); // remembered from elsewhere: the workspace's own choice wins
        QCOMPARE(panel.plan().judgeModel, u"fast"_s);
    }

    void remembersTheJudge()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        {
            RunSetupPanel panel(&document);
            RunPlan plan = panel.plan();
            plan.judgeModel = u"fast"_s;
            panel.setPlan(plan);
            panel.saveState(settings);
        }
        RunSetupPanel again(&document);
        QCOMPARE(again.plan().judgeModel, u"good"_s);
        again.restoreState(settings);
        QCOMPARE(again.plan().judgeModel, u"fast"_s);
    }

    // In a tall window the set-up keeps its boxes as tall as their contents (the room left is below
    // them), rather than spreading a radio button and its hint hundreds of pixels apart.
    void aTallPanelKeepsItsBoxesCompact()
    {
        WorkspaceDocument document;
        document.reset(runsWorkspace());
        RunSetupPanel panel(&document);
        panel.resize(540, 1400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (const char* name : { "modeGroup", "settingsGroup" }) {
            const auto* box = panel.findChild<QGroupBox*>(QString::fromLatin1(name));
            QVERIFY(box);
            const int natural = box->hasHeightForWidth() ? box->heightForWidth(box->width()) : box->sizeHint().height();
            QVERIFY2(box->height() <= natural + 4, name);
        }
    }
};

QTEST_MAIN(TestRunSetupPanel)
#include "tst_runsetuppanel.moc"
