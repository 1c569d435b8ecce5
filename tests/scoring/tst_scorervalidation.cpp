// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/scorervalidation.h"

#include <cmath>
#include <limits>
#include <QTest>

namespace {
constexpr double none = std::numeric_limits<double>::quiet_NaN();
constexpr int ok = -1;

int keyOf(ScorerIssue::Key key)
{
    return int(key);
}

const int type = keyOf(ScorerIssue::Key::Type);
const int value = keyOf(ScorerIssue::Key::Value);
const int weight = keyOf(ScorerIssue::Key::Weight);
const int threshold = keyOf(ScorerIssue::Key::Threshold);
const int path = keyOf(ScorerIssue::Key::Path);

ScorerSpec makeSpec(const QString& typeName, const QVariant& scorerValue, double scorerThreshold = none,
                    const QString& scorerPath = {})
{
    ScorerSpec result { typeName, scorerValue };
    if (!std::isnan(scorerThreshold))
        result.threshold = scorerThreshold;
    result.path = scorerPath;
    return result;
}

QVariantMap bounds(const QVariant& min, const QVariant& max)
{
    QVariantMap map;
    if (min.isValid())
        map.insert(QStringLiteral("min"), min);
    if (max.isValid())
        map.insert(QStringLiteral("max"), max);
    return map;
}
} // namespace

class TestScorerValidation : public QObject
{
    Q_OBJECT
private:
    static void row(const char* name, const ScorerSpec& scorer, int key, const QString& message = {}, int offset = -1)
    {
        QTest::newRow(name) << scorer << key << message << offset;
    }

private Q_SLOTS:
    void spec_data()
    {
        QTest::addColumn<ScorerSpec>("scorer");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("offset");

        row("equals", makeSpec(QStringLiteral("equals"), QStringLiteral("billing")), ok);
        row("equals without value", makeSpec(QStringLiteral("equals"), QVariant()), ok);
        row("not-icontains", makeSpec(QStringLiteral("not-icontains"), QStringLiteral("sorry")), ok);
        row("empty type", makeSpec(QString(), QVariant()), type, QStringLiteral("needs a type"));
        row("typo", makeSpec(QStringLiteral("contain"), QStringLiteral("x")), type,
            QStringLiteral("did you mean 'contains'"));
        row("negated typo", makeSpec(QStringLiteral("not-icontain"), QStringLiteral("x")), type,
            QStringLiteral("did you mean 'not-icontains'"));
        row("regexp", makeSpec(QStringLiteral("regexp"), QStringLiteral("x")), type,
            QStringLiteral("did you mean 'regex'"));
        row("unknown", makeSpec(QStringLiteral("fuzzy"), QStringLiteral("x")), type,
            QStringLiteral("known types: equals"));
        row("negative weight", ScorerSpec { QStringLiteral("equals"), QStringLiteral("x"), -1.0 }, weight,
            QStringLiteral("0 or more"));
        row("NaN weight", ScorerSpec { QStringLiteral("equals"), QStringLiteral("x"), none }, weight);
        row("zero weight", ScorerSpec { QStringLiteral("equals"), QStringLiteral("x"), 0.0 }, ok);

        row("regex", makeSpec(QStringLiteral("regex"), QStringLiteral("^\\d+$")), ok);
        row("regex with placeholder", makeSpec(QStringLiteral("regex"), QStringLiteral("^{{expected}}$")), ok);
        row("regex unclosed group", makeSpec(QStringLiteral("regex"), QStringLiteral("ab(c")), value,
            QStringLiteral("at offset 4"), 4);
        row("regex bad quantifier", makeSpec(QStringLiteral("regex"), QStringLiteral("a**")), value,
            QStringLiteral("invalid regular expression"), 2);
        row("regex without value", makeSpec(QStringLiteral("regex"), QVariant()), value,
            QStringLiteral("needs a regular expression"));
        row("regex list", makeSpec(QStringLiteral("regex"), QStringList { QStringLiteral("a") }), value,
            QStringLiteral("one text"));
        row("regex empty", makeSpec(QStringLiteral("regex"), QString()), value, QStringLiteral("non-empty"));

        row("contains empty", makeSpec(QStringLiteral("contains"), QString()), value,
            QStringLiteral("matches every output"));
        row("contains list", makeSpec(QStringLiteral("contains"), QStringList { QStringLiteral("a") }), value,
            QStringLiteral("found a list"));
        row("contains mapping", makeSpec(QStringLiteral("icontains"), bounds(1, 2)), value,
            QStringLiteral("found a mapping"));
        row("contains with path",
            makeSpec(QStringLiteral("contains"), QStringLiteral("a"), none, QStringLiteral("a.b")), path,
            QStringLiteral("only json-field-equals"));
        row("contains-all list",
            makeSpec(QStringLiteral("contains-all"), QStringList { QStringLiteral("a"), QStringLiteral("b") }), ok);
        row("contains-all comma text", makeSpec(QStringLiteral("contains-all"), QStringLiteral("a, b")), ok);
        row("contains-all empty list", makeSpec(QStringLiteral("contains-all"), QStringList()), value,
            QStringLiteral("at least one"));
        row("contains-all empty item",
            makeSpec(QStringLiteral("contains-all"), QStringList { QStringLiteral("a"), QString() }), value,
            QStringLiteral("every item"));
        row("contains-any only commas", makeSpec(QStringLiteral("contains-any"), QStringLiteral(" , ")), value,
            QStringLiteral("at least one"));
        row("icontains-any mapping", makeSpec(QStringLiteral("icontains-any"), bounds(1, 2)), value,
            QStringLiteral("found a mapping"));
        row("starts-with empty", makeSpec(QStringLiteral("starts-with"), QString()), value);
        row("equals with threshold", makeSpec(QStringLiteral("equals"), QStringLiteral("a"), 0.5), threshold,
            QStringLiteral("takes no threshold"));

        row("levenshtein", makeSpec(QStringLiteral("levenshtein"), QStringLiteral("a"), 3), ok);
        row("levenshtein negative", makeSpec(QStringLiteral("levenshtein"), QStringLiteral("a"), -1), threshold,
            QStringLiteral("0 or more"));
        row("similar", makeSpec(QStringLiteral("similar"), QStringLiteral("a"), 0.9), ok);
        row("similar above 1", makeSpec(QStringLiteral("similar"), QStringLiteral("a"), 1.5), threshold,
            QStringLiteral("from 0 to 1, found 1.5"));
        row("similar infinite",
            makeSpec(QStringLiteral("similar"), QStringLiteral("a"), std::numeric_limits<double>::infinity()),
            threshold);
        row("similar list", makeSpec(QStringLiteral("similar"), QStringList { QStringLiteral("a") }), value);
        row("llm-rubric", makeSpec(QStringLiteral("llm-rubric"), QStringLiteral("Is polite"), 0.7), ok);
        row("llm-rubric without value", makeSpec(QStringLiteral("llm-rubric"), QVariant()), ok);
        row("llm-rubric empty", makeSpec(QStringLiteral("llm-rubric"), QString()), value);
        row("llm-rubric threshold 2", makeSpec(QStringLiteral("llm-rubric"), QStringLiteral("x"), 2), threshold);

        row("is-json", makeSpec(QStringLiteral("is-json"), QVariant()), ok);
        row("is-json schema as text", makeSpec(QStringLiteral("is-json"), QStringLiteral("{\"type\": \"object\"}")),
            value, QStringLiteral("takes a JSON schema as its value"));
        row("is-json schema", makeSpec(QStringLiteral("is-json"), QVariantMap { { QStringLiteral("type"), QStringLiteral("object") } }),
            ok);
        row("is-json unusable schema",
            makeSpec(QStringLiteral("is-json"), QVariantMap { { QStringLiteral("type"), 12 } }), value,
            QStringLiteral("not a JSON schema"));
        row("contains-json with threshold", makeSpec(QStringLiteral("contains-json"), QVariant(), 1), threshold);
        row("json-field-equals",
            makeSpec(QStringLiteral("json-field-equals"), QStringLiteral("a"), none,
                     QStringLiteral("customer.emails[0]")),
            ok);
        row("json-field-equals quoted key",
            makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("$.items[-1][\"a.b\"]")), ok);
        row("json-field-equals root", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("$")), ok);
        row("json-field-equals no path", makeSpec(QStringLiteral("json-field-equals"), QStringLiteral("a")), path,
            QStringLiteral("needs a path"));
        row("path double dot", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("a..b")), path,
            QStringLiteral("field name before '.'"), 2);
        row("path trailing dot", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("a.b.")), path,
            QStringLiteral("after '.'"), 4);
        row("path leading dot", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral(".a")), path,
            QString(), 0);
        row("path bad index", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("items[x]")), path,
            QStringLiteral("list index"), 6);
        row("path unclosed", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("items[0")), path,
            QStringLiteral("not closed"), 5);
        row("path stray bracket", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("a]")), path,
            QStringLiteral("']'"), 1);
        row("path junk after index", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("a[0]b")),
            path, QStringLiteral("expected '.' or '['"), 4);
        row("path unclosed quote", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("a[\"b]")),
            path, QStringLiteral("quoted key"), 2);
        row("path after $", makeSpec(QStringLiteral("json-field-equals"), 1, none, QStringLiteral("$a")), path,
            QString(), 1);
        row("path with threshold", makeSpec(QStringLiteral("json-field-equals"), 1, 1, QStringLiteral("a")), threshold);

        row("numeric", makeSpec(QStringLiteral("numeric"), 42, 0.5), ok);
        row("numeric text", makeSpec(QStringLiteral("numeric"), QStringLiteral("about 42")), ok);
        row("numeric placeholder", makeSpec(QStringLiteral("numeric"), QStringLiteral("{{answer}}")), ok);
        row("numeric words", makeSpec(QStringLiteral("numeric"), QStringLiteral("many")), value,
            QStringLiteral("expects a number"));
        row("numeric negative tolerance", makeSpec(QStringLiteral("numeric"), 1, -0.1), threshold);
        row("word-count", makeSpec(QStringLiteral("word-count"), 10), ok);
        row("word-count bounds", makeSpec(QStringLiteral("word-count"), bounds(5, 10)), ok);
        row("word-count min only", makeSpec(QStringLiteral("word-count"), bounds(5, QVariant())), ok);
        row("word-count list",
            makeSpec(QStringLiteral("word-count"), QStringList { QStringLiteral("5"), QStringLiteral("10") }), ok);
        row("word-count placeholder", makeSpec(QStringLiteral("word-count"), QStringLiteral("{{n}}")), ok);
        row("word-count missing", makeSpec(QStringLiteral("word-count"), QVariant()), value,
            QStringLiteral("needs a word count"));
        row("word-count words", makeSpec(QStringLiteral("word-count"), QStringLiteral("ten")), value);
        row("word-count min above max", makeSpec(QStringLiteral("word-count"), bounds(10, 5)), value,
            QStringLiteral("a <= b"));
        row("word-count bad bound", makeSpec(QStringLiteral("word-count"), bounds(QStringLiteral("x"), QVariant())),
            value);
        row("word-count unknown key",
            makeSpec(QStringLiteral("word-count"), QVariantMap { { QStringLiteral("mid"), 3 } }), value);
        row("word-count negative", makeSpec(QStringLiteral("word-count"), -1), value);
        row("word-count three items",
            makeSpec(QStringLiteral("word-count"),
                     QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") }),
            value);
        row("cost", makeSpec(QStringLiteral("cost"), QVariant(), 0.01), ok);
        row("cost without threshold", makeSpec(QStringLiteral("cost"), QVariant()), threshold,
            QStringLiteral("US dollars"));
        row("cost with value", makeSpec(QStringLiteral("cost"), QStringLiteral("0.01"), 0.01), value,
            QStringLiteral("takes no value"));
        row("latency", makeSpec(QStringLiteral("not-latency"), QVariant(), 2000), ok);
        row("latency without threshold", makeSpec(QStringLiteral("latency"), QVariant()), threshold,
            QStringLiteral("milliseconds"));
        row("latency negative", makeSpec(QStringLiteral("latency"), QVariant(), -5), threshold);
    }

    void spec()
    {
        QFETCH(ScorerSpec, scorer);
        QFETCH(int, key);
        QFETCH(QString, message);
        QFETCH(int, offset);

        const QList<ScorerIssue> issues = scorerIssues(scorer);
        const QString error = validateScorer(scorer);
        if (key == ok) {
            QVERIFY2(issues.isEmpty(), qPrintable(error));
            QVERIFY(error.isEmpty());
            return;
        }
        QVERIFY(!issues.isEmpty());
        QCOMPARE(error, issues.first().message);
        QCOMPARE(int(issues.first().key), key);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(issues.first().offset, offset);
    }

    void severalIssuesAtOnce()
    {
        const QList<ScorerIssue> issues
            = scorerIssues(makeSpec(QStringLiteral("contains"), QString(), 0.5, QStringLiteral("a")));
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).key, ScorerIssue::Key::Value);
        QCOMPARE(issues.at(1).key, ScorerIssue::Key::Threshold);
        QCOMPARE(issues.at(2).key, ScorerIssue::Key::Path);
    }

    void withCase_data()
    {
        QTest::addColumn<ScorerSpec>("scorer");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("message");

        QTest::newRow("value from expected")
            << makeSpec(QStringLiteral("equals"), QVariant()) << QStringLiteral("billing") << ok << QString();
        QTest::newRow("no value, no expected") << makeSpec(QStringLiteral("equals"), QVariant()) << QString() << value
                                               << QStringLiteral("case 'c7' no expected output");
        QTest::newRow("regex needs no expected")
            << makeSpec(QStringLiteral("regex"), QStringLiteral("^a")) << QString() << ok << QString();
        QTest::newRow("is-json needs no expected")
            << makeSpec(QStringLiteral("is-json"), QVariant()) << QString() << ok << QString();
        QTest::newRow("placeholder breaks regex")
            << makeSpec(QStringLiteral("regex"), QStringLiteral("^{{expected}}$")) << QStringLiteral("a(b") << value
            << QStringLiteral("placeholders filled from case 'c7'");
        QTest::newRow("placeholder empties contains")
            << makeSpec(QStringLiteral("contains"), QStringLiteral("{{expected}}")) << QString() << value
            << QStringLiteral("non-empty");
        QTest::newRow("expected without number")
            << makeSpec(QStringLiteral("numeric"), QVariant()) << QStringLiteral("n/a") << value
            << QStringLiteral("expected output of case 'c7'");
        QTest::newRow("expected with number")
            << makeSpec(QStringLiteral("numeric"), QVariant()) << QStringLiteral("$42") << ok << QString();
        QTest::newRow("spec problem first")
            << makeSpec(QStringLiteral("cost"), QVariant()) << QStringLiteral("x") << threshold << QString();
    }

    void withCase()
    {
        QFETCH(ScorerSpec, scorer);
        QFETCH(QString, expected);
        QFETCH(int, key);
        QFETCH(QString, message);

        TestCase testCase { QStringLiteral("c7") };
        testCase.expected = expected;
        const QString error = validateScorer(scorer, testCase);
        if (key == ok) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            return;
        }
        const QList<ScorerIssue> issues = scorerIssues(scorer, testCase);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(int(issues.first().key), key);
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // A path-only field check whose case's expected output is JSON without that path can never
    // pass: it loads, with a warning.
    void warnings_data()
    {
        QTest::addColumn<ScorerSpec>("scorer");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("message"); // empty: no warning

        const ScorerSpec pathOnly = makeSpec(QStringLiteral("json-field-equals"), QVariant(), none, QStringLiteral("amount"));
        QTest::newRow("expected JSON holds the path") << pathOnly << QStringLiteral("{\"amount\": \"12.50\"}") << QString();
        QTest::newRow("expected is a plain value") << pathOnly << QStringLiteral("12.50") << QString();
        QTest::newRow("expected JSON lacks the path")
            << pathOnly << QStringLiteral("{\"total\": 12.5}")
            << QStringLiteral("path: the expected output of case 'c7' is JSON with nothing at amount");
        QTest::newRow("expected is a JSON list") << pathOnly << QStringLiteral("[1, 2]")
                                                 << QStringLiteral("can never pass");
        QTest::newRow("a value of its own")
            << makeSpec(QStringLiteral("json-field-equals"), QStringLiteral("12.50"), none, QStringLiteral("amount"))
            << QStringLiteral("{\"total\": 12.5}") << QString();
        QTest::newRow("negated")
            << makeSpec(QStringLiteral("not-json-field-equals"), QVariant(), none, QStringLiteral("amount"))
            << QStringLiteral("{\"total\": 12.5}") << QString();
        QTest::newRow("another type") << makeSpec(QStringLiteral("equals"), QVariant()) << QStringLiteral("{\"a\": 1}")
                                      << QString();
    }

    void warnings()
    {
        QFETCH(ScorerSpec, scorer);
        QFETCH(QString, expected);
        QFETCH(QString, message);
        TestCase testCase { QStringLiteral("c7") };
        testCase.expected = expected;
        QVERIFY2(scorerIssues(scorer, testCase).isEmpty(), qPrintable(validateScorer(scorer, testCase)));
        const QList<ScorerIssue> warnings = scorerWarnings(scorer, testCase);
        if (message.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).message));
            return;
        }
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).key, ScorerIssue::Key::Path);
        QVERIFY2(warnings.at(0).message.contains(message), qPrintable(warnings.at(0).message));
    }
};

QTEST_GUILESS_MAIN(TestScorerValidation)
#include "tst_scorervalidation.moc"
