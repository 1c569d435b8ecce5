// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's status bar follows the run whichever area is open.
#include "runner/runcontroller.h"
#include "runsworkspace.h"
#include "shell/runstatusbar.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestRunStatusBar : public QObject
{
    Q_OBJECT

private:
    static QToolButton* button(const RunStatusBar& bar, const QString& text)
    {
        const QList<QToolButton*> buttons = bar.findChildren<QToolButton*>();
        for (QToolButton* button : buttons) {
            if (button->text() == text)
                return button;
        }
        QTest::qFail(qPrintable(u"no button " + text), __FILE__, __LINE__);
        return nullptr;
    }

    RunRequest request(const QTemporaryDir& dir) const
    {
        RunRequest request { runsWorkspace() };
        request.plan.simulated = true;
        request.plan.categories = { u"triage"_s, u"sentiment"_s };
        request.plan.models = { u"fast"_s, u"good"_s };
        request.databasePath = dir.filePath(u"results.sqlite"_s);
        return request;
    }

private Q_SLOTS:
    void hiddenWithoutARun()
    {
        RunController runs;
        RunStatusBar bar(&runs);
        QVERIFY(bar.isHidden());
    }

    void followsARunAndSaysHowItEnded()
    {
        QTemporaryDir dir;
        RunController runs;
        runs.setSandboxTimeScale(0);
        RunStatusBar bar(&runs);
        QSignalSpy finished(&runs, &RunController::finished);
        QStringList shown; // what the bar said while the run went
        connect(&runs, &RunController::progressChanged, this, [&] {
            if (runs.isRunning())
                shown.append(bar.isHidden() ? QString() : bar.text());
        });
        QVERIFY(runs.start(request(dir)));
        QVERIFY(finished.wait(15000));
        QVERIFY(!shown.isEmpty());
        // 2 categories x 3 cases x 2 models
        QVERIFY2(shown.last().startsWith(u"Run 12 of 12 · "_s), qPrintable(shown.last()));
        QVERIFY(shown.last().contains(u" · spent $"_s));
        QVERIFY(shown.last().endsWith(u" · Sandbox: simulated models"_s));
        QVERIFY(!bar.isHidden()); // says how it ended, and what to do next, until the next run
        QVERIFY(bar.findChild<QProgressBar*>()->isHidden());
        QVERIFY2(bar.text().startsWith(u"Run ended: Completed · 12 results · spent $"_s), qPrintable(bar.text()));
        QVERIFY2(bar.text().endsWith(u" · See results · Review routing"_s), qPrintable(bar.text()));
        QSignalSpy results(&bar, &RunStatusBar::resultsRequested);
        QSignalSpy routing(&bar, &RunStatusBar::routingRequested);
        button(bar, u"See results"_s)->click();
        button(bar, u"Review routing"_s)->click();
        QCOMPARE(results.count(), 1);
        QCOMPARE(routing.count(), 1);
        QVERIFY(!QTest::qWaitFor([&] { return bar.isHidden(); }, 300)); // it does not clear by itself
        QCOMPARE(bar.minimumWidth(), 1); // it never widens the window

        // The next run's progress replaces them.
        bool offeredWhileRunning = true;
        connect(&runs, &RunController::progressChanged, this, [&] {
            if (runs.isRunning())
                offeredWhileRunning = !button(bar, u"See results"_s)->isHidden();
        });
        QVERIFY(runs.start(request(dir)));
        QVERIFY(finished.wait(15000));
        QVERIFY(!offeredWhileRunning);
    }

    void errorsAreOneClickAway()
    {
        QTemporaryDir dir;
        RunController runs;
        runs.setSandboxTimeScale(0);
        RunStatusBar bar(&runs);
        QSignalSpy finished(&runs, &RunController::finished);
        QSignalSpy errorsRequested(&bar, &RunStatusBar::errorsRequested);
        QSignalSpy openRequested(&bar, &RunStatusBar::openRunRequested);
        runs.sandbox().setFaults({ { Fault::InsufficientQuota, u"fast-1"_s, 1, 0 } }); // not retryable
        RunRequest failing = request(dir);
        failing.plan.categories = { u"triage"_s };
        failing.plan.models = { u"fast"_s };
        QVERIFY(runs.start(failing));
        QVERIFY(finished.wait(15000));
        QVERIFY2(bar.text().contains(u"3 error(s)"_s), qPrintable(bar.text()));
        button(bar, u"3 error(s)"_s)->click();
        QCOMPARE(errorsRequested.count(), 1);
        button(bar, u"Run ended: Completed"_s)->click();
        QCOMPARE(openRequested.count(), 1);
    }
};

QTEST_MAIN(TestRunStatusBar)
#include "tst_runstatusbar.moc"
