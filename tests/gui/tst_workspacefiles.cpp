// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/editcommands.h"
#include "document/workspacedocument.h"
#include "scriptedprompts.h"
#include "settings/settings.h"
#include "shell/sampleworkspace.h"
#include "shell/workspacefiles.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using Answer = FilePrompts::Answer;

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_document = std::make_unique<WorkspaceDocument>();
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_files = std::make_unique<WorkspaceFiles>(m_document.get(), m_settings.get(), std::move(prompts));
    }

    void maybeSave_data()
    {
        QTest::addColumn<bool>("modified");
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<int>("asked");
        QTest::addColumn<bool>("stillModified");
        QTest::newRow("unmodified: no question") << false << Answer::Cancel << true << 0 << false;
        QTest::newRow("cancel") << true << Answer::Cancel << false << 1 << true;
        QTest::newRow("discard") << true << Answer::Discard << true << 1 << true;
        QTest::newRow("save") << true << Answer::Save << true << 1 << false;
    }

    void maybeSave()
    {
        QFETCH(bool, modified);
        QFETCH(Answer, answer);
        QFETCH(bool, expected);
        QFETCH(int, asked);
        QFETCH(bool, stillModified);
        QVERIFY(saveTestWorkspace(m_dir->filePath(QStringLiteral("ws.signalbox.yaml"))));
        if (modified)
            editDescription();
        m_prompts->answer = answer;
        QCOMPARE(m_files->maybeSave(), expected);
        QCOMPARE(m_prompts->saveChangesAsked, asked);
        QCOMPARE(m_document->isModified(), stillModified);
        if (asked > 0)
            QCOMPARE(m_prompts->askedAbout, QStringLiteral("ws.signalbox.yaml"));
    }

    void newWorkspaceAsksFirst_data()
    {
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("cancel keeps the content") << Answer::Cancel << false;
        QTest::newRow("discard replaces it") << Answer::Discard << true;
    }

    void newWorkspaceAsksFirst()
    {
        QFETCH(Answer, answer);
        QFETCH(bool, replaced);
        m_document->reset(testWorkspace());
        editDescription();
        const Workspace before = m_document->workspace();
        m_prompts->answer = answer;
        QCOMPARE(m_files->newWorkspace(), replaced);
        QCOMPARE(m_document->workspace() == before, !replaced);
        QCOMPARE(m_document->isModified(), !replaced);
        if (replaced) {
            QVERIFY(m_document->workspace().categories.isEmpty());
            QVERIFY(m_document->filePath().isEmpty());
        }
    }

    void saveUntitledAsksForPathAndAddsSuffix()
    {
        m_document->reset(testWorkspace());
        editDescription();
        m_prompts->savePath = m_dir->filePath(QStringLiteral("desk"));
        QVERIFY(m_files->save());
        const QString expected = m_dir->filePath(QStringLiteral("desk.signalbox.yaml"));
        QVERIFY(QFile::exists(expected));
        QCOMPARE(m_document->filePath(), expected);
        QVERIFY(!m_document->isModified());
        QVERIFY(m_prompts->suggestedSavePath.endsWith(QStringLiteral("support-desk.signalbox.yaml")));
        QCOMPARE(m_settings->recentFiles(), QStringList { expected });
        QCOMPARE(m_settings->lastWorkspace(), expected);
    }

    void cancelledSaveAsChangesNothing()
    {
        m_document->reset(testWorkspace());
        editDescription();
        m_prompts->savePath.clear();
        QVERIFY(!m_files->saveAs());
        QVERIFY(m_document->filePath().isEmpty());
        QVERIFY(m_document->isModified());
        // Cancelling the save in the unsaved-changes question cancels the whole command.
        m_prompts->answer = Answer::Save;
        QVERIFY(!m_files->newWorkspace());
        QCOMPARE(m_document->workspace().name, QStringLiteral("Support desk"));
    }

    void openAddsToRecentFiles()
    {
        const QString path = m_dir->filePath(QStringLiteral("ws.signalbox.yaml"));
        QVERIFY(saveTestWorkspace(path));
        m_document->reset(Workspace {});
        m_prompts->openPath = path;
        QSignalSpy status(m_files.get(), &WorkspaceFiles::statusMessage);
        QVERIFY(m_files->open());
        QCOMPARE(m_document->workspace(), readWorkspaceFile(path).workspace);
        QCOMPARE(m_document->workspace().name, testWorkspace().name);
        QCOMPARE(m_document->filePath(), path);
        QCOMPARE(m_settings->recentFiles(), QStringList { path });
        QCOMPARE(m_settings->lastWorkspace(), path);
        QCOMPARE(status.count(), 1);
    }

    void loadErrorLeavesCurrentWorkspaceIntact()
    {
        const QString good = m_dir->filePath(QStringLiteral("good.signalbox.yaml"));
        QVERIFY(saveTestWorkspace(good));
        editDescription();
        const Workspace before = m_document->workspace();
        const int undoSteps = m_document->undoStack()->count();

        const QString bad = m_dir->filePath(QStringLiteral("bad.signalbox.yaml"));
        QVERIFY(writeFile(bad, "version: 1\nname: Broken\ncategories:\n  - name: a\n    colour: blue\n"));
        m_prompts->answer = Answer::Discard;
        QVERIFY(!m_files->openFile(bad));

        QCOMPARE(m_prompts->loadErrorPath, bad);
        QVERIFY(!m_prompts->loadErrors.isEmpty());
        QCOMPARE(m_prompts->loadErrors.constFirst().line, 5);
        QVERIFY(m_prompts->loadErrors.constFirst().toString().contains(QStringLiteral("bad.signalbox.yaml:5:")));
        QCOMPARE(m_document->workspace(), before);
        QCOMPARE(m_document->filePath(), good);
        QVERIFY(m_document->isModified());
        QCOMPARE(m_document->undoStack()->count(), undoSteps);
        QVERIFY(m_settings->recentFiles().isEmpty());
        QVERIFY(m_settings->lastWorkspace().isEmpty());
    }

    void missingFileIsDroppedFromRecentFiles()
    {
        const QString gone = m_dir->filePath(QStringLiteral("gone.signalbox.yaml"));
        QVERIFY(writeFile(gone, "version: 1\n"));
        m_settings->addRecentFile(gone);
        QVERIFY(QFile::remove(gone));
        QVERIFY(!m_files->openFile(gone));
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY(m_prompts->errors.constFirst().contains(QStringLiteral("gone.signalbox.yaml")));
        QVERIFY(m_settings->recentFiles().isEmpty());
    }

    void workspaceSuffix_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::newRow("bare name") << QStringLiteral("/w/desk") << QStringLiteral("/w/desk.signalbox.yaml");
        QTest::newRow("full suffix") << QStringLiteral("/w/desk.signalbox.yaml")
                                     << QStringLiteral("/w/desk.signalbox.yaml");
        QTest::newRow("plain yaml kept") << QStringLiteral("/w/desk.yaml") << QStringLiteral("/w/desk.yaml");
        QTest::newRow("yml kept") << QStringLiteral("/w/desk.YML") << QStringLiteral("/w/desk.YML");
        QTest::newRow("other dot") << QStringLiteral("/w/desk.v2") << QStringLiteral("/w/desk.v2.signalbox.yaml");
    }

    void workspaceSuffix()
    {
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        QCOMPARE(WorkspaceFiles::withWorkspaceSuffix(typed), saved);
    }

    void sampleCopiesMissingFilesOnly()
    {
        const QString source = m_dir->filePath(QStringLiteral("bundled"));
        const QString target = m_dir->filePath(QStringLiteral("installed"));
        QVERIFY(QDir().mkpath(source + QStringLiteral("/cases")));
        QVERIFY(writeFile(source + QStringLiteral("/demo.signalbox.yaml"), "version: 1\nname: Demo\n"));
        QVERIFY(writeFile(source + QStringLiteral("/cases/a.csv"), "id,input,expected\n1,x,y\n"));

        SampleInstall first = installSample(source, target);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.workspacePath, target + QStringLiteral("/demo.signalbox.yaml"));
        QVERIFY(QFile::exists(target + QStringLiteral("/cases/a.csv")));

        QVERIFY(writeFile(first.workspacePath, "version: 1\nname: Edited by the user\n"));
        QVERIFY(QFile::remove(target + QStringLiteral("/cases/a.csv")));
        QVERIFY(installSample(source, target).ok());
        QCOMPARE(readFile(first.workspacePath), QByteArray("version: 1\nname: Edited by the user\n"));
        QVERIFY(QFile::exists(target + QStringLiteral("/cases/a.csv")));
    }

    void sampleMissingFromBuildIsAnError()
    {
        const SampleInstall result
            = installSample(m_dir->filePath(QStringLiteral("nothing")), m_dir->filePath(QStringLiteral("installed")));
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
    }

    // The organisation and the application are both "signalbox": the copy goes to one folder of
    // that name, not to signalbox/signalbox.
    void sampleFolderIsNotDoubled()
    {
        const QString application = QCoreApplication::applicationName();
        const QString organisation = QCoreApplication::organizationName();
        QCoreApplication::setOrganizationName(QStringLiteral("signalbox"));
        QCoreApplication::setApplicationName(QStringLiteral("signalbox"));
        const QString folder = installedSampleDirectory();
        QCoreApplication::setApplicationName(application);
        QCoreApplication::setOrganizationName(organisation);
        QVERIFY2(folder.endsWith(QStringLiteral("/signalbox/samples/support-desk")), qPrintable(folder));
        QVERIFY2(!folder.contains(QStringLiteral("signalbox/signalbox")), qPrintable(folder));
        QVERIFY(folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }

    void bundledSampleOpensWithoutErrors()
    {
        QDir(installedSampleDirectory()).removeRecursively();
        QVERIFY(m_files->openSample());
        QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(u'\n')));
        QVERIFY2(m_prompts->loadErrors.isEmpty(), qPrintable(formatErrors(m_prompts->loadErrors)));
        QVERIFY(m_document->filePath().startsWith(installedSampleDirectory()));
        QVERIFY(!m_document->workspace().categories.isEmpty());
        QVERIFY(QFileInfo(m_document->filePath()).isWritable());
        QDir(installedSampleDirectory()).removeRecursively();
    }

private:
    void editDescription()
    {
        const ItemPath path { ItemPath::List::Categories, -1, 0 };
        Category category = m_document->item(path).value<Category>();
        category.description = QStringLiteral("Edited");
        m_document->undoStack()->push(
            new SetItemCommand(m_document.get(), path, QVariant::fromValue(category), QStringLiteral("Edit")));
        QVERIFY(m_document->isModified());
    }

    bool saveTestWorkspace(const QString& path)
    {
        m_document->reset(testWorkspace());
        QString error;
        return m_document->save(path, &error);
    }

    static bool writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<WorkspaceDocument> m_document;
    ScriptedPrompts* m_prompts = nullptr;
    std::unique_ptr<WorkspaceFiles> m_files;
};

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
