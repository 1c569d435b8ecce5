// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs area at a main window's size on the bundled sample workspace, during a sandbox run and
// after it, in light and dark palettes. With SIGNALBOX_SCREENSHOT_DIR set, the pictures are saved
// there to be looked at.
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "runner/runcontroller.h"
#include "runsarea/resultstablemodel.h"
#include "runsarea/runsarea.h"
#include "runsarea/runsetuppanel.h"
#include "settings/theme.h"
#include "workspacefile/workspacereader.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr double targetSeconds = 20.0; // long enough to catch the run in its middle

bool copySample(const QString& from, const QString& to)
{
    QDir().mkpath(to + u"/cases"_s);
    for (const QString& name :
         { u"support-desk.signalbox.yaml"_s, u"cases/field-extraction.jsonl"_s, u"cases/summarisation.csv"_s }) {
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    }
    return true;
}

QString save(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    if (pixmap.size() != QSize(1280, 800))
        return {};
    const QString dir = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return u"(not saved)"_s;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + u".png"_s);
    return pixmap.save(path) ? path : QString();
}
} // namespace

class TestRunsAreaScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFileInfo(QFINDTESTDATA("../../resources/samples/support-desk/support-desk.signalbox.yaml"))
                       .absolutePath();
        QVERIFY(!m_sample.isEmpty());
    }

    void grabsDuringAndAfterARun_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void grabsDuringAndAfterARun()
    {
        QFETCH(bool, dark);
        applyTheme(dark ? Settings::Theme::Dark : Settings::Theme::Light);
        const QString suffix = dark ? u"-dark"_s : u"-light"_s;
        // A copy of its own, so that the second run does not find the first one's answers cached.
        const QString folder = m_dir.filePath(suffix.mid(1));
        QVERIFY(copySample(m_sample, folder));
        const QString path = folder + u"/support-desk.signalbox.yaml"_s;
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY(load.ok());
        WorkspaceDocument document;
        Selection selection;
        RunController runs;
        RunsArea area(&document, &selection, &runs);
        document.reset(load.workspace, path);
        area.resize(1280, 800);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy estimated(area.setupPanel(), &RunSetupPanel::estimateChanged);
        QVERIFY(!area.setupPanel()->isEstimatePending() || estimated.wait(5000));
        runs.setSandboxTimeScale(std::min(1.0, targetSeconds / area.setupPanel()->estimate().run.seconds));
        runs.sandbox().setFaults({ FaultRule { Fault::InsufficientQuota, u"llama-3.1-8b-instant"_s, 1, 0, 0.15 } });

        QSignalSpy progress(&runs, &RunController::progressChanged);
        QSignalSpy finished(&runs, &RunController::finished);
        QSignalSpy loaded(&area, &RunsArea::historyLoaded);
        area.runAction()->trigger();
        while (runs.isRunning() && runs.progress().fraction() < 0.4)
            QVERIFY(progress.wait(10000));
        QVERIFY(runs.isRunning());
        const int total = runs.progress().total;
        QVERIFY(area.resultsModel()->rowCount() > 0 && area.resultsModel()->rowCount() < total);
        area.selectResult(2);
        const QString during = save(&area, u"runs-during"_s + suffix);
        QVERIFY(!during.isEmpty());
        qInfo("%s", qPrintable(during));

        QVERIFY(finished.wait(60000));
        QCOMPARE(area.resultsModel()->rowCount(), total);
        const auto listedAsDone = [&] {
            const int row = area.historyModel()->rowOf(area.shownRunId());
            return row >= 0 && area.historyModel()->summary(row).run.status == RunStatus::Completed;
        };
        while (!listedAsDone())
            QVERIFY(loaded.wait(5000));
        for (int row = 0; row < area.resultsModel()->rowCount(); ++row) {
            if (area.resultsModel()->record(row).modelId == u"llama-8b-groq"_s
                && !area.resultsModel()->record(row).pass) {
                area.selectResult(row);
                break;
            }
        }
        const QString after = save(&area, u"runs-after"_s + suffix);
        QVERIFY(!after.isEmpty());
        qInfo("%s", qPrintable(after));

        auto* sideTabs = area.findChild<QTabWidget*>(u"sideTabs"_s);
        QVERIFY(sideTabs);
        sideTabs->setCurrentIndex(1);
        QCOMPARE(area.historyModel()->rowCount(), 1);
        const QString history = save(&area, u"runs-history"_s + suffix);
        QVERIFY(!history.isEmpty());
        qInfo("%s", qPrintable(history));
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_MAIN(TestRunsAreaScreenshots)
#include "tst_runsareascreenshots.moc"
