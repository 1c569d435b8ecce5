// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecontent.h"
#include "fileio/atomicwrite.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray oldContent = "version: 1\nname: the old file, which must survive\n";

// Only the target and the filler: no temporary left behind.
QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNewAndReplacesOldFiles();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void readOnlyFileSystemKeepsTheOldFile_data();
    void readOnlyFileSystemKeepsTheOldFile();
    void vanishedFolderSaysSo();
    void stagedButNotCommittedLeavesNothing();
};

void TestAtomicWrite::writesNewAndReplacesOldFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    QString error;
    QVERIFY2(writeFileAtomically(path, "first", &error), qPrintable(error));
    QCOMPARE(fileContent(path), QByteArray("first"));
    QVERIFY2(writeFileAtomically(path, QByteArray(200000, 'x'), &error), qPrintable(error));
    QCOMPARE(fileContent(path), QByteArray(200000, 'x'));
    QVERIFY2(writeFileAtomically(path, QByteArray(), &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("a.yaml") });
}

// Rows: how much room is left and how much is written. A small write is where QSaveFile alone
// failed: its buffer took the bytes, and the failed flush inside commit() did not stop the rename.
void TestAtomicWrite::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<qint64>("keepFree");
    QTest::addColumn<int>("size");
    QTest::newRow("full, small write") << qint64(0) << 100;
    QTest::newRow("full, large write") << qint64(0) << 100000;
    QTest::newRow("8 KiB free, 20 KB write") << qint64(8192) << 20000;
}

void TestAtomicWrite::fullDiskKeepsTheOldFile()
{
    QFETCH(qint64, keepFree);
    QFETCH(int, size);
    TmpfsMount disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(QStringLiteral("routes.yaml"));
    QVERIFY(writeFileDirectly(path, oldContent));
    QVERIFY(disk.fill(keepFree));

    QString error;
    QVERIFY(!writeFileAtomically(path, QByteArray(size, 'n'), &error));
    QCOMPARE(fileContent(path), oldContent);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QCOMPARE(filesIn(disk.path()), (QStringList { QStringLiteral("filler"), QStringLiteral("routes.yaml") }));
}

void TestAtomicWrite::readOnlyFileSystemKeepsTheOldFile_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("reason");
    QTest::newRow("over a file") << true << QStringLiteral("is not writable");
    QTest::newRow("a new file") << false << QStringLiteral("Read-only file system");
}

void TestAtomicWrite::readOnlyFileSystemKeepsTheOldFile()
{
    QFETCH(bool, existing);
    QFETCH(QString, reason);
    TmpfsMount disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(QStringLiteral("routes.yaml"));
    if (existing)
        QVERIFY(writeFileDirectly(path, oldContent));
    QVERIFY(disk.remountReadOnly());

    QString error;
    QVERIFY(!writeFileAtomically(path, "new", &error));
    QCOMPARE(fileContent(path), existing ? oldContent : QByteArray());
    QCOMPARE(QFileInfo::exists(path), existing);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestAtomicWrite::vanishedFolderSaysSo()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/routes.yaml");
    QVERIFY(writeFileDirectly(path, oldContent));
    QVERIFY(QDir(folder).removeRecursively());

    QString error;
    QVERIFY(!writeFileAtomically(path, "new", &error));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("No such file or directory")), qPrintable(error));
}

void TestAtomicWrite::stagedButNotCommittedLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    QVERIFY(writeFileDirectly(path, oldContent));
    {
        AtomicWrite write(path);
        QVERIFY2(write.stage("never committed"), qPrintable(write.errorMessage()));
        QVERIFY(write.errorMessage().isEmpty());
    }
    QCOMPARE(fileContent(path), oldContent);
    QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("a.yaml") });
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
