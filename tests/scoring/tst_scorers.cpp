// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultrecord.h"
#include "scoring/scoringengine.h"

#include <cmath>
#include <limits>
#include <QTest>

namespace {
constexpr double none = std::numeric_limits<double>::quiet_NaN();
constexpr double anyScore = -1.0;

struct Call {
    qint64 latencyMs = 500;
    std::optional<double> cost = 0.004;
};

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

Q_DECLARE_METATYPE(Call)

// One assertion at a time, through the same path the runner takes.
class TestScorers : public QObject
{
    Q_OBJECT
private:
    void addRow(const char* name, const QString& type, const QVariant& value, const QString& output, bool pass,
                double score = anyScore)
    {
        QTest::newRow(name) << type << value << none << QString() << output << QStringLiteral("billing") << Call {}
                            << pass << score << false;
    }

    void addFull(const char* name, const QString& type, const QVariant& value, double threshold, const QString& path,
                 const QString& output, const QString& expected, Call call, bool pass, double score, bool error)
    {
        QTest::newRow(name) << type << value << threshold << path << output << expected << call << pass << score
                            << error;
    }

    void addText();
    void addSubstrings();
    void addPatterns();
    void addJson();
    void addDistances();
    void addMeasures();

private Q_SLOTS:
    void score_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<Call>("call");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<double>("score");
        QTest::addColumn<bool>("error");
        addText();
        addSubstrings();
        addPatterns();
        addJson();
        addDistances();
        addMeasures();
    }

    void score()
    {
        QFETCH(QString, type);
        QFETCH(QVariant, value);
        QFETCH(double, threshold);
        QFETCH(QString, path);
        QFETCH(QString, output);
        QFETCH(QString, expected);
        QFETCH(Call, call);
        QFETCH(bool, pass);
        QFETCH(double, score);
        QFETCH(bool, error);

        ScorerSpec spec { type, value };
        if (!std::isnan(threshold))
            spec.threshold = threshold;
        spec.path = path;
        TestCase testCase { QStringLiteral("c1") };
        testCase.prompt = QStringLiteral("Which queue handles a double charge?");
        testCase.expected = expected;
        testCase.vars.insert(QStringLiteral("product"), QStringLiteral("Mobile"));
        Category category { QStringLiteral("triage") };
        category.scorers = { spec };

        const ScoreResult result = scoreOutput(output, call.latencyMs, call.cost, testCase, category);
        QCOMPARE(result.assertions.size(), 1);
        const AssertionResult& assertion = result.assertions.first();
        QVERIFY2(assertion.error == error, qPrintable(assertion.reason));
        QVERIFY2(assertion.pass == pass, qPrintable(assertion.reason));
        QVERIFY(!assertion.reason.isEmpty());
        QCOMPARE(assertion.type, type);
        if (score != anyScore)
            QVERIFY2(std::abs(assertion.score - score) < 1e-6, qPrintable(QString::number(assertion.score)));
        else
            QCOMPARE(assertion.score, pass ? 1.0 : 0.0);
        QCOMPARE(result.pass, pass);
    }

    void unmeasuredLatencySaysWhy()
    {
        TestCase testCase { QStringLiteral("c1") };
        Category category { QStringLiteral("fast") };
        ScorerSpec latency { QStringLiteral("latency") };
        latency.threshold = 2000.0;
        category.scorers = { latency };
        const ScoreResult result
            = scoreOutput(QStringLiteral("x"), ResultRecord::unmeasuredLatency, 0.0, testCase, category);
        QVERIFY(!result.pass);
        QCOMPARE(result.assertions.first().reason,
                 QStringLiteral("no latency: answered through the provider's batch API"));
    }

    void llmRubricWithoutJudgeIsAnError()
    {
        TestCase testCase { QStringLiteral("c1") };
        Category category { QStringLiteral("tone") };
        category.scorers = { ScorerSpec { QStringLiteral("llm-rubric"), QStringLiteral("Is polite") } };
        const ScoreResult result = scoreOutput(QStringLiteral("Hello"), 10, 0.0, testCase, category);
        QVERIFY(result.assertions.first().error);
        QVERIFY(!result.pass);
    }

    void everyKnownTypeHasAScorer()
    {
        for (const QString& type : knownScorerTypes()) {
            QVERIFY2(Scorer::forType(type), qPrintable(type));
            QVERIFY(Scorer::forType(QStringLiteral("not-") + type));
        }
        QCOMPARE(Scorer::types().size(), knownScorerTypes().size());
        QVERIFY(!Scorer::forType(QStringLiteral("fuzzy")));
        QVERIFY(!Scorer::forType(QStringLiteral("not-not-equals")));
    }
};

void TestScorers::addText()
{
    const QString expected = QStringLiteral("billing");
    addRow("equals", QStringLiteral("equals"), expected, QStringLiteral("billing"), true);
    addRow("equals: a trailing newline differs", QStringLiteral("equals"), expected, QStringLiteral("billing\n"),
           false);
    addRow("equals: case differs", QStringLiteral("equals"), expected, QStringLiteral("Billing"), false);
    addRow("equals: defaults to expected", QStringLiteral("equals"), QVariant(), QStringLiteral("billing"), true);
    addRow("equals: {{expected}}", QStringLiteral("equals"), QStringLiteral("{{expected}}"), QStringLiteral("billing"),
           true);
    addRow("equals: {{ var }}", QStringLiteral("equals"), QStringLiteral("{{ product }} app"),
           QStringLiteral("Mobile app"), true);
    addRow("equals: {{input}}", QStringLiteral("equals"), QStringLiteral("Q: {{input}}"),
           QStringLiteral("Q: Which queue handles a double charge?"), true);
    addRow("equals: unknown placeholder stays", QStringLiteral("equals"), QStringLiteral("{{nope}}"),
           QStringLiteral("{{nope}}"), true);
    addRow("equals: empty value, empty output", QStringLiteral("equals"), QString(), QString(), true);
    addRow("equals: number value", QStringLiteral("equals"), 42, QStringLiteral("42"), true);
    addRow("equals: mapping as JSON", QStringLiteral("equals"), QVariantMap { { QStringLiteral("a"), 1 } },
           QStringLiteral("{ \"a\" : 1.0 }\n"), true);
    addRow("equals: list as JSON", QStringLiteral("equals"), QStringList { QStringLiteral("a"), QStringLiteral("b") },
           QStringLiteral("[\"a\", \"b\"]"), true);
    addRow("equals: list, output not JSON", QStringLiteral("equals"), QStringList { QStringLiteral("a") },
           QStringLiteral("a"), false);
    addRow("not-equals: same", QStringLiteral("not-equals"), expected, QStringLiteral("billing"), false);
    addRow("not-equals: different", QStringLiteral("not-equals"), expected, QStringLiteral("refunds"), true);
    addRow("iequals", QStringLiteral("iequals"), expected, QStringLiteral("BILLING"), true);
    addRow("iequals: unicode", QStringLiteral("iequals"), QStringLiteral("ÉCOLE"), QStringLiteral("école"), true);
    addRow("iequals: white space counts", QStringLiteral("iequals"), expected, QStringLiteral("billing "), false);
    addRow("not-iequals", QStringLiteral("not-iequals"), expected, QStringLiteral("Billing"), false);
    addRow("normalized-equals: case, space, punctuation", QStringLiteral("normalized-equals"),
           QStringLiteral("hello world"), QStringLiteral("  Hello,\n  World! "), true);
    addRow("normalized-equals: abbreviation dots", QStringLiteral("normalized-equals"), QStringLiteral("USA"),
           QStringLiteral("U.S.A."), true);
    addRow("normalized-equals: ligature (NFKC)", QStringLiteral("normalized-equals"), QStringLiteral("file"),
           QStringLiteral("\uFB01le"), true);
    addRow("normalized-equals: curly quotes", QStringLiteral("normalized-equals"), QStringLiteral("it's"),
           QStringLiteral("It\u2019s"), true);
    addRow("normalized-equals: symbols kept", QStringLiteral("normalized-equals"), QStringLiteral("5"),
           QStringLiteral("$5"), false);
    addRow("normalized-equals: words stay apart", QStringLiteral("normalized-equals"), QStringLiteral("helloworld"),
           QStringLiteral("hello world"), false);
    addRow("normalized-equals: empty output", QStringLiteral("normalized-equals"), expected, QString(), false);
}

void TestScorers::addSubstrings()
{
    const QStringList queues = { QStringLiteral("billing"), QStringLiteral("refund") };
    addRow("contains", QStringLiteral("contains"), QStringLiteral("refund"), QStringLiteral("A refund was issued."),
           true);
    addRow("contains: missing", QStringLiteral("contains"), QStringLiteral("refund"), QStringLiteral("No money back."),
           false);
    addRow("contains: case counts", QStringLiteral("contains"), QStringLiteral("refund"), QStringLiteral("REFUND"),
           false);
    addRow("contains: unicode", QStringLiteral("contains"), QStringLiteral("café"), QStringLiteral("un café crème"),
           true);
    addRow("contains: emoji", QStringLiteral("contains"), QStringLiteral("\U0001F44D"),
           QStringLiteral("done \U0001F44D"), true);
    addRow("contains: number value", QStringLiteral("contains"), 42, QStringLiteral("the answer is 42"), true);
    addRow("contains: empty output", QStringLiteral("contains"), QStringLiteral("x"), QString(), false);
    addRow("contains: defaults to expected", QStringLiteral("contains"), QVariant(), QStringLiteral("queue: billing"),
           true);
    addRow("not-contains", QStringLiteral("not-contains"), QStringLiteral("sorry"), QStringLiteral("Happy to help"),
           true);
    addRow("not-contains: present", QStringLiteral("not-contains"), QStringLiteral("sorry"), QStringLiteral("so sorry"),
           false);
    addRow("icontains", QStringLiteral("icontains"), QStringLiteral("REFUND"), QStringLiteral("refund issued"), true);
    addRow("icontains: unicode case", QStringLiteral("icontains"), QStringLiteral("ÜBER"), QStringLiteral("über alles"),
           true);
    addRow("not-icontains", QStringLiteral("not-icontains"), QStringLiteral("sorry"), QStringLiteral("Sorry!"), false);
    addRow("contains-all", QStringLiteral("contains-all"), queues, QStringLiteral("billing and refund"), true);
    addRow("contains-all: one missing", QStringLiteral("contains-all"), queues, QStringLiteral("billing only"), false);
    addRow("contains-all: comma text", QStringLiteral("contains-all"), QStringLiteral("billing, refund"),
           QStringLiteral("refund; billing"), true);
    addRow("contains-all: quoted comma", QStringLiteral("contains-all"), QStringLiteral("\"Paris, France\", EU"),
           QStringLiteral("Paris, France is in the EU"), true);
    addRow("contains-all: quoted comma kept whole", QStringLiteral("contains-all"), QStringLiteral("\"Paris, France\""),
           QStringLiteral("Paris and France"), false);
    addRow("not-contains-all: one missing", QStringLiteral("not-contains-all"), queues, QStringLiteral("billing only"),
           true);
    addRow("icontains-all", QStringLiteral("icontains-all"), queues, QStringLiteral("BILLING, REFUND"), true);
    addRow("icontains-all: missing", QStringLiteral("icontains-all"), queues, QStringLiteral("BILLING"), false);
    addRow("contains-any", QStringLiteral("contains-any"), queues, QStringLiteral("a refund"), true);
    addRow("contains-any: none", QStringLiteral("contains-any"), queues, QStringLiteral("shipping"), false);
    addRow("contains-any: case counts", QStringLiteral("contains-any"), queues, QStringLiteral("REFUND"), false);
    addRow("contains-any: comma text", QStringLiteral("contains-any"), QStringLiteral("yes, yeah"),
           QStringLiteral("yeah sure"), true);
    addRow("icontains-any", QStringLiteral("icontains-any"), queues, QStringLiteral("REFUND"), true);
    addRow("not-icontains-any: none", QStringLiteral("not-icontains-any"), queues, QStringLiteral("shipping"), true);
    addRow("not-icontains-any: one", QStringLiteral("not-icontains-any"), queues, QStringLiteral("Billing"), false);
    addRow("starts-with", QStringLiteral("starts-with"), QStringLiteral("Dear"), QStringLiteral("Dear customer,"),
           true);
    addRow("starts-with: leading space", QStringLiteral("starts-with"), QStringLiteral("Dear"), QStringLiteral(" Dear"),
           false);
    addRow("starts-with: empty output", QStringLiteral("starts-with"), QStringLiteral("Dear"), QString(), false);
    addRow("not-starts-with", QStringLiteral("not-starts-with"), QStringLiteral("As an AI"),
           QStringLiteral("As an AI model"), false);
}

void TestScorers::addPatterns()
{
    addRow("regex", QStringLiteral("regex"), QStringLiteral("^\\d{3}-\\d{4}$"), QStringLiteral("555-1234"), true);
    addRow("regex: anywhere", QStringLiteral("regex"), QStringLiteral("\\d{3}-\\d{4}"),
           QStringLiteral("Call 555-1234 now"), true);
    addRow("regex: no match", QStringLiteral("regex"), QStringLiteral("^\\d+$"), QStringLiteral("12a"), false);
    addRow("regex: (?i)", QStringLiteral("regex"), QStringLiteral("(?i)^yes\\b"), QStringLiteral("YES, of course"),
           true);
    addRow("regex: unicode letters", QStringLiteral("regex"), QStringLiteral("^\\w+$"), QStringLiteral("naïve"), true);
    addRow("regex: multi-line output", QStringLiteral("regex"), QStringLiteral("(?m)^Total: \\d+$"),
           QStringLiteral("Items: 3\nTotal: 42\n"), true);
    addRow("regex: {{expected}}", QStringLiteral("regex"), QStringLiteral("^{{expected}}\\.?$"),
           QStringLiteral("billing."), true);
    addRow("not-regex", QStringLiteral("not-regex"), QStringLiteral("(?i)sorry"), QStringLiteral("We apologise"), true);
    addRow("not-regex: match", QStringLiteral("not-regex"), QStringLiteral("(?i)sorry"), QStringLiteral("SORRY"),
           false);
}

void TestScorers::addJson()
{
    const QString customer
        = QStringLiteral("{\"customer\": {\"id\": 42, \"emails\": [\"a@x.org\", \"b@x.org\"], \"vip\": true}}");
    addRow("is-json: object", QStringLiteral("is-json"), QVariant(), QStringLiteral("{\"a\": 1}"), true);
    addRow("is-json: array with white space", QStringLiteral("is-json"), QVariant(), QStringLiteral("\n  [1, 2]\n"),
           true);
    addRow("is-json: number", QStringLiteral("is-json"), QVariant(), QStringLiteral("42"), true);
    addRow("is-json: string", QStringLiteral("is-json"), QVariant(), QStringLiteral("\"text\""), true);
    addRow("is-json: prose around", QStringLiteral("is-json"), QVariant(), QStringLiteral("Sure! {\"a\": 1}"), false);
    addRow("is-json: code fence", QStringLiteral("is-json"), QVariant(), QStringLiteral("```json\n{\"a\": 1}\n```"),
           false);
    addRow("is-json: two values", QStringLiteral("is-json"), QVariant(), QStringLiteral("{\"a\": 1} {\"b\": 2}"),
           false);
    addRow("is-json: trailing comma", QStringLiteral("is-json"), QVariant(), QStringLiteral("{\"a\": 1,}"), false);
    addRow("is-json: empty output", QStringLiteral("is-json"), QVariant(), QString(), false);
    addRow("not-is-json", QStringLiteral("not-is-json"), QVariant(), QStringLiteral("plain words"), true);
    const QVariantMap schema { { QStringLiteral("type"), QStringLiteral("object") },
                               { QStringLiteral("required"), QStringList { QStringLiteral("id") } } };
    addRow("is-json: schema met", QStringLiteral("is-json"), schema, QStringLiteral("{\"id\": 1}"), true);
    addRow("is-json: schema missed", QStringLiteral("is-json"), schema, QStringLiteral("{\"name\": 1}"), false);
    addRow("is-json: schema, not JSON", QStringLiteral("is-json"), schema, QStringLiteral("id 1"), false);
    addRow("contains-json: schema met", QStringLiteral("contains-json"), schema,
           QStringLiteral("Here: {\"id\": 1}"), true);
    addRow("not-contains-json: schema missed", QStringLiteral("not-contains-json"), schema,
           QStringLiteral("Here: {\"name\": 1}"), true);
    addRow("contains-json: in prose", QStringLiteral("contains-json"), QVariant(),
           QStringLiteral("Here: {\"a\": {\"b\": [1]}} ok"), true);
    addRow("contains-json: fenced", QStringLiteral("contains-json"), QVariant(), QStringLiteral("```json\n[1, 2]\n```"),
           true);
    addRow("contains-json: whole array", QStringLiteral("contains-json"), QVariant(), QStringLiteral("[1, 2]"), true);
    addRow("contains-json: citation is not JSON", QStringLiteral("contains-json"), QVariant(),
           QStringLiteral("see [1]"), false);
    addRow("contains-json: broken", QStringLiteral("contains-json"), QVariant(), QStringLiteral("{\"a\": }"), false);
    addRow("contains-json: braces in strings", QStringLiteral("contains-json"), QVariant(),
           QStringLiteral("x {\"a\": \"}{\\\"\"} y"), true);
    addRow("not-contains-json", QStringLiteral("not-contains-json"), QVariant(), QStringLiteral("no json here"), true);

    const auto field
        = [this](const char* name, const QString& path, const QVariant& value, const QString& output, bool pass) {
              addFull(name, QStringLiteral("json-field-equals"), value, none, path, output, QStringLiteral("billing"),
                      Call {}, pass, anyScore, false);
          };
    field("json-field-equals: list index", QStringLiteral("customer.emails[0]"), QStringLiteral("a@x.org"), customer,
          true);
    field("json-field-equals: last index", QStringLiteral("customer.emails[-1]"), QStringLiteral("b@x.org"), customer,
          true);
    field("json-field-equals: $ root", QStringLiteral("$.customer.id"), QStringLiteral("42"), customer, true);
    field("json-field-equals: number as text", QStringLiteral("customer.id"), QStringLiteral("42.0"), customer, true);
    field("json-field-equals: text holding a number", QStringLiteral("total"), QStringLiteral("42"),
          QStringLiteral("{\"total\": \"42\"}"), true);
    field("json-field-equals: float tolerance", QStringLiteral("t"), QStringLiteral("0.3"),
          QStringLiteral("{\"t\": 0.30000000000000004}"), true);
    field("json-field-equals: different number", QStringLiteral("customer.id"), QStringLiteral("41"), customer, false);
    field("json-field-equals: bool", QStringLiteral("customer.vip"), QStringLiteral("true"), customer, true);
    field("json-field-equals: bool as text", QStringLiteral("ok"), QStringLiteral("true"),
          QStringLiteral("{\"ok\": \"TRUE\"}"), true);
    field("json-field-equals: text is exact", QStringLiteral("q"), QStringLiteral("billing"),
          QStringLiteral("{\"q\": \"Billing\"}"), false);
    field("json-field-equals: missing field", QStringLiteral("customer.phone"), QStringLiteral("1"), customer, false);
    field("json-field-equals: index out of range", QStringLiteral("customer.emails[5]"), QStringLiteral("a@x.org"),
          customer, false);
    field("json-field-equals: not JSON", QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("no"), false);
    field("json-field-equals: fenced output", QStringLiteral("id"), 7,
          QStringLiteral("Result:\n```json\n{\"id\": 7}\n```"), true);
    field("json-field-equals: list value", QStringLiteral("customer.emails"),
          QStringList { QStringLiteral("a@x.org"), QStringLiteral("b@x.org") }, customer, true);
    field("json-field-equals: JSON text value", QStringLiteral("meta"), QStringLiteral("{\"x\": 1}"),
          QStringLiteral("{\"meta\": {\"x\": 1.0}}"), true);
    field("json-field-equals: quoted key", QStringLiteral("meta[\"a.b\"]"), QStringLiteral("yes"),
          QStringLiteral("{\"meta\": {\"a.b\": \"yes\"}}"), true);
    field("json-field-equals: white space", QStringLiteral("a.b[1]"), QStringLiteral("2"),
          QStringLiteral("\n  {\n   \"a\" : { \"b\" : [ 1 , 2 ] }\n}\n"), true);
    field("json-field-equals: unicode", QStringLiteral("city"), QStringLiteral("Zürich"),
          QStringLiteral("{\"city\": \"Z\\u00fcrich\"}"), true);
    field("json-field-equals: defaults to expected", QStringLiteral("queue"), QVariant(),
          QStringLiteral("{\"queue\": \"billing\"}"), true);
    field("json-field-equals: null", QStringLiteral("a"), QStringLiteral("null"), QStringLiteral("{\"a\": null}"),
          true);
    // Without a value: the expected output's field at the same path when it is JSON holding it.
    const auto pathOnly = [this](const char* name, const QString& expected, const QString& output, bool pass) {
        addFull(name, QStringLiteral("json-field-equals"), QVariant(), none, QStringLiteral("amount"), output, expected,
                Call {}, pass, anyScore, false);
    };
    pathOnly("json-field-equals: path only, expected JSON holds it", QStringLiteral("{\"amount\": \"12.50\"}"),
             QStringLiteral("{\"amount\": 12.5, \"currency\": \"EUR\"}"), true);
    pathOnly("json-field-equals: path only, expected field differs", QStringLiteral("{\"amount\": \"12.50\"}"),
             QStringLiteral("{\"amount\": 13}"), false);
    pathOnly("json-field-equals: path only, expected is a plain value", QStringLiteral("12.50"),
             QStringLiteral("{\"amount\": 12.5}"), true);
    pathOnly("json-field-equals: path only, expected JSON lacks it", QStringLiteral("{\"total\": 12.5}"),
             QStringLiteral("{\"amount\": 12.5}"), false);
    addFull("not-json-field-equals", QStringLiteral("not-json-field-equals"), QStringLiteral("41"), none,
            QStringLiteral("customer.id"), customer, QString(), Call {}, true, anyScore, false);
}

void TestScorers::addDistances()
{
    const auto row = [this](const char* name, const QString& type, const QString& value, double threshold,
                            const QString& output, bool pass, double score = anyScore) {
        addFull(name, type, value, threshold, QString(), output, QString(), Call {}, pass, score, false);
    };
    const QString lev = QStringLiteral("levenshtein");
    row("levenshtein: default 5", lev, QStringLiteral("kitten"), none, QStringLiteral("sitting"), true);
    row("levenshtein: threshold 2", lev, QStringLiteral("kitten"), 2, QStringLiteral("sitting"), false);
    row("levenshtein: threshold 3 is inclusive", lev, QStringLiteral("kitten"), 3, QStringLiteral("sitting"), true);
    row("levenshtein: threshold 0 means exact", lev, QStringLiteral("abc"), 0, QStringLiteral("abd"), false);
    row("levenshtein: beyond 5", lev, QStringLiteral("short"), none, QStringLiteral("a much longer answer"), false);
    row("levenshtein: accent is one edit", lev, QStringLiteral("cafe"), 1, QStringLiteral("café"), true);
    row("levenshtein: emoji is one character", lev, QStringLiteral("a"), 1, QStringLiteral("\U0001F600"), true);
    row("levenshtein: empty output", lev, QStringLiteral("abc"), 3, QString(), true);
    row("not-levenshtein", QStringLiteral("not-levenshtein"), QStringLiteral("kitten"), 3, QStringLiteral("sitting"),
        false);
    const QString similar = QStringLiteral("similar");
    row("similar: one edit in twelve", similar, QStringLiteral("hello world"), none, QStringLiteral("hello world!"),
        true, 11.0 / 12.0);
    row("similar: unrelated", similar, QStringLiteral("abc"), none, QStringLiteral("xyz"), false, 0.0);
    row("similar: threshold 0.95", similar, QStringLiteral("hello world"), 0.95, QStringLiteral("hello world!"), false,
        11.0 / 12.0);
    row("similar: threshold is inclusive", similar, QStringLiteral("abcd"), 0.75, QStringLiteral("abce"), true, 0.75);
    row("similar: both empty", similar, QString(), none, QString(), true, 1.0);
    row("similar: empty output", similar, QStringLiteral("abc"), none, QString(), false, 0.0);
    row("not-similar", QStringLiteral("not-similar"), QStringLiteral("abc"), none, QStringLiteral("xyz"), true, 1.0);
    row("not-similar: similar", QStringLiteral("not-similar"), QStringLiteral("abcd"), none, QStringLiteral("abce"),
        true, 0.25);
    row("not-similar: identical", QStringLiteral("not-similar"), QStringLiteral("abcde"), none, QStringLiteral("abcde"),
        false, 0.0);
}

void TestScorers::addMeasures()
{
    const auto row = [this](const char* name, const QString& type, const QVariant& value, double threshold,
                            const QString& output, const QString& expected, Call call, bool pass, bool error = false) {
        addFull(name, type, value, threshold, QString(), output, expected, call, pass, anyScore, error);
    };
    const QString numeric = QStringLiteral("numeric");
    row("numeric", numeric, 42, none, QStringLiteral("The answer is 42."), QString(), {}, true);
    row("numeric: negative decimal", numeric, QStringLiteral("-3.5"), none, QStringLiteral("It is -3.5 degrees"),
        QString(), {}, true);
    row("numeric: unicode minus", numeric, -7, none, QStringLiteral("\u22127 points"), QString(), {}, true);
    row("numeric: thousands separator", numeric, 1234, none, QStringLiteral("about 1,234 items"), QString(), {}, true);
    row("numeric: exponent", numeric, 1000, none, QStringLiteral("1e3"), QString(), {}, true);
    row("numeric: first number wins", numeric, 3, none, QStringLiteral("3 apples and 4 pears"), QString(), {}, true);
    row("numeric: within tolerance", numeric, 3, 0.5, QStringLiteral("3.4"), QString(), {}, true);
    row("numeric: outside tolerance", numeric, 3, 0.3, QStringLiteral("3.4"), QString(), {}, false);
    row("numeric: no tolerance", numeric, 3, none, QStringLiteral("3.01"), QString(), {}, false);
    row("numeric: no number", numeric, 3, none, QStringLiteral("three"), QString(), {}, false);
    row("numeric: expected with currency", numeric, QVariant(), none, QStringLiteral("42"), QStringLiteral("$42.00"),
        {}, true);
    row("numeric: {{expected}}", numeric, QStringLiteral("{{expected}}"), none, QStringLiteral("Total 17"),
        QStringLiteral("17"), {}, true);
    row("not-numeric", QStringLiteral("not-numeric"), 3, none, QStringLiteral("4"), QString(), {}, true);
    const QString words = QStringLiteral("word-count");
    row("word-count: exact", words, 3, none, QStringLiteral("one two three"), QString(), {}, true);
    row("word-count: exact, text", words, QStringLiteral("4"), none, QStringLiteral("one two three"), QString(), {},
        false);
    row("word-count: white space runs", words, 3, none, QStringLiteral("  one\n\ttwo   three \n"), QString(), {}, true);
    row("word-count: range", words, bounds(2, 5), none, QStringLiteral("one two three"), QString(), {}, true);
    row("word-count: below min", words, bounds(4, QVariant()), none, QStringLiteral("one two three"), QString(), {},
        false);
    row("word-count: above max", words, bounds(QVariant(), 2), none, QStringLiteral("one two three"), QString(), {},
        false);
    row("word-count: list bounds", words, QStringList { QStringLiteral("1"), QStringLiteral("2") }, none,
        QStringLiteral("a b c"), QString(), {}, false);
    row("word-count: empty output", words, 0, none, QString(), QString(), {}, true);
    row("word-count: unicode", words, 2, none, QStringLiteral("héllo \U0001F44B"), QString(), {}, true);
    row("not-word-count", QStringLiteral("not-word-count"), bounds(QVariant(), 2), none, QStringLiteral("a b c"),
        QString(), {}, true);
    row("cost: under", QStringLiteral("cost"), QVariant(), 0.01, QStringLiteral("x"), QString(), { 500, 0.005 }, true);
    row("cost: equal", QStringLiteral("cost"), QVariant(), 0.01, QStringLiteral("x"), QString(), { 500, 0.01 }, true);
    row("cost: over", QStringLiteral("cost"), QVariant(), 0.01, QStringLiteral("x"), QString(), { 500, 0.02 }, false);
    row("cost: unknown is an error", QStringLiteral("cost"), QVariant(), 0.01, QStringLiteral("x"), QString(),
        { 500, std::nullopt }, false, true);
    row("not-cost: unknown stays an error", QStringLiteral("not-cost"), QVariant(), 0.01, QStringLiteral("x"),
        QString(), { 500, std::nullopt }, false, true);
    row("not-cost", QStringLiteral("not-cost"), QVariant(), 0.01, QStringLiteral("x"), QString(), { 500, 0.02 }, true);
    row("latency: under", QStringLiteral("latency"), QVariant(), 1000, QStringLiteral("x"), QString(), { 800, 0.0 },
        true);
    row("latency: equal", QStringLiteral("latency"), QVariant(), 1000, QStringLiteral("x"), QString(), { 1000, 0.0 },
        true);
    row("latency: over", QStringLiteral("latency"), QVariant(), 1000, QStringLiteral("x"), QString(), { 1200, 0.0 },
        false);
    row("not-latency", QStringLiteral("not-latency"), QVariant(), 1000, QStringLiteral("x"), QString(), { 1200, 0.0 },
        true);
    // A batch answer has no latency: it cannot meet a latency bound, nor its negation.
    row("latency: unmeasured (batch) is an error", QStringLiteral("latency"), QVariant(), 1000, QStringLiteral("x"),
        QString(), { ResultRecord::unmeasuredLatency, 0.0 }, false, true);
    row("not-latency: unmeasured stays an error", QStringLiteral("not-latency"), QVariant(), 1000, QStringLiteral("x"),
        QString(), { ResultRecord::unmeasuredLatency, 0.0 }, false, true);
}

QTEST_GUILESS_MAIN(TestScorers)
#include "tst_scorers.moc"
