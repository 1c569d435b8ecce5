// SPDX-License-Identifier: GPL-3.0-or-later
// The response cache must not hide drift: a simulated model gets much worse between two runs of the
// same benchmark. Once its cached answers are older than the limit (or with --cache-max-age 0, or
// the workspace's run.cache_max_age_days: 0) the second run asks it again and the report finds the
// regression; while they are fresh the second run reuses them, and report and suggest say so.
#include "clifixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString name = u"drift"_s;

// Makes every cached answer as old as the given number of days, as if the first run was that long ago.
bool ageCache(const QString& databasePath, int days)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"age-cache"_s);
        db.setDatabaseName(databasePath);
        QSqlQuery query(db);
        const qint64 then = QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch();
        ok = db.open() && query.exec(u"UPDATE response_cache SET stored_at = %1"_s.arg(then))
            && query.numRowsAffected() > 0;
    }
    QSqlDatabase::removeDatabase(u"age-cache"_s);
    return ok;
}

QString newestRunId(const CliFixture& fixture)
{
    const QList<RunInfo> runs = fixture.runs(name);
    return runs.isEmpty() ? QString() : runs.constFirst().id;
}
} // namespace

class TestCliCacheDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regressionFoundOnceTheCacheCannotHideIt_data();
    void regressionFoundOnceTheCacheCannotHideIt();
    void outOfRangeAgeIsAUsageError();
    void outOfRangeWorkspaceSettingIsALocatedError();
};

void TestCliCacheDrift::regressionFoundOnceTheCacheCannotHideIt_data()
{
    QTest::addColumn<int>("ageDays"); // how old the first run's cached answers are made; 0: left fresh
    QTest::addColumn<QStringList>("runOptions");
    QTest::addColumn<QString>("setting"); // a run: mapping added to the workspace, or empty
    QTest::addColumn<int>("reportExit");
    QTest::addColumn<bool>("cached");

    QTest::newRow("fresh entries are reused, with a warning") << 0 << QStringList() << QString() << 0 << true;
    QTest::newRow("entries older than the default 7 days") << 8 << QStringList() << QString() << 1 << false;
    QTest::newRow("entries 3 days old within 2 days set in the workspace")
        << 3 << QStringList() << u"run:\n  cache_max_age_days: 2\n"_s << 1 << false;
    QTest::newRow("entries 3 days old within 5 days set in the workspace")
        << 3 << QStringList() << u"run:\n  cache_max_age_days: 5\n"_s << 0 << true;
    QTest::newRow("--cache-max-age 0 at once") << 0 << QStringList { u"--cache-max-age"_s, u"0"_s } << QString() << 1
                                               << false;
    QTest::newRow("--cache-max-age 1 over 3-day-old entries")
        << 3 << QStringList { u"--cache-max-age=1"_s } << QString() << 1 << false;
}

void TestCliCacheDrift::regressionFoundOnceTheCacheCannotHideIt()
{
    QFETCH(int, ageDays);
    QFETCH(QStringList, runOptions);
    QFETCH(QString, setting);
    QFETCH(int, reportExit);
    QFETCH(bool, cached);
    CliFixture fixture;
    QVERIFY(fixture.isValid());
    const QString workspace = fixture.workspace(name);
    if (!setting.isEmpty())
        QVERIFY(CliFixture::rewrite(workspace, u"providers:\n"_s, setting + u"providers:\n"_s));

    const CliFixture::Result first = CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString baseline = newestRunId(fixture);
    QVERIFY(!baseline.isEmpty());
    if (ageDays > 0)
        QVERIFY(ageCache(fixture.database(name), ageDays));

    // The provider's model got much worse on the category.
    QVERIFY(CliFixture::rewrite(workspace, u"skill: 0.95"_s, u"skill: 0.05"_s));
    const CliFixture::Result second = CliFixture::run(QStringList { u"run"_s, workspace, u"--sandbox"_s } + runOptions);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QString current = newestRunId(fixture);
    QVERIFY(current != baseline);

    const QList<ResultRecord> results = fixture.results(current, name);
    QCOMPARE(results.size(), 24);
    for (const ResultRecord& result : results) {
        QCOMPARE(result.cached, cached);
        QCOMPARE(result.cachedAt.isValid(), cached);
    }
    QCOMPARE(second.out.contains(u"24 of 24 answers came from the response cache"_s), cached);

    const CliFixture::Result report = CliFixture::run(
        { u"report"_s, workspace, u"--run"_s, current, u"--baseline"_s, baseline, u"--fail-on-regression"_s });
    QVERIFY2(report.exitCode == reportExit, qPrintable(report.out + report.err));
    QCOMPARE(report.err.contains(u"100% of these answers were cached on "_s), cached);
    if (reportExit == 1)
        QVERIFY2(report.err.contains(u"regression"_s), qPrintable(report.err));

    const CliFixture::Result suggest = CliFixture::run({ u"suggest"_s, workspace, u"--run"_s, current });
    QCOMPARE(suggest.exitCode, 0);
    QCOMPARE(suggest.err.contains(u"100% of these answers were cached on "_s), cached);
}

void TestCliCacheDrift::outOfRangeAgeIsAUsageError()
{
    CliFixture fixture;
    QVERIFY(fixture.isValid());
    for (const QString& age : { u"-1"_s, u"366"_s, u"soon"_s }) {
        const CliFixture::Result run
            = CliFixture::run({ u"run"_s, fixture.workspace(name), u"--sandbox"_s, u"--cache-max-age"_s, age });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--cache-max-age must be a whole number from 0 to 365"_s), qPrintable(run.err));
    }
    QVERIFY(fixture.runs(name).isEmpty());
}

void TestCliCacheDrift::outOfRangeWorkspaceSettingIsALocatedError()
{
    CliFixture fixture;
    QVERIFY(fixture.isValid());
    const QString workspace = fixture.workspace(name);
    QVERIFY(CliFixture::rewrite(workspace, u"providers:\n"_s, u"run:\n  cache_max_age_days: 400\nproviders:\n"_s));
    const CliFixture::Result run = CliFixture::run({ u"run"_s, workspace, u"--sandbox"_s });
    QCOMPARE(run.exitCode, 1); // as for any workspace with errors
    QVERIFY2(run.err.contains(u"drift.signalbox.yaml:5:"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"cache_max_age_days: expected at most 365 days, found 400"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCacheDrift)
#include "tst_clicachedrift.moc"
