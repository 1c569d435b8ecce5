// SPDX-License-Identifier: GPL-3.0-or-later
#include "areascreenshot.h"
#include "document/editcommands.h"
#include "document/workspacedocument.h"
#include "exportarea/exportarea.h"
#include "exporters/routingexport.h"
#include "highlighting/highlightedtextedit.h"
#include "results/resultsstore.h"
#include "routerbench/routerbenchexport.h"
#include "settings/settings.h"
#include "shell/areas.h"
#include "testworkspace.h"
#include "tmpfsmount.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {
QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

ino_t inodeOf(const QString& path)
{
    struct stat info {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

// The diff's lines that start with marker ('+' or '-') and are not its file headers.
QStringList changedLines(const QString& diff, QChar marker)
{
    QStringList found;
    const QStringList lines = diff.split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(marker) && !line.startsWith(QString(3, marker)))
            found.append(line);
    }
    return found;
}

RoutingMap editedRouting(RoutingMap routing)
{
    routing.routes[1].chain = { u"claude-haiku"_s, u"gpt-4o"_s };
    return routing;
}
} // namespace

class TestExportArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_document = std::make_unique<WorkspaceDocument>();
        m_document->reset(testWorkspace(), m_dir.filePath(u"desk.signalbox.yaml"_s));
        m_area = std::make_unique<ExportArea>(m_document.get(), m_settings.get(), areaInfo(Area::Routing).title);
        m_asked.clear();
        m_answer = true;
        m_area->setRouteConfirmation([this](const QString&, const QList<RouteConcern>& concerns, const QStringList&) {
            m_asked += concerns;
            return concerns.isEmpty() || m_answer;
        });
    }

    void cleanup()
    {
        m_area.reset();
        m_document.reset();
        m_settings.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void previewMatchesExport_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("native") << ExportFormat::Native;
        QTest::newRow("litellm") << ExportFormat::LiteLlm;
        QTest::newRow("portkey") << ExportFormat::Portkey;
    }

    void previewMatchesExport()
    {
        QFETCH(ExportFormat, format);
        m_area->setFormat(format);
        QCOMPARE(m_area->format(), format);
        const QString expected = exportRouting(m_document->workspace(), format, { m_area->generatedAt(), {} });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_area->exportText(), expected);
        QCOMPARE(m_area->preview()->toPlainText(), expected);
        QCOMPARE(m_area->preview()->syntax(), exportSyntaxName(format));
        QVERIFY(m_area->preview()->isReadOnly());
    }

    // JSON's folding makes the highlighter queue work on the blocks that the next refresh replaces.
    void refreshesInOneEventLoopPass()
    {
        m_area->setFormat(ExportFormat::Portkey);
        m_area->setFormat(ExportFormat::Native);
        m_area->setFormat(ExportFormat::Portkey);
        m_area->setFormat(ExportFormat::LiteLlm);
        QCoreApplication::processEvents();
        QCOMPARE(m_area->preview()->toPlainText(), m_area->exportText());
    }

    void previewFollowsModelEdits()
    {
        m_area->setFormat(ExportFormat::LiteLlm);
        ModelSpec model = m_document->workspace().models.at(1);
        model.model = u"gpt-4o-2024-11-20"_s;
        m_document->undoStack()->push(new SetItemCommand(m_document.get(), { ItemPath::List::Models, -1, 1 },
                                                         QVariant::fromValue(model), u"Edit model"_s));
        QVERIFY(m_area->exportText().contains(u"gpt-4o-2024-11-20"_s));
        m_document->undoStack()->undo();
        QVERIFY(!m_area->exportText().contains(u"gpt-4o-2024-11-20"_s));
    }

    void copyPutsExportOnClipboard()
    {
        m_area->setFormat(ExportFormat::Portkey);
        m_area->copyToClipboard();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_area->exportText());
    }

    void saveReplacesFileAtomically()
    {
        const QString path = m_dir.filePath(u"exports/routing.yaml"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(writeFile(path, u"old content\n"_s));
        const ino_t before = inodeOf(path);
        QString error;
        QVERIFY2(m_area->saveTo(path, &error), qPrintable(error));
        QCOMPARE(readFile(path), m_area->exportText());
        // A new file renamed over the old one, no temporary left beside it.
        QVERIFY(inodeOf(path) != before);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), QStringList { u"routing.yaml"_s });
        const Settings::LastExport last = m_settings->lastExport(m_document->filePath(), u"native"_s);
        QCOMPARE(last.path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(last.generatedAt, m_area->generatedAt());
    }

    // Portkey's JSON has no comments: its reasons are shown in their own tab, saved beside it, and
    // the area names the exact envsubst list for the map's key variables.
    void portkeyReasonsAndKeyVariables()
    {
        m_area->setFormat(ExportFormat::Native);
        QVERIFY(!m_area->tabs()->isTabVisible(ExportArea::RationaleTab));
        QVERIFY(m_area->rationaleText().isEmpty());
        m_area->setFormat(ExportFormat::Portkey);
        QVERIFY(m_area->tabs()->isTabVisible(ExportArea::RationaleTab));
        const Workspace& workspace = m_document->workspace();
        QCOMPARE(m_area->rationaleText(), exportRationale(workspace, ExportFormat::Portkey, { m_area->generatedAt(), {} }));
        const QString list = envsubstFormat(exportKeyVariables(workspace));
        QVERIFY(!list.isEmpty());
        QVERIFY2(m_area->descriptionText().contains(u"envsubst '"_s + list + u"' < portkey-config.json"_s),
                 qPrintable(m_area->descriptionText()));
        const QString path = m_dir.filePath(u"portkey-config.json"_s);
        QVERIFY(m_area->saveTo(path));
        QCOMPARE(readFile(path), m_area->exportText());
        QCOMPARE(readFile(m_dir.filePath(u"portkey-config.rationale.txt"_s)), m_area->rationaleText());
    }

    void saveFailureSaysWhy()
    {
        QString error;
        QVERIFY(!m_area->saveTo(u"/nonexistent/dir/routing.yaml"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(m_settings->lastExport(m_document->filePath(), u"native"_s).path.isEmpty());
    }

    void fullDiskKeepsTheDeployedFile()
    {
        TmpfsMount disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.skipReason()));
        const QString path = disk.filePath(u"routing.yaml"_s);
        QVERIFY(m_area->saveTo(path));
        const QString deployed = readFile(path);
        QVERIFY(disk.fill());
        QString error;
        QVERIFY(!m_area->saveTo(path, &error));
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
        QCOMPARE(readFile(path), deployed);
    }

    void diffSaysWhenThereIsNoEarlierExport()
    {
        QCOMPARE(m_area->diff().state, ExportDiff::State::NoEarlierExport);
        QVERIFY(m_area->diff().headline().contains(u"No earlier export of this format"_s));
        QVERIFY(m_area->diffView()->isHidden());
    }

    void diffShowsRoutingEditLineByLine()
    {
        const QString path = m_dir.filePath(u"routing.yaml"_s);
        QVERIFY(m_area->saveTo(path));
        QCOMPARE(m_area->diff().state, ExportDiff::State::Unchanged);
        QVERIFY(m_area->diff().headline().startsWith(u"Unchanged since the last export ("_s + path));
        const RoutingMap original = m_document->workspace().routing;
        m_document->undoStack()->push(new SetRoutingCommand(m_document.get(), editedRouting(original), u"Edit"_s));
        QCOMPARE(m_area->diff().state, ExportDiff::State::Changed);
        m_area->tabs()->setCurrentIndex(ExportArea::DiffTab);
        QVERIFY(m_area->diffView()->isVisibleTo(m_area.get()));
        const QString shown = m_area->diffView()->toPlainText();
        QCOMPARE(m_area->diffView()->syntax(), u"Diff"_s);
        QVERIFY2(!changedLines(shown, u'-').filter(u"gpt-4o"_s).isEmpty(), qPrintable(shown));
        QVERIFY2(!changedLines(shown, u'+').filter(u"claude-haiku"_s).isEmpty(), qPrintable(shown));
        QVERIFY(m_area->tabs()->tabText(ExportArea::DiffTab).contains(u"+"_s));
        m_document->undoStack()->undo();
        QCOMPARE(m_area->diff().state, ExportDiff::State::Unchanged);
    }

    // An export made earlier has an earlier time in its header: that alone is no change.
    void headerTimeIsNoChange()
    {
        const QString path = m_dir.filePath(u"routing.yaml"_s);
        const QDateTime earlier(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
        QVERIFY(writeFile(path, exportRouting(m_document->workspace(), ExportFormat::Native, { earlier, {} })));
        m_settings->setLastExport(m_document->filePath(), u"native"_s, { path, earlier });
        m_area->tabs()->setCurrentIndex(ExportArea::DiffTab);
        QCOMPARE(m_area->diff().state, ExportDiff::State::Unchanged);
        QCOMPARE(m_area->diff().exportedAt, earlier);
    }

    void lastExportIsPerFormat()
    {
        QVERIFY(m_area->saveTo(m_dir.filePath(u"routing.yaml"_s)));
        m_area->setFormat(ExportFormat::LiteLlm);
        QCOMPARE(m_area->diff().state, ExportDiff::State::NoEarlierExport);
        m_area->setFormat(ExportFormat::Native);
        QCOMPARE(m_area->diff().state, ExportDiff::State::Unchanged);
        QFile::remove(m_dir.filePath(u"routing.yaml"_s));
        m_area->tabs()->setCurrentIndex(ExportArea::DiffTab);
        QCOMPARE(m_area->diff().state, ExportDiff::State::Missing);
    }

    void importReplacesMapAndUndoRestores()
    {
        const RoutingMap original = m_document->workspace().routing;
        Workspace edited = m_document->workspace();
        edited.routing = editedRouting(original);
        const QString path = m_dir.filePath(u"imported.yaml"_s);
        QVERIFY(writeFile(path, exportRouting(edited, ExportFormat::Native)));
        QVERIFY(m_area->importFrom(path));
        QCOMPARE(m_area->importProblems(), QString());
        const RoutingMap imported = m_document->workspace().routing;
        QCOMPARE(imported.routes.size(), original.routes.size());
        QCOMPARE(imported.routes.at(1).chain, edited.routing.routes.at(1).chain);
        QCOMPARE(imported.defaultChain, original.defaultChain);
        QVERIFY(m_area->exportText().contains(u"claude-haiku"_s));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace().routing, original);
    }

    void importBringsTheDispatcherInOneStep()
    {
        const Workspace original = m_document->workspace();
        Workspace edited = original;
        DispatcherSpec dispatcher;
        dispatcher.rules = { DispatchRule { original.categories.at(0).name, { u"refund"_s }, {}, {}, 4000 } };
        edited.dispatcher = dispatcher;
        const QString path = m_dir.filePath(u"with-dispatcher.yaml"_s);
        QVERIFY(writeFile(path, exportRouting(edited, ExportFormat::Native)));
        QVERIFY(m_area->importFrom(path));
        QCOMPARE(m_document->workspace().dispatcher, edited.dispatcher);
        QCOMPARE(m_document->undoStack()->count(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace().dispatcher, original.dispatcher);
    }

    // A route whose recorded evidence misses its bar is confirmed first; declining imports nothing.
    void importBelowTheBarAsksFirst()
    {
        Workspace edited = m_document->workspace();
        Route& route = edited.routing.routes[0];
        const double bar = edited.category(route.category)->threshold;
        route.chain = { u"claude-haiku"_s };
        route.evidence = RouteEvidence { u"r1"_s, {}, 20, bar - 0.1, bar - 0.3, bar + 0.05, 1.0, 500.0 };
        const QString path = m_dir.filePath(u"below.yaml"_s);
        QVERIFY(writeFile(path, exportRouting(edited, ExportFormat::Native)));
        const RoutingMap original = m_document->workspace().routing;
        m_answer = false;
        QVERIFY(!m_area->importFrom(path));
        QCOMPARE(m_document->workspace().routing, original);
        QVERIFY(!m_asked.isEmpty());
        QCOMPARE(m_asked.constFirst().category, route.category);
        QVERIFY(m_asked.constFirst().belowBar);
        QVERIFY2(m_asked.constFirst().text.startsWith(u"claude-haiku: "_s), qPrintable(m_asked.constFirst().text));
        m_answer = true;
        QVERIFY(m_area->importFrom(path));
        QCOMPARE(m_document->workspace().routing.routes.at(0).primary(), u"claude-haiku"_s);
    }

    void importErrorsAreListedAndChangeNothing()
    {
        const QString path = m_dir.filePath(u"broken.yaml"_s);
        QVERIFY(writeFile(path, u"routes:\n  - category: no-such-category\n    chain: [gpt-4o]\n  - [\n"_s));
        const RoutingMap original = m_document->workspace().routing;
        QVERIFY(!m_area->importFrom(path));
        const QString problems = m_area->importProblems();
        QVERIFY2(problems.contains(path + u':'), qPrintable(problems));
        QCOMPARE(m_document->workspace().routing, original);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void emptyRoutingPointsToRoutingArea()
    {
        QVERIFY(m_area->routingNotice().isEmpty());
        Workspace partial = testWorkspace();
        partial.routing.routes.removeLast();
        m_document->reset(partial, m_document->filePath());
        QVERIFY2(m_area->routingNotice().contains(u"default route (gpt-4o-mini): summaries"_s),
                 qPrintable(m_area->routingNotice()));
        Workspace empty = testWorkspace();
        empty.routing.routes.clear();
        m_document->reset(empty, m_document->filePath());
        QVERIFY(m_area->routingNotice().contains(u"Routing table area"_s));
        QVERIFY(!m_area->exportText().isEmpty());
        QSignalSpy requested(m_area.get(), &ExportArea::routingAreaRequested);
        auto* button = m_area->findChild<QPushButton*>(u"goToRoutingButton"_s);
        QCOMPARE(button->text(), u"Go to Routing table"_s);
        button->click();
        QCOMPARE(requested.count(), 1);
    }

    // A cascade LiteLLM cannot enforce is said so above the preview, not only in the file's comments.
    void cascadeNoteSaysWhereItIsNotEnforced()
    {
        Workspace ws = m_document->workspace();
        ws.routing.routes[0].cascadeCheck = ScorerSpec { u"regex"_s, u"^(billing|account)$"_s };
        m_document->reset(ws, m_document->filePath());
        m_area->setFormat(ExportFormat::LiteLlm);
        QVERIFY2(m_area->descriptionText().contains(u"Not a cascade in this file"_s)
                     && m_area->descriptionText().contains(u"ticket-classification"_s),
                 qPrintable(m_area->descriptionText()));
        QVERIFY(m_area->exportText().contains(u"  # NOT A CASCADE IN THIS FILE."_s));
        m_area->setFormat(ExportFormat::Portkey);
        QVERIFY(!m_area->descriptionText().contains(u"Not a cascade"_s));
        QVERIFY(m_area->exportText().contains(u"default.regexMatch"_s));
    }

    // Without runs the RouterBench format says what to do; with one it shows its wide table, read off
    // the GUI thread, and saves it atomically like the routing files.
    void routerBenchFromTheNewestRun()
    {
        m_area->showRouterBench();
        QVERIFY(m_area->routerBenchShown());
        QSignalSpy ready(m_area.get(), &ExportArea::routerBenchReady);
        QVERIFY(ready.wait(10000));
        QVERIFY2(m_area->descriptionText().startsWith(u"No runs yet"_s), qPrintable(m_area->descriptionText()));
        QString error;
        QVERIFY(!m_area->saveTo(m_dir.filePath(u"routerbench.csv"_s), &error));
        QVERIFY(!error.isEmpty());

        ResultsStore store;
        QVERIFY(store.open(ResultsStore::databasePathFor(m_document->filePath())));
        RunInfo run { u"2026-11-20T10-00-00"_s, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC) };
        run.categories = { u"ticket-classification"_s };
        run.modelIds = { u"gpt-4o-mini"_s, u"claude-haiku"_s };
        QVERIFY(store.createRun(run));
        QList<ResultRecord> results;
        for (const QString& model : run.modelIds) {
            ResultRecord result { run.id, u"ticket-classification"_s, u"t01"_s, model };
            result.output = model == u"gpt-4o-mini" ? u"account"_s : u"billing"_s;
            result.pass = model == u"claude-haiku";
            result.score = result.pass ? 1.0 : 0.0;
            result.costUsd = model == u"gpt-4o-mini" ? 0.0001 : 0.002;
            results.append(result);
        }
        QVERIFY(store.insertResults(results));
        store.close();

        m_area->setFormat(ExportFormat::Native);
        m_area->showRouterBench();
        QVERIFY(ready.wait(10000));
        QCOMPARE(m_area->routerBenchRunId(), run.id);
        QCOMPARE(m_area->exportText(), routerBenchCsv(m_document->workspace(), results));
        QVERIFY2(m_area->exportText().contains(u"claude-haiku\r\n"_s), qPrintable(m_area->exportText()));
        QCOMPARE(m_area->preview()->toPlainText(), QString(m_area->exportText()).remove(u'\r'));
        QVERIFY(!m_area->tabs()->isTabVisible(ExportArea::RationaleTab));
        QVERIFY2(m_area->descriptionText().contains(run.id), qPrintable(m_area->descriptionText()));
        const QString path = m_dir.filePath(u"routerbench.csv"_s);
        QVERIFY2(m_area->saveTo(path, &error), qPrintable(error));
        QCOMPARE(readFile(path), m_area->exportText());
        QCOMPARE(m_settings->lastExport(m_document->filePath(), u"routerbench"_s).path, QFileInfo(path).absoluteFilePath());
        QVERIFY(!saveScreenshot(m_area.get(), u"exportarea-routerbench"_s).isEmpty());

        // The format is remembered like the others.
        QSettings state(m_dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        m_area->saveState(state);
        m_area->setFormat(ExportFormat::Portkey);
        m_area->restoreState(state);
        QVERIFY(m_area->routerBenchShown());
    }

    void screenshots()
    {
        m_area->setFormat(ExportFormat::Portkey);
        m_area->tabs()->setCurrentIndex(ExportArea::DiffTab);
        QVERIFY(!saveScreenshot(m_area.get(), u"exportarea-portkey-nodiff"_s).isEmpty());
        m_area->tabs()->setCurrentIndex(ExportArea::PreviewTab);
        QVERIFY(!saveScreenshot(m_area.get(), u"exportarea-portkey"_s).isEmpty());
        m_area->setFormat(ExportFormat::Native);
        QVERIFY(m_area->saveTo(m_dir.filePath(u"routing.yaml"_s)));
        m_document->undoStack()->push(
            new SetRoutingCommand(m_document.get(), editedRouting(m_document->workspace().routing), u"Edit"_s));
        QVERIFY(!saveScreenshot(m_area.get(), u"exportarea-preview"_s).isEmpty());
        m_area->tabs()->setCurrentIndex(ExportArea::DiffTab);
        QVERIFY(!saveScreenshot(m_area.get(), u"exportarea-diff"_s).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QList<RouteConcern> m_asked; // what the confirmations named
    bool m_answer = true;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<ExportArea> m_area;
};

QTEST_MAIN(TestExportArea)
#include "tst_exportarea.moc"
