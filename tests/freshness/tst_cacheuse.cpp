// SPDX-License-Identifier: GPL-3.0-or-later
#include "freshness/cacheuse.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime nov3 = QDateTime(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC);

// answers fresh answers, cached ones given on the days after nov3 listed, and errors.
QList<ResultRecord> results(int fresh, const QList<int>& cachedDays, int errors)
{
    QList<ResultRecord> records;
    for (int i = 0; i < fresh; ++i)
        records.append(ResultRecord {});
    for (int day : cachedDays) {
        ResultRecord record;
        record.cached = true;
        record.cachedAt = nov3.addDays(day);
        records.append(record);
    }
    for (int i = 0; i < errors; ++i) {
        ResultRecord record;
        record.errorKind = u"fatal"_s;
        records.append(record);
    }
    return records;
}
} // namespace

class TestCacheUse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts()
    {
        const CacheUse use = cacheUseOf(results(2, { 4, 0, 2 }, 3));
        QCOMPARE(use.answers, 5); // errors carry no answer
        QCOMPARE(use.cached, 3);
        QCOMPARE(use.oldest, nov3);
        QCOMPARE(use.newest, nov3.addDays(4));
        QCOMPARE(use.share(), 0.6);
        QVERIFY(use.isMostlyCached());
    }

    void warning_data()
    {
        QTest::addColumn<int>("fresh");
        QTest::addColumn<QList<int>>("cachedDays");
        QTest::addColumn<QString>("warning");
        QTest::newRow("nothing cached") << 4 << QList<int>() << QString();
        QTest::newRow("half is not mostly") << 2 << QList<int> { 0, 0 } << QString();
        QTest::newRow("one day") << 1 << QList<int>(12, 0) << u"92% of these answers were cached on 3 Nov 2026"_s;
        QTest::newRow("several days") << 0 << QList<int> { 0, 5 }
                                      << u"100% of these answers were cached, the oldest on 3 Nov 2026"_s;
        QTest::newRow("no answers") << 0 << QList<int>() << QString();
    }

    void warning()
    {
        QFETCH(int, fresh);
        QFETCH(QList<int>, cachedDays);
        QFETCH(QString, warning);
        QCOMPARE(CacheWarning::text(cacheUseOf(results(fresh, cachedDays, 0))), warning);
    }

    void unknownDateStillWarns()
    {
        QList<ResultRecord> records = results(0, { 0, 0 }, 0);
        for (ResultRecord& record : records)
            record.cachedAt = {}; // written before the database kept the date
        QCOMPARE(CacheWarning::text(cacheUseOf(records)), u"100% of these answers came from the response cache"_s);
    }
};

QTEST_GUILESS_MAIN(TestCacheUse)
#include "tst_cacheuse.moc"
