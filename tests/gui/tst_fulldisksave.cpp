// SPDX-License-Identifier: GPL-3.0-or-later
// Saving from the window onto a really full file system: the old file stays as it was, the
// document stays open and modified, and the user is told why.
#include "document/editcommands.h"
#include "document/workspacedocument.h"
#include "filecontent.h"
#include "scriptedprompts.h"
#include "settings/settings.h"
#include "shell/workspacefiles.h"
#include "testworkspace.h"
#include "tmpfsmount.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestFullDiskSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workspaceSaveKeepsTheOldFileAndTheEdits()
    {
        TmpfsMount disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.skipReason()));
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        WorkspaceDocument document;
        auto prompts = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts* shown = prompts.get();
        WorkspaceFiles files(&document, &settings, std::move(prompts));

        const QString path = disk.filePath(QStringLiteral("desk.signalbox.yaml"));
        document.reset(testWorkspace());
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        const QByteArray saved = fileContent(path);
        QVERIFY(saved.size() > 500);
        editDescription(document);
        QVERIFY(disk.fill());

        QVERIFY(!files.save());
        QCOMPARE(fileContent(path), saved);
        QVERIFY(document.isModified());
        QCOMPARE(document.filePath(), path);
        QCOMPARE(document.workspace().categories.first().description, QStringLiteral("Edited on a full disk"));
        QCOMPARE(shown->errors.size(), 1);
        QVERIFY2(shown->errors.first().contains(QLatin1String("No space left on device")),
                 qPrintable(shown->errors.first()));
        QVERIFY2(shown->errors.first().contains(path), qPrintable(shown->errors.first()));

        // The same from the document directly, as other callers use it.
        QVERIFY(!document.save(path, &error));
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QCOMPARE(fileContent(path), saved);
    }

    void settingsOnAFullDiskSaySo()
    {
        TmpfsMount disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.skipReason()));
        const QString path = disk.filePath(QStringLiteral("settings.ini"));
        Settings settings(path);
        settings.addRecentFile(QStringLiteral("/work/a.signalbox.yaml"));
        const QByteArray saved = fileContent(path);
        QVERIFY(saved.contains("a.signalbox.yaml"));
        QVERIFY(disk.fill());

        QSignalSpy failed(&settings, &Settings::writeFailed);
        settings.addRecentFile(QStringLiteral("/work/b-with-a-long-name-to-need-more-room.signalbox.yaml"));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(!settings.sync());
        QCOMPARE(fileContent(path), saved);
    }

private:
    static void editDescription(WorkspaceDocument& document)
    {
        const ItemPath path { ItemPath::List::Categories, -1, 0 };
        Category category = document.item(path).value<Category>();
        category.description = QStringLiteral("Edited on a full disk");
        document.undoStack()->push(
            new SetItemCommand(&document, path, QVariant::fromValue(category), QStringLiteral("Edit")));
        QVERIFY(document.isModified());
    }
};

QTEST_GUILESS_MAIN(TestFullDiskSave)
#include "tst_fulldisksave.moc"
