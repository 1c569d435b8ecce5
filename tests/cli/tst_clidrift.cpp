// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli drift on the drift workspace: a map accepted on one run (suggest --apply), then what
// a later run, a price list or the cache make of it, and the exit codes a CI job acts on.
#include "clifixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString name = u"drift"_s;

QStringList kinds(const QString& json)
{
    QStringList found;
    for (const QJsonValue& item : QJsonDocument::fromJson(json.toUtf8()).object().value(u"items"_s).toArray())
        found.append(item[u"kind"_s].toString() + u'/' + item[u"model"_s].toString());
    return found;
}
} // namespace

class TestCliDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void acceptedMapNeedsNoDecision();
    void regressionOfTheRoutedModel();
    void priceListMovesTheWinner();
    void mostlyCachedRunIsFlagged();
    void wrongCommandLines_data();
    void wrongCommandLines();

private:
    QString newestRun() const { return m_fixture->runs(name).constFirst().id; }
    CliFixture::Result drift(const QStringList& options) const
    {
        return CliFixture::run(QStringList { u"drift"_s, m_workspace, u"--baseline"_s, m_baseline } + options);
    }

    std::unique_ptr<CliFixture> m_fixture;
    QString m_workspace;
    QString m_baseline;
};

// The benchmark runs, and its suggestion (mini: cheapest to meet the bar) becomes the map.
void TestCliDrift::init()
{
    m_fixture = std::make_unique<CliFixture>();
    QVERIFY(m_fixture->isValid());
    m_workspace = m_fixture->workspace(name);
    QCOMPARE(CliFixture::run({ u"run"_s, m_workspace, u"--sandbox"_s }).exitCode, 0);
    m_baseline = newestRun();
    const CliFixture::Result accepted = CliFixture::run({ u"suggest"_s, m_workspace, u"--apply"_s });
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QVERIFY2(accepted.out.contains(u"Wrote the suggested routes"_s), qPrintable(accepted.out));
}

void TestCliDrift::acceptedMapNeedsNoDecision()
{
    const CliFixture::Result result = drift({});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(u"Nothing needs a decision."_s));
    const CliFixture::Result json = drift({ u"--format"_s, u"json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"needs_decision"_s), QJsonValue(false));
    QCOMPARE(root.value(u"baseline"_s).toString(), m_baseline);
    QCOMPARE(root.value(u"items"_s).toArray().size(), 0);
}

void TestCliDrift::regressionOfTheRoutedModel()
{
    QVERIFY(CliFixture::rewrite(m_workspace, u"skill: 0.95"_s, u"skill: 0.05"_s));
    QCOMPARE(CliFixture::run({ u"run"_s, m_workspace, u"--sandbox"_s, u"--cache-max-age"_s, u"0"_s }).exitCode, 0);
    const CliFixture::Result result = drift({ u"--format"_s, u"json"_s, u"--fail-on"_s, u"regression"_s });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(kinds(result.out), (QStringList { u"regression/mini"_s, u"new-winner/steady"_s }));
    const CliFixture::Result table = drift({});
    QCOMPARE(table.exitCode, 1);
    QVERIFY2(table.out.contains(u"mini    accuracy fell from 100.0% to "_s), qPrintable(table.out));
}

// At the run's prices mini won; a list that makes it dearer than steady moves the winner.
void TestCliDrift::priceListMovesTheWinner()
{
    const QString list = QFileInfo(m_workspace).dir().filePath(u"prices.json"_s);
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"gpt-4o-mini": {"input_cost_per_token": 5e-05, "output_cost_per_token": 5e-05, "litellm_provider": "openai"},
                   "gpt-4.1": {"input_cost_per_token": 1e-07, "output_cost_per_token": 1e-07, "litellm_provider": "openai"}})");
    file.close();
    const CliFixture::Result regressionOnly
        = drift({ u"--prices"_s, list, u"--format"_s, u"json"_s, u"--fail-on"_s, u"regression"_s });
    QCOMPARE(regressionOnly.exitCode, 0); // a decision, but not a regression
    QCOMPARE(kinds(regressionOnly.out), QStringList { u"price-moves-winner/steady"_s });
    const CliFixture::Result any = drift({ u"--prices"_s, list });
    QCOMPARE(any.exitCode, 1);
    QVERIFY2(any.out.contains(u"mini won at the run's prices, steady wins at today's"_s), qPrintable(any.out));
    const CliFixture::Result unreadable = drift({ u"--prices"_s, list + u".missing"_s });
    QCOMPARE(unreadable.exitCode, 2);
}

void TestCliDrift::mostlyCachedRunIsFlagged()
{
    QCOMPARE(CliFixture::run({ u"run"_s, m_workspace, u"--sandbox"_s }).exitCode, 0);
    const CliFixture::Result result = drift({ u"--run"_s, newestRun(), u"--format"_s, u"json"_s });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(kinds(result.out), QStringList { u"mostly-cached/mini"_s });
    QVERIFY(result.out.contains(u"100% of these answers were cached on "_s));
}

void TestCliDrift::wrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no baseline") << QStringList { u"drift"_s, u"WS"_s } << u"--baseline RUN is required"_s;
    QTest::newRow("max age") << QStringList { u"drift"_s, u"WS"_s, u"--baseline"_s, u"x"_s, u"--max-age"_s, u"0"_s }
                             << u"--max-age must be a whole number of days from 1 to 3650"_s;
    QTest::newRow("fail-on") << QStringList { u"drift"_s, u"WS"_s, u"--baseline"_s, u"x"_s, u"--fail-on"_s, u"some"_s }
                             << u"unknown --fail-on 'some'"_s;
    QTest::newRow("format") << QStringList { u"drift"_s, u"WS"_s, u"--baseline"_s, u"x"_s, u"--format"_s, u"csv"_s }
                            << u"unknown format 'csv'"_s;
    QTest::newRow("unknown run") << QStringList { u"drift"_s, u"WS"_s, u"--baseline"_s, u"1999-01-01T00-00-00"_s }
                                 << u"1999-01-01T00-00-00"_s;
}

void TestCliDrift::wrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"WS"_s, m_workspace);
    const CliFixture::Result result = CliFixture::run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliDrift)
#include "tst_clidrift.moc"
