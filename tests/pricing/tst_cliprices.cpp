// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli prices, run as a process on a copy of data/prices.signalbox.yaml: the review of a
// LiteLLM and an OpenRouter list (golden files), --apply, and its failures.
#include "clifixture.h"
#include "goldenfile.h"
#include "workspacefile/workspacereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCliPrices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void review_data();
    void review();
    void applyWritesTheNewPricesOnce();
    void failures_data();
    void failures();

private:
    QString list(const QString& name) const { return QFINDTESTDATA(u"data/"_s + name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestCliPrices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(u"prices.signalbox.yaml"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("data/prices.signalbox.yaml"), m_workspace));
    QFile::setPermissions(m_workspace, QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliPrices::review_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("LiteLLM table") << u"litellm-small.json"_s << u"table"_s << u"prices-litellm.txt"_s;
    QTest::newRow("LiteLLM json") << u"litellm-small.json"_s << u"json"_s << u"prices-litellm.json"_s;
    QTest::newRow("OpenRouter table") << u"openrouter-small.json"_s << u"table"_s << u"prices-openrouter.txt"_s;
    QTest::newRow("OpenRouter json") << u"openrouter-small.json"_s << u"json"_s << u"prices-openrouter.json"_s;
}

void TestCliPrices::review()
{
    QFETCH(QString, list);
    QFETCH(QString, format);
    QFETCH(QString, golden);
    QFile original(m_workspace);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    const CliFixture::Result result
        = CliFixture::run({ u"prices"_s, m_workspace, u"--import"_s, this->list(list), u"--format"_s, format });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString mismatch = goldenMismatch(result.out.toUtf8(), QFINDTESTDATA("data") + u'/' + golden);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before); // a review writes nothing
}

void TestCliPrices::applyWritesTheNewPricesOnce()
{
    const QStringList apply { u"prices"_s, m_workspace, u"--import"_s, list(u"litellm-small.json"_s), u"--apply"_s };
    const CliFixture::Result first = CliFixture::run(apply);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.err.contains(u"models changed: 4"_s), qPrintable(first.err));
    const WorkspaceLoad load = readWorkspaceFile(m_workspace);
    QVERIFY(load.ok());
    QCOMPARE(load.workspace.model(u"gpt41"_s)->price, (Price { 1.8, 7.2, 0.45, std::nullopt }));
    QCOMPARE(load.workspace.model(u"flash"_s)->contextWindow, 1048576);
    QCOMPARE(load.workspace.model(u"o1pro"_s)->price, (Price { 150, 600 })); // its entry was refused

    const CliFixture::Result second = CliFixture::run(apply);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains(u"nothing to apply"_s), qPrintable(second.err));
    QVERIFY(second.out.contains(u"models with new prices: 0"_s));
}

void TestCliPrices::failures_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the workspace
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no list") << QStringList() << 2 << u"--import FILE is required"_s;
    QTest::newRow("unknown format") << QStringList { u"--import"_s, u"x.json"_s, u"--format"_s, u"csv"_s } << 2
                                    << u"unknown format 'csv'"_s;
    QTest::newRow("missing file") << QStringList { u"--import"_s, u"/nonexistent/prices.json"_s } << 1
                                  << u"cannot read /nonexistent/prices.json"_s;
    QTest::newRow("not a list") << QStringList { u"--import"_s, u"WORKSPACE"_s } << 1 << u"is not JSON"_s;
}

void TestCliPrices::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"WORKSPACE"_s, m_workspace);
    const CliFixture::Result result = CliFixture::run(QStringList { u"prices"_s, m_workspace } + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliPrices)
#include "tst_cliprices.moc"
