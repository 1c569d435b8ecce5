// SPDX-License-Identifier: GPL-3.0-or-later
// A cascade simulated on hand-made answers whose figures are worked out by hand, its checks, and
// what keeps it from being simulated.
#include "cascade/cascadecell.h"
#include "cascade/cascadecheck.h"
#include "cascade/cascadesimulation.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
ResultRecord answer(const QString& caseId, const QString& model, const QString& output, bool pass, double cost,
                    qint64 latency, const QString& error = {})
{
    ResultRecord record;
    record.runId = u"r1"_s;
    record.category = u"extract"_s;
    record.caseId = caseId;
    record.modelId = model;
    record.output = output;
    record.pass = pass;
    record.costUsd = cost;
    record.latencyMs = latency;
    record.errorKind = error;
    return record;
}

const ScorerSpec isJson { u"is-json"_s };

// c1: the cheap model's JSON stands and is right. c2: prose escalates, the big model is right.
// c3: the cheap model errs, the big model is wrong. c4: JSON stands though it is wrong.
QList<ResultRecord> fourCases()
{
    return {
        answer(u"c1"_s, u"cheap"_s, u"{\"a\": 1}"_s, true, 0.001, 100),
        answer(u"c1"_s, u"big"_s, u"{\"a\": 1}"_s, true, 0.01, 500),
        answer(u"c2"_s, u"cheap"_s, u"The answer is a."_s, false, 0.001, 120),
        answer(u"c2"_s, u"big"_s, u"{\"a\": 2}"_s, true, 0.01, 400),
        answer(u"c3"_s, u"cheap"_s, QString(), false, 0.0, 50, u"retryable"_s),
        answer(u"c3"_s, u"big"_s, u"{\"a\": 9}"_s, false, 0.01, 300),
        answer(u"c4"_s, u"cheap"_s, u"{\"b\": 2}"_s, false, 0.001, 90),
        answer(u"c4"_s, u"big"_s, u"{\"a\": 4}"_s, true, 0.01, 450),
        answer(u"c1"_s, u"other"_s, u"{}"_s, true, 5.0, 1), // not in the chain: ignored
    };
}
} // namespace

class tst_Cascade : public QObject
{
    Q_OBJECT

private slots:
    void figuresByHand()
    {
        const CascadeSimulation simulation = simulateCascade(fourCases(), u"extract"_s, { u"cheap"_s, u"big"_s }, isJson);
        QVERIFY2(simulation.figures, qPrintable(simulation.error));
        const CascadeFigures& figures = *simulation.figures;
        QCOMPARE(figures.requests, 4);
        QCOMPARE(figures.passes, 2); // c1 (cheap), c2 (big)
        QCOMPARE(figures.passRate(), 0.5);
        // 0.001 + (0.001 + 0.01) + (0 + 0.01) + 0.001 = 0.023 for 4 requests.
        QCOMPARE(figures.costPer1kUsd, 1000.0 * 0.023 / 4);
        // 100, 520, 350, 90: nearest rank p50 is the 2nd of the sorted four, p95 the 4th.
        QCOMPARE(figures.latencyP50Ms.value_or(-1), 100);
        QCOMPARE(figures.latencyP95Ms.value_or(-1), 520);
        QCOMPARE(figures.reached, (QList<int> { 4, 2 }));
        QCOMPARE(figures.escalationRate(), 0.5);
        QCOMPARE(figures.reachedShare(1), 0.5);
    }

    // A third model is reached only when the second's answer fails the check too.
    void threeModels()
    {
        QList<ResultRecord> results = fourCases();
        results[3].output = u"no json here"_s; // c2: big fails the check as well
        for (const QString& caseId : { u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s })
            results.append(answer(caseId, u"huge"_s, u"{\"z\": 0}"_s, true, 0.1, 1000));
        const CascadeSimulation simulation
            = simulateCascade(results, u"extract"_s, { u"cheap"_s, u"big"_s, u"huge"_s }, isJson);
        QVERIFY2(simulation.figures, qPrintable(simulation.error));
        QCOMPARE(simulation.figures->reached, (QList<int> { 4, 2, 1 }));
        QCOMPARE(simulation.figures->passes, 2); // c1 cheap, c2 huge; c3 stops at big (wrong)
        QCOMPARE(simulation.figures->costPer1kUsd, 1000.0 * (0.023 + 0.1) / 4);
    }

    void cannotSimulate_data()
    {
        QTest::addColumn<QStringList>("chain");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("message");
        QTest::newRow("one model") << QStringList { u"cheap"_s } << u"is-json"_s << u"at least two models"_s;
        QTest::newRow("twice") << QStringList { u"cheap"_s, u"cheap"_s } << u"is-json"_s << u"twice"_s;
        QTest::newRow("needs expected output") << QStringList { u"cheap"_s, u"big"_s } << u"equals"_s
                                               << u"must need no expected output"_s;
        QTest::newRow("model without answers") << QStringList { u"cheap"_s, u"absent"_s } << u"is-json"_s
                                               << u"absent did not answer case c1"_s;
    }

    void cannotSimulate()
    {
        QFETCH(QStringList, chain);
        QFETCH(QString, check);
        QFETCH(QString, message);
        const CascadeSimulation simulation = simulateCascade(fourCases(), u"extract"_s, chain, ScorerSpec { check });
        QVERIFY(!simulation.figures);
        QVERIFY2(simulation.error.contains(message), qPrintable(simulation.error));
    }

    void aMissingAnswerIsNamed()
    {
        QList<ResultRecord> results = fourCases();
        results.removeAt(7); // big's answer to c4
        const CascadeSimulation simulation = simulateCascade(results, u"extract"_s, { u"cheap"_s, u"big"_s }, isJson);
        QVERIFY(!simulation.figures);
        QVERIFY2(simulation.error.contains(u"big did not answer case c4"_s), qPrintable(simulation.error));
    }

    void parsesChecks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("passes");
        QTest::newRow("json regex") << u"{\"type\": \"regex\", \"value\": \"^(billing|shipping)$\"}"_s << u"billing"_s
                                    << true;
        QTest::newRow("yaml regex") << u"{type: regex, value: '^(billing|shipping)$'}"_s << u"refund"_s << false;
        QTest::newRow("contains-any") << u"{type: icontains-any, value: [billing, shipping]}"_s
                                      << u"It is SHIPPING."_s << true;
        QTest::newRow("not-contains-any") << u"{type: not-icontains-any, value: [sorry, cannot]}"_s
                                          << u"Sorry, I cannot help."_s << false;
        QTest::newRow("word-count") << u"{type: word-count, value: {min: 2, max: 4}}"_s << u"three short words"_s
                                    << true;
        QTest::newRow("contains-json") << u"{type: contains-json}"_s << u"Here: {\"a\": 1}"_s << true;
        QTest::newRow("is-json") << u"type: is-json"_s << u"Here: {\"a\": 1}"_s << false;
        QTest::newRow("not-regex") << u"{type: not-regex, value: '(?i)sorry'}"_s << u"Sorry, no."_s << false;
        QTest::newRow("contains-any case") << u"{type: contains-any, value: [billing]}"_s << u"BILLING"_s << false;
        QTest::newRow("plain not-contains-any") << u"{type: not-contains-any, value: [error]}"_s << u"fine"_s << true;
        QTest::newRow("not-word-count") << u"{type: not-word-count, value: {max: 2}}"_s << u"far too many words"_s
                                        << true;
        QTest::newRow("word-count list") << u"{type: word-count, value: [1, 2]}"_s << u"one two three"_s << false;
        QTest::newRow("not-contains-json") << u"{type: not-contains-json}"_s << u"no json"_s << true;
        QTest::newRow("not-is-json") << u"{type: not-is-json}"_s << u"[1, 2]"_s << false;
        const QString schema = u"{type: is-json, value: {type: object, required: [order_id], properties: {order_id: "
                               "{type: string, pattern: '^LH-[0-9]{7}$'}, count: {type: integer, minimum: 1}}}}"_s;
        QTest::newRow("schema: matches") << schema << u"{\"order_id\": \"LH-1234567\", \"count\": 2}"_s << true;
        QTest::newRow("schema: pattern") << schema << u"{\"order_id\": \"1234567\"}"_s << false;
        QTest::newRow("schema: required") << schema << u"{\"count\": 2}"_s << false;
        QTest::newRow("schema: minimum") << schema << u"{\"order_id\": \"LH-1234567\", \"count\": 0}"_s
                                         << false;
        QTest::newRow("schema: not JSON") << schema << u"LH-1234567"_s << false;
        QTest::newRow("schema in JSON") << u"{\"type\": \"contains-json\", \"value\": {\"type\": \"object\", "
                                           "\"required\": [\"id\"]}}"_s
                                        << u"Here it is: {\"id\": 7}"_s << true;
        QTest::newRow("not- schema") << u"{type: not-is-json, value: {type: object, required: [error]}}"_s
                                     << u"{\"error\": \"no stock\"}"_s << false;
        QTest::newRow("quoted number stays text") << u"{type: is-json, value: {properties: {v: {const: '5'}}}}"_s
                                                  << u"{\"v\": \"5\"}"_s << true;
        QTest::newRow("plain number is a number") << u"{type: is-json, value: {properties: {v: {const: 5}}}}"_s
                                                  << u"{\"v\": \"5\"}"_s << false;
    }

    void parsesChecks()
    {
        QFETCH(QString, text);
        QFETCH(QString, answer);
        QFETCH(bool, passes);
        QString error;
        const std::optional<ScorerSpec> check = parseCascadeCheck(text, &error);
        QVERIFY2(check, qPrintable(error));
        QCOMPARE(passesCascadeCheck(*check, answer), passes);
    }

    void refusesChecks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not yaml") << u"{type: regex, value: [unclosed"_s << u"not JSON or YAML"_s;
        QTest::newRow("expected output") << u"{type: equals, value: x}"_s << u"must need no expected output"_s;
        QTest::newRow("bad regex") << u"{type: regex, value: '(['}"_s << u"value"_s;
        QTest::newRow("no value") << u"{type: contains-any}"_s << u"needs a value"_s;
        QTest::newRow("unknown key") << u"{type: regex, value: a, colour: red}"_s << u"colour"_s;
        QTest::newRow("schema as text") << u"{type: is-json, value: object}"_s << u"takes a JSON schema"_s;
        QTest::newRow("bad schema") << u"{type: is-json, value: {type: 12}}"_s << u"not a JSON schema"_s;
    }

    void refusesChecks()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseCascadeCheck(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void schemaText()
    {
        QString error;
        const auto check = parseCascadeCheck(u"{type: is-json, value: {type: object, required: [id]}}"_s, &error);
        QVERIFY2(check, qPrintable(error));
        QCOMPARE(cascadeCheckText(*check), u"is-json {\"required\": [\"id\"], \"type\": \"object\"}"_s);
    }

    // The cascade as one model: the answers that stood, with the calls' costs and latencies added up.
    void cellOfTheCascade()
    {
        Workspace workspace;
        Category category;
        category.name = u"extract"_s;
        category.threshold = 0.5;
        category.errorCostUsd = 1.0;
        workspace.categories.append(category);
        const CascadeCellResult result
            = cascadeCell(workspace, fourCases(), u"extract"_s, { u"cheap"_s, u"big"_s }, isJson);
        QVERIFY2(result.cascade, qPrintable(result.error));
        const CellStats& cell = result.cascade->cell;
        QCOMPARE(cell.modelId, u"cascade:cheap>big"_s);
        QCOMPARE(cell.cases, 4);
        QCOMPARE(cell.casePasses, 2.0);
        QCOMPARE(cell.modelCostPerRequest(), 0.023 / 4);
        QVERIFY(cell.meetsBarObserved()); // 2 of 4 on a 0.5 bar
        // 0.00575 + (1 - 2.5 / 5) x $1
        QCOMPARE(cell.expectedTotalCostPerRequest(), 0.023 / 4 + 0.5);
        QCOMPARE(cascadeLabel({ u"cheap"_s, u"big"_s }), u"cascade cheap\u2192big"_s);

        const CascadeCellResult refused = cascadeCell(workspace, fourCases(), u"extract"_s, { u"cheap"_s }, isJson);
        QVERIFY(!refused.cascade);
        QVERIFY(!refused.error.isEmpty());
    }

    void routeCascadesOfTheMap()
    {
        Workspace workspace;
        Route cascade { u"extract"_s, { u"cheap"_s, u"big"_s }, u"manual"_s };
        cascade.cascadeCheck = isJson;
        Route single { u"other"_s, { u"big"_s }, u"manual"_s };
        Route unsimulated { u"missing"_s, { u"cheap"_s, u"big"_s }, u"manual"_s };
        unsimulated.cascadeCheck = isJson;
        workspace.routing.routes = { single, cascade, unsimulated };
        const QList<CascadeCell> cascades = routeCascades(workspace, fourCases());
        QCOMPARE(cascades.size(), 1);
        QCOMPARE(cascades.constFirst().figures.category, u"extract"_s);
        QCOMPARE(cascades.constFirst().figures.passes, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Cascade)
#include "tst_cascade.moc"
