// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli writing onto a really full file system (a small tmpfs): it must exit non-zero,
// name the cause and leave the file that was there byte for byte as it was.
#include "clifixture.h"
#include "filecontent.h"
#include "tmpfsmount.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString workspaceName = u"routing"_s;
const QByteArray deployedConfig = "# the gateway config deployed today\nmodel_list: []\n";
} // namespace

class TestCliFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<CliFixture>();
        QVERIFY(m_fixture->isValid());
        m_disk = std::make_unique<TmpfsMount>();
        if (!m_disk->isMounted())
            QSKIP(qPrintable(m_disk->skipReason()));
        m_workspace = m_disk->filePath(workspaceName + u".signalbox.yaml"_s);
        QVERIFY(QFile::copy(m_fixture->workspace(workspaceName), m_workspace));
    }

    void cleanup() { m_disk.reset(); }

    void exportOverAnExistingFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("native") << u"native"_s;
        QTest::newRow("litellm") << u"litellm"_s;
        QTest::newRow("portkey") << u"portkey"_s;
    }

    void exportOverAnExistingFile()
    {
        QFETCH(QString, format);
        const QString output = m_disk->filePath(u"gateway.yaml"_s);
        QVERIFY(writeFileDirectly(output, deployedConfig));
        QVERIFY(m_disk->fill());
        const CliFixture::Result result
            = CliFixture::run({ u"export"_s, m_workspace, u"--format"_s, format, u"-o"_s, output });
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(fileContent(output), deployedConfig);
        QVERIFY2(result.err.contains(u"export: cannot write %1: No space left on device"_s.arg(output)),
                 qPrintable(result.err));
    }

    void exportToANewFileLeavesNoFile()
    {
        const QString output = m_disk->filePath(u"portkey.json"_s);
        QVERIFY(m_disk->fill());
        const CliFixture::Result result
            = CliFixture::run({ u"export"_s, m_workspace, u"--format"_s, u"portkey"_s, u"-o"_s, output });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFile::exists(output));
        QVERIFY2(result.err.contains(u"No space left on device"_s), qPrintable(result.err));
    }

    // The results database stays on the roomy disk (linked from beside the workspace), so that
    // only the workspace's own write meets the full one.
    void suggestApplyKeepsTheWorkspace()
    {
        const CliFixture::Result run
            = CliFixture::run({ u"run"_s, m_fixture->workspace(workspaceName), u"--sandbox"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::link(m_fixture->database(workspaceName), m_disk->filePath(workspaceName + u".signalbox.db"_s)));
        const QByteArray before = fileContent(m_workspace);
        QVERIFY(m_disk->fill());

        const CliFixture::Result result = CliFixture::run({ u"suggest"_s, m_workspace, u"--apply"_s });
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(fileContent(m_workspace), before);
        QVERIFY2(result.err.contains(u"suggest: cannot write %1: No space left on device"_s.arg(m_workspace)),
                 qPrintable(result.err));
        QVERIFY2(result.out.contains(u"Suggested routes from run"_s), qPrintable(result.out));
        QVERIFY(!result.out.contains(u"Wrote the suggested routes"_s));
    }

private:
    std::unique_ptr<CliFixture> m_fixture;
    std::unique_ptr<TmpfsMount> m_disk;
    QString m_workspace;
};

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "tst_clifulldisk.moc"
