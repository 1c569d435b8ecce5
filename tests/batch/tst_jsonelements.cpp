// SPDX-License-Identifier: GPL-3.0-or-later
// forEachArrayElement: the elements of the array under a key, found without parsing the document,
// whatever the strings around and inside them hold.
#include "batch/jsonelements.h"

#include <QTest>

class TestJsonElements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elements_data();
    void elements();
    void stopsWhenAsked();
};

void TestJsonElements::elements_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QList<QByteArray>>("expected");

    QTest::newRow("nested under an object of the same key")
        << QByteArray(R"({"response":{"items":{"items":[{"a":1},{"b":[2,3]}]}}})") << true
        << QList<QByteArray> { R"({"a":1})", R"({"b":[2,3]})" };
    QTest::newRow("spaces and scalars")
        << QByteArray("{ \"items\" :\n [ 1 , \"two\" ,{ \"x\" : null } , true ] }") << true
        << QList<QByteArray> { "1", "\"two\"", "{ \"x\" : null }", "true" };
    QTest::newRow("brackets, quotes and the key inside strings")
        << QByteArray(R"({"name":"items","items":[{"t":"a ] } [ \"items\": [ \\"},{"t":"b"}]})") << true
        << QList<QByteArray> { R"({"t":"a ] } [ \"items\": [ \\"})", R"({"t":"b"})" };
    QTest::newRow("the key as a value only") << QByteArray(R"({"name":"items","other":[1]})") << false
                                             << QList<QByteArray> {};
    QTest::newRow("empty array") << QByteArray(R"({"items":[]})") << true << QList<QByteArray> {};
    QTest::newRow("cut off inside the array") << QByteArray(R"({"items":[{"a":1},{"b":)") << false
                                              << QList<QByteArray> { R"({"a":1})" };
    QTest::newRow("cut off inside a string") << QByteArray(R"({"items":["abc)") << false << QList<QByteArray> {};
}

void TestJsonElements::elements()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, found);
    QFETCH(QList<QByteArray>, expected);
    QList<QByteArray> seen;
    const bool ok = forEachArrayElement(json, "items", [&](QByteArrayView element) {
        seen.append(element.toByteArray());
        return true;
    });
    QCOMPARE(ok, found);
    QCOMPARE(seen, expected);
}

void TestJsonElements::stopsWhenAsked()
{
    int visits = 0;
    QVERIFY(forEachArrayElement(R"({"items":[1,2,3]})", "items", [&](QByteArrayView) { return ++visits < 2; }));
    QCOMPARE(visits, 2);
}

QTEST_GUILESS_MAIN(TestJsonElements)
#include "tst_jsonelements.moc"
