// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/jsontext.h"
#include "scoring/scorervalue.h"
#include "scoring/textmetrics.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// The helpers under the scorers: JSON in text, paths, tolerant equality, text measures.
class TestJsonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equivalent_data()
    {
        QTest::addColumn<QString>("actual"); // JSON text
        QTest::addColumn<QVariant>("expected"); // as a workspace file gives it
        QTest::addColumn<bool>("equal");

        QTest::newRow("number, text") << QStringLiteral("42") << QVariant(QStringLiteral("42")) << true;
        QTest::newRow("number, decimal text") << QStringLiteral("42") << QVariant(QStringLiteral("42.0")) << true;
        QTest::newRow("number text, number") << QStringLiteral("\"42\"") << QVariant(42) << true;
        QTest::newRow("number text with spaces") << QStringLiteral("\" 42 \"") << QVariant(42) << true;
        QTest::newRow("rounding") << QStringLiteral("0.30000000000000004") << QVariant(QStringLiteral("0.3")) << true;
        QTest::newRow("large numbers, relative")
            << QStringLiteral("1e15") << QVariant(QStringLiteral("1000000000000000.1")) << true;
        QTest::newRow("different numbers") << QStringLiteral("0.31") << QVariant(QStringLiteral("0.3")) << false;
        QTest::newRow("number, words") << QStringLiteral("42") << QVariant(QStringLiteral("forty-two")) << false;
        QTest::newRow("bool") << QStringLiteral("true") << QVariant(QStringLiteral("true")) << true;
        QTest::newRow("bool text any case") << QStringLiteral("\"False\"") << QVariant(false) << true;
        QTest::newRow("bool differs") << QStringLiteral("true") << QVariant(QStringLiteral("false")) << false;
        QTest::newRow("bool, number") << QStringLiteral("true") << QVariant(1) << false;
        QTest::newRow("text exact") << QStringLiteral("\"billing\"") << QVariant(QStringLiteral("billing")) << true;
        QTest::newRow("text case") << QStringLiteral("\"Billing\"") << QVariant(QStringLiteral("billing")) << false;
        QTest::newRow("text spaces") << QStringLiteral("\"billing \"") << QVariant(QStringLiteral("billing")) << false;
        QTest::newRow("quoted text value") << QStringLiteral("\"42\"") << QVariant(QStringLiteral("\"42\"")) << true;
        QTest::newRow("null") << QStringLiteral("null") << QVariant(QStringLiteral("null")) << true;
        QTest::newRow("null, empty text") << QStringLiteral("null") << QVariant(QString()) << false;
        QTest::newRow("array, list") << QStringLiteral("[1, \"a\"]")
                                     << QVariant(QStringList { QStringLiteral("1"), QStringLiteral("a") }) << true;
        QTest::newRow("array order") << QStringLiteral("[1, 2]") << QVariant(QStringLiteral("[2, 1]")) << false;
        QTest::newRow("array length") << QStringLiteral("[1, 2]") << QVariant(QStringLiteral("[1]")) << false;
        QTest::newRow("object") << QStringLiteral("{\"b\": 2, \"a\": [true]}")
                                << QVariant(QStringLiteral("{\"a\": [\"true\"], \"b\": 2.0}")) << true;
        QTest::newRow("object extra key")
            << QStringLiteral("{\"a\": 1, \"b\": 2}") << QVariant(QStringLiteral("{\"a\": 1}")) << false;
        QTest::newRow("mapping") << QStringLiteral("{\"a\": 1}") << QVariant(QVariantMap { { QStringLiteral("a"), 1 } })
                                 << true;
    }

    void equivalent()
    {
        QFETCH(QString, actual);
        QFETCH(QVariant, expected);
        QFETCH(bool, equal);
        const auto parsed = parseJson(actual);
        QVERIFY(parsed);
        QCOMPARE(jsonEquivalent(*parsed, jsonFromValue(expected)), equal);
    }

    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("found"); // JSON text; empty: nothing there

        QTest::newRow("field") << QStringLiteral("customer.name") << QStringLiteral("\"Ann\"");
        QTest::newRow("index") << QStringLiteral("customer.emails[1]") << QStringLiteral("\"b@x.org\"");
        QTest::newRow("last") << QStringLiteral("customer.emails[-1]") << QStringLiteral("\"b@x.org\"");
        QTest::newRow("before first") << QStringLiteral("customer.emails[-3]") << QString();
        QTest::newRow("past the end") << QStringLiteral("customer.emails[2]") << QString();
        QTest::newRow("$.") << QStringLiteral("$.customer.name") << QStringLiteral("\"Ann\"");
        QTest::newRow("$[") << QStringLiteral("$[\"customer\"].name") << QStringLiteral("\"Ann\"");
        QTest::newRow("$ alone") << QStringLiteral("$") << QString();
        QTest::newRow("quoted key with dot") << QStringLiteral("meta['a.b']") << QStringLiteral("1");
        QTest::newRow("key with space") << QStringLiteral("meta.first name") << QStringLiteral("\"Ann\"");
        QTest::newRow("nested arrays") << QStringLiteral("grid[1][0]") << QStringLiteral("3");
        QTest::newRow("index into object") << QStringLiteral("customer[0]") << QString();
        QTest::newRow("key into array") << QStringLiteral("grid.a") << QString();
        QTest::newRow("missing") << QStringLiteral("customer.phone") << QString();
        QTest::newRow("null value is found") << QStringLiteral("none") << QStringLiteral("null");
    }

    void paths()
    {
        QFETCH(QString, path);
        QFETCH(QString, found);
        const QString document = QStringLiteral(
            "{\"customer\": {\"name\": \"Ann\", \"emails\": [\"a@x.org\", \"b@x.org\"]},"
            " \"meta\": {\"a.b\": 1, \"first name\": \"Ann\"}, \"grid\": [[1, 2], [3]], \"none\": null}");
        const JsonPath parsed = JsonPath::parse(path);
        QVERIFY(parsed.isValid());
        const auto value = parsed.find(*parseJson(document));
        if (path == QLatin1String("$")) {
            QVERIFY(value && value->isObject());
            return;
        }
        QCOMPARE(value.has_value(), !found.isEmpty());
        if (value)
            QCOMPARE(jsonToText(*value), found);
    }

    void parseWholeText()
    {
        QVERIFY(parseJson(QStringLiteral(" {\"a\": 1}\n")));
        QCOMPARE(parseJson(QStringLiteral("\"é\""))->toString(), QStringLiteral("é"));
        QCOMPARE(parseJson(QStringLiteral("-1.5e2"))->toDouble(), -150.0);
        QVERIFY(!parseJson(QString()));
        QVERIFY(!parseJson(QStringLiteral("1, 2")));
        QVERIFY(!parseJson(QStringLiteral("1] , [2")));
        QVERIFY(!parseJson(QStringLiteral("{'a': 1}")));
        QString error;
        QVERIFY(!parseJson(QStringLiteral("{\"a\": tru}"), &error));
        QVERIFY2(error.contains(QLatin1String("at character")), qPrintable(error));
    }

    void findInText()
    {
        const QList<QJsonValue> found = findJsonInText(QStringLiteral(
            "First {\"a\": 1}, then a fence:\n```json\n[1, 2]\n```\nthen {broken} and {\"b\": {\"c\": \"}\"}} end"));
        QCOMPARE(found.size(), 3);
        QVERIFY(found.at(0).isArray()); // fences first
        QCOMPARE(found.at(1).toObject().value(QLatin1String("a")).toInt(), 1);
        QCOMPARE(found.at(2).toObject().value(QLatin1String("b")).toObject().value(QLatin1String("c")).toString(),
                 QStringLiteral("}"));
        QVERIFY(findJsonInText(QStringLiteral("see [1] and [2]")).isEmpty());
        QVERIFY(findJsonInText(QStringLiteral("{{{{{{{{")).isEmpty());
        QCOMPARE(extractJson(QStringLiteral("[1]"))->toArray().size(), 1);
    }

    void manyBracesStayFast()
    {
        const QString text = QString(20000, u'{') + QStringLiteral("{\"late\": 1}");
        QElapsedTimer timer;
        timer.start();
        findJsonInText(text);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void levenshtein_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");

        QTest::newRow("kitten") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
        QTest::newRow("same") << QStringLiteral("abc") << QStringLiteral("abc") << 0;
        QTest::newRow("empty") << QString() << QStringLiteral("abc") << 3;
        QTest::newRow("both empty") << QString() << QString() << 0;
        QTest::newRow("insert") << QStringLiteral("flaw") << QStringLiteral("lawn") << 2;
        QTest::newRow("accent") << QStringLiteral("cafe") << QStringLiteral("café") << 1;
        QTest::newRow("emoji is one") << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F601") << 1;
        QTest::newRow("emoji against letter") << QStringLiteral("a\U0001F600") << QStringLiteral("ab") << 1;
    }

    void levenshtein()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(levenshteinDistance(a, b), distance);
        QCOMPARE(levenshteinDistance(b, a), distance);
    }

    void normalized()
    {
        QCOMPARE(normalizedForComparison(QStringLiteral("  Hello,\t\n World!!  ")), QStringLiteral("hello world"));
        QCOMPARE(normalizedForComparison(QStringLiteral("\uFF21\uFF22\uFF23")),
                 QStringLiteral("abc")); // full-width letters
        QCOMPARE(normalizedForComparison(QStringLiteral("\u00ABQuoted\u00BB \u2014 text")),
                 QStringLiteral("quoted text"));
        QCOMPARE(normalizedForComparison(QStringLiteral("$5 + 3%")), QStringLiteral("$5 + 3"));
        QCOMPARE(normalizedForComparison(QStringLiteral("Stra\u00DFe \U0001F600")),
                 QStringLiteral("stra\u00DFe \U0001F600"));
        QCOMPARE(normalizedForComparison(QString()), QString());
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("number"); // NaN: none

        QTest::newRow("integer") << QStringLiteral("42") << 42.0;
        QTest::newRow("in prose") << QStringLiteral("The total is 17 EUR") << 17.0;
        QTest::newRow("negative") << QStringLiteral("= -3.5") << -3.5;
        QTest::newRow("plus") << QStringLiteral("+2") << 2.0;
        QTest::newRow("unicode minus") << QStringLiteral("\u22124") << -4.0;
        QTest::newRow("hyphen in a word is no sign") << QStringLiteral("item-5") << 5.0;
        QTest::newRow("thousands") << QStringLiteral("1,234,567.5 people") << 1234567.5;
        QTest::newRow("list of small numbers") << QStringLiteral("1,2,3") << 1.0;
        QTest::newRow("leading dot") << QStringLiteral(".5") << 0.5;
        QTest::newRow("exponent") << QStringLiteral("6.02e23") << 6.02e23;
        QTest::newRow("currency") << QStringLiteral("$42.00") << 42.0;
        QTest::newRow("none") << QStringLiteral("forty-two") << std::nan("");
        QTest::newRow("empty") << QString() << std::nan("");
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(double, number);
        const auto found = firstNumber(text);
        QCOMPARE(found.has_value(), !std::isnan(number));
        if (found)
            QCOMPARE(*found, number);
    }

    void words()
    {
        QCOMPARE(wordCount(QStringLiteral("one two  three")), 3);
        QCOMPARE(wordCount(QStringLiteral(" \n\t ")), 0);
        QCOMPARE(wordCount(QStringLiteral("a\u00A0b")), 2); // no-break space separates too
    }

    void placeholders()
    {
        TestCase testCase { QStringLiteral("t1") };
        testCase.expected = QStringLiteral("billing");
        testCase.prompt = QStringLiteral("Two charges");
        testCase.vars.insert(QStringLiteral("product"), QStringLiteral("Mobile"));
        testCase.vars.insert(QStringLiteral("expected"), QStringLiteral("shadowed"));
        QCOMPARE(fillPlaceholders(QStringLiteral("{{expected}}/{{ product }}/{{input}}/{{missing}}/{{}}"), testCase),
                 QStringLiteral("billing/Mobile/Two charges/{{missing}}/{{}}"));
        QCOMPARE(fillPlaceholders(QStringLiteral("{{product}}{{product}}"), testCase), QStringLiteral("MobileMobile"));
        QVERIFY(hasPlaceholder(QStringLiteral("a {{ x }} b")));
        QVERIFY(!hasPlaceholder(QStringLiteral("a {x} b")));

        const ScorerSpec listSpec { QStringLiteral("contains-all"),
                                    QStringList { QStringLiteral("{{expected}}"), QStringLiteral("{{product}}") } };
        QCOMPARE(resolvedValue(listSpec, testCase, true).toStringList(),
                 (QStringList { QStringLiteral("billing"), QStringLiteral("Mobile") }));
        QCOMPARE(resolvedValue(ScorerSpec { QStringLiteral("equals") }, testCase, true).toString(),
                 QStringLiteral("billing"));
        QVERIFY(!resolvedValue(ScorerSpec { QStringLiteral("regex") }, testCase, false).isValid());
    }

    void commaSeparated()
    {
        QCOMPARE(splitCommaSeparated(QStringLiteral("a, b ,c")),
                 (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(splitCommaSeparated(QStringLiteral("\"x, y\", z")),
                 (QStringList { QStringLiteral("x, y"), QStringLiteral("z") }));
        QCOMPARE(splitCommaSeparated(QStringLiteral("single")), QStringList { QStringLiteral("single") });
        QVERIFY(splitCommaSeparated(QStringLiteral(" , ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
