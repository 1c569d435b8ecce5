// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/displayformat.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDisplayFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void dollars_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << 0.15 << u"$0.15"_s;
        QTest::newRow("tenth") << 0.6 << u"$0.60"_s;
        QTest::newRow("whole") << 10.0 << u"$10.00"_s;
        QTest::newRow("fraction of a cent") << 0.075 << u"$0.075"_s;
        QTest::newRow("smallest") << 0.0001 << u"$0.0001"_s;
        QTest::newRow("zero") << 0.0 << u"$0.00"_s;
    }

    void dollars()
    {
        QFETCH(double, amount);
        QFETCH(QString, text);
        QCOMPARE(DisplayFormat::dollars(amount), text);
    }

    void percent_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 0.9 << u"90%"_s;
        QTest::newRow("half") << 0.925 << u"92.5%"_s;
        QTest::newRow("all") << 1.0 << u"100%"_s;
        QTest::newRow("none") << 0.0 << u"0%"_s;
    }

    void percent()
    {
        QFETCH(double, fraction);
        QFETCH(QString, text);
        QCOMPARE(DisplayFormat::percent(fraction), text);
    }

    void oneLine()
    {
        QCOMPARE(DisplayFormat::oneLine(u"a\n  b\tc"_s), u"a b c"_s);
        const QString line = DisplayFormat::oneLine(QString(500, u'x'), 10);
        QCOMPARE(line.size(), 10);
        QVERIFY(line.endsWith(QChar(0x2026)));
    }

    void naturalSortKey()
    {
        QVERIFY(DisplayFormat::naturalSortKey(u"t2"_s) < DisplayFormat::naturalSortKey(u"t10"_s));
        QVERIFY(DisplayFormat::naturalSortKey(u"T2b"_s) < DisplayFormat::naturalSortKey(u"t2c"_s));
        QVERIFY(DisplayFormat::naturalSortKey(u"a9"_s) < DisplayFormat::naturalSortKey(u"b1"_s));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
