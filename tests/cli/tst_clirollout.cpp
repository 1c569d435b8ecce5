// SPDX-License-Identifier: GPL-3.0-or-later
// signalbox-cli rollout, run as a process on a copy of the helpdesk workspace with a routing map:
// a plan started, moved, finished and abandoned, each written into the workspace file, and the
// edits that cannot be made.
#include "clifixture.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <memory>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString routed = u"routed"_s;
} // namespace

class tst_CliRollout : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<CliFixture>();
        QVERIFY(m_fixture->isValid());
        WorkspaceLoad load = readWorkspaceFile(m_fixture->workspace());
        QVERIFY(load.ok());
        load.workspace.routing.routes
            = { { u"tickets"_s, { u"haiku"_s, u"mini"_s }, u"cheapest-passing"_s, std::nullopt } };
        QString error;
        QVERIFY2(writeWorkspaceFile(load.workspace, m_fixture->workspace(routed), &error), qPrintable(error));
    }

    void aPlanFromStartToFinish()
    {
        const QString path = m_fixture->workspace(routed);
        CliFixture::Result result = rollout({ u"--to"_s, u"flash"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out.section(u'\n', 0, 0),
                 u"tickets: rollout from haiku to flash at 5% (stages 5, 25, 50, 100%); haiku serves the other 95%"_s);
        QVERIFY(plan() == (RolloutPlan { u"haiku"_s, u"flash"_s, { 5, 25, 50, 100 }, 5 }));

        QCOMPARE(rollout({ u"--advance"_s }).exitCode, 0);
        QCOMPARE(plan()->stage, 25);
        QCOMPARE(rollout({ u"--stage"_s, u"100"_s }).exitCode, 0);
        QCOMPARE(plan()->stage, 100);
        result = rollout({ u"--advance"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"at its last stage (100%); finish it"_s), qPrintable(result.err));

        QCOMPARE(rollout({ u"--finish"_s }).exitCode, 0);
        const Route route = *readWorkspaceFile(path).workspace.routing.routeFor(u"tickets"_s);
        QCOMPARE(route.chain, (QStringList { u"flash"_s, u"mini"_s }));
        QCOMPARE(route.rule, u"manual"_s);
        QVERIFY(!route.rollout);
        QCOMPARE(rollout({}).out, u"tickets: no rollout; flash serves all of its traffic\n"_s);
    }

    void ownStagesAndAbandon()
    {
        QCOMPARE(rollout({ u"--to"_s, u"mini"_s, u"--stages"_s, u"10,50"_s, u"--stage"_s, u"50"_s }).exitCode, 0);
        QVERIFY(plan() == (RolloutPlan { u"haiku"_s, u"mini"_s, { 10, 50 }, 50 }));
        QCOMPARE(rollout({ u"--abandon"_s }).exitCode, 0);
        const Route route = *readWorkspaceFile(m_fixture->workspace(routed)).workspace.routing.routeFor(u"tickets"_s);
        QCOMPARE(route.chain, (QStringList { u"haiku"_s, u"mini"_s }));
        QVERIFY(!route.rollout);
    }

    void editsThatCannotBeMade_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no plan to advance") << QStringList { u"--advance"_s } << 1 << u"has no rollout plan"_s;
        QTest::newRow("unknown model") << QStringList { u"--to"_s, u"gpt-9"_s } << 1
                                       << u"model 'gpt-9' is not defined"_s;
        QTest::newRow("already primary") << QStringList { u"--to"_s, u"haiku"_s } << 1 << u"already the primary"_s;
        QTest::newRow("stage not in plan") << QStringList { u"--to"_s, u"flash"_s, u"--stage"_s, u"30"_s } << 1
                                           << u"30% is not one of the stages 5, 25, 50, 100%"_s;
        QTest::newRow("falling stages") << QStringList { u"--to"_s, u"flash"_s, u"--stages"_s, u"50,25"_s } << 2
                                        << u"stages must grow"_s;
        QTest::newRow("two actions") << QStringList { u"--advance"_s, u"--finish"_s } << 2 << u"give one of"_s;
        QTest::newRow("stages without --to") << QStringList { u"--stages"_s, u"5,100"_s } << 2
                                             << u"--stages belongs to a new rollout"_s;
        QTest::newRow("unknown category") << QStringList { u"--category"_s, u"nope"_s } << 2
                                          << u"no category 'nope'"_s;
    }

    void editsThatCannotBeMade()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = fileText();
        const CliFixture::Result result = rollout(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(fileText(), before); // nothing written
    }

private:
    CliFixture::Result rollout(const QStringList& options) const
    {
        QStringList arguments { u"rollout"_s, m_fixture->workspace(routed) };
        if (!options.contains(u"--category"_s))
            arguments << u"--category"_s << u"tickets"_s;
        return CliFixture::run(arguments + options);
    }

    std::optional<RolloutPlan> plan() const
    {
        const WorkspaceLoad load = readWorkspaceFile(m_fixture->workspace(routed));
        const Route* route = load.workspace.routing.routeFor(u"tickets"_s);
        return route ? route->rollout : std::nullopt;
    }

    QByteArray fileText() const
    {
        QFile file(m_fixture->workspace(routed));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<CliFixture> m_fixture;
};

QTEST_GUILESS_MAIN(tst_CliRollout)
#include "tst_clirollout.moc"
