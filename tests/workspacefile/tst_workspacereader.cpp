// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefile/workspacereader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// A valid workspace to which a row adds its mistake; line 1 is "version: 1".
const QByteArray header = "version: 1\nname: Test\n";
const QByteArray provider = "providers:\n  - name: openai\n    kind: openai-compatible\n";
const QByteArray model = "models:\n  - id: mini\n    provider: openai\n";
const QByteArray base = header + provider + model; // 7 lines

QByteArray category(const QByteArray& extraLines)
{
    return base + "categories:\n  - name: c\n" + extraLines;
}

// A workspace text, and where its first error is expected with what it says.
void addLocatedColumns()
{
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");
}
} // namespace

class TestWorkspaceReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_fullPath = QFINDTESTDATA("data/full/full.signalbox.yaml");
        QVERIFY(!m_fullPath.isEmpty());
    }

    void readsEveryFeature()
    {
        const WorkspaceLoad load = readWorkspaceFile(m_fullPath);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const Workspace& ws = load.workspace;
        QCOMPARE(ws.name, u"Full example: every feature"_s);
        QVERIFY(ws.description.endsWith(u"JSONL case file."_s));
        QCOMPARE(ws.description.count(u'\n'), 1);
        QCOMPARE(ws.traffic.monthlyRequests, 1200000);
        QCOMPARE(ws.judgeModel, u"claude-haiku"_s);

        QCOMPARE(ws.providers.size(), 4);
        const Provider& openai = ws.providers.at(0);
        QCOMPARE(openai.key, (KeyReference { KeyReference::Store::Environment, u"OPENAI_API_KEY"_s }));
        QCOMPARE(openai.concurrency, 8);
        QCOMPARE(openai.requestsPerMinute, 500);
        QCOMPARE(openai.timeoutSeconds, 60);
        QCOMPARE(openai.headers.value(u"X-Trace"_s), u"on: always"_s);
        QCOMPARE(ws.providers.at(1).kind, ProviderKind::Anthropic);
        QCOMPARE(ws.providers.at(1).key, (KeyReference { KeyReference::Store::Keyring, u"signalbox-anthropic"_s }));
        QCOMPARE(ws.providers.at(1).timeoutSeconds, 120);
        QVERIFY(ws.providers.at(1).baseUrl.isEmpty());
        QCOMPARE(ws.providers.at(3).kind, ProviderKind::Ollama);

        QCOMPARE(ws.models.size(), 5);
        const ModelSpec& mini = ws.models.at(0);
        QCOMPARE(mini.model, u"gpt-4o-mini"_s); // defaults to the id
        QCOMPARE(mini.price.input, 0.15);
        QCOMPARE(mini.price.cachedInput, std::optional<double>(0.075));
        QVERIFY(!mini.price.reasoning);
        QCOMPARE(mini.contextWindow, 128000);
        QCOMPARE(mini.simulation, std::optional(SimulationProfile { 0.82, 450 }));
        QCOMPARE(ws.models.at(1).model, u"o4-mini-2025-04-16"_s);
        QCOMPARE(ws.models.at(1).price.reasoning, std::optional<double>(4.4));
        QCOMPARE(ws.models.at(4).price, Price {});
    }

    void readsCategoriesAndCases()
    {
        const WorkspaceLoad load = readWorkspaceFile(m_fullPath);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const Workspace& ws = load.workspace;
        QCOMPARE(ws.categories.size(), 4);
        const Category& tickets = ws.categories.at(0);
        QCOMPARE(tickets.trafficShare, 0.45);
        QVERIFY(tickets.systemPrompt.endsWith(u"technical or other.\n"_s));
        QCOMPARE(tickets.promptTemplate, u"Ticket:\n{{input}}"_s);
        const QVariantMap bounds { { u"min"_s, u"1"_s }, { u"max"_s, u"2"_s } };
        QCOMPARE(tickets.scorers,
                 (QList<ScorerSpec> { { u"iequals"_s, u"{{expected}}"_s }, { u"word-count"_s, bounds } }));
        QCOMPARE(tickets.cases.size(), 5);
        const TestCase& chat = tickets.cases.at(1);
        QVERIFY(chat.isChat());
        QCOMPARE(chat.messages.size(), 3);
        QCOMPARE(chat.messages.at(2).content, u"The {{product}} app: it says \"session expired\"."_s);
        QCOMPARE(chat.vars.value(u"product"_s), u"Mobile"_s);
        QCOMPARE(chat.systemPrompt, u"You triage tickets for the mobile team."_s);
        QCOMPARE(chat.scorers.size(), 1);
        QCOMPARE(tickets.cases.at(2).prompt, u"Order 1182 arrived broken.\n\n\n"_s);
        QCOMPARE(tickets.cases.at(3).id, u"#4"_s);
        QCOMPARE(tickets.cases.at(3).expected, u"null"_s);
        QCOMPARE(tickets.cases.at(3).tags, (QStringList { u"with, comma"_s, u"tab\there"_s }));
        QCOMPARE(tickets.cases.at(4).prompt, u"Quoted 'single' and # hash: all kept — ünïcödé ✓"_s);
        QCOMPARE(ws.categories.at(3).cases.size(), 0);
        QCOMPARE(ws.categories.at(3).target, OptimisationTarget::MostStable);
    }

    void readsCaseFiles()
    {
        const WorkspaceLoad load = readWorkspaceFile(m_fullPath);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const Category& extraction = load.workspace.categories.at(1);
        QCOMPARE(extraction.casesSource.path, u"cases/extraction.jsonl"_s);
        QCOMPARE(extraction.cases.size(), 3);
        QCOMPARE(extraction.cases.at(1).messages.at(1).content, u"It's order B-7 — contact: ana@example.org"_s);
        QCOMPARE(extraction.cases.at(2).scorers.at(1).weight, 0.5);
        QCOMPARE(extraction.scorers.at(1).path, u"order.id"_s);
        QCOMPARE(extraction.passThreshold, 0.8);

        const Category& summaries = load.workspace.categories.at(2);
        QCOMPARE(summaries.casesSource.path, u"cases/summaries.csv"_s);
        QCOMPARE(summaries.cases.size(), 3);
        QCOMPARE(summaries.cases.at(0).prompt.count(u'\n'), 1);
        QCOMPARE(summaries.cases.at(0).tags, (QStringList { u"hardware"_s, u"repeat"_s }));
        QCOMPARE(summaries.cases.at(0).vars.value(u"customer"_s), u"Dana"_s);
        QCOMPARE(summaries.cases.at(1).prompt, u"Customer says \"the app, again\" crashes on start"_s);
        QVERIFY(!summaries.cases.at(1).vars.contains(u"customer"_s));
        QCOMPARE(summaries.cases.at(1).systemPrompt, u"Keep it under twenty words."_s);
        QCOMPARE(summaries.scorers.at(0).value.toStringList(), (QStringList { u"5"_s, u"60"_s }));
    }

    void readsRouting()
    {
        const WorkspaceLoad load = readWorkspaceFile(m_fullPath);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const RoutingMap& routing = load.workspace.routing;
        QCOMPARE(routing.defaultChain, (QStringList { u"gpt-4o-mini"_s, u"claude-haiku"_s }));
        QCOMPARE(routing.routes.size(), 2);
        const Route& route = routing.routes.at(0);
        QCOMPARE(route.rule, u"cheapest-passing"_s);
        QVERIFY(route.evidence);
        QCOMPARE(route.evidence->date, QDateTime(QDate(2026, 11, 20), QTime(10, 14, 3), Qt::UTC));
        QCOMPARE(route.evidence->accuracyLow, 0.801);
        QCOMPARE(route.evidence->accuracyHigh, 0.974);
        QCOMPARE(routing.routes.at(1).fallbacks().size(), 3);
        QVERIFY(!routing.routes.at(1).evidence);
    }

    void collectsErrorsInOnePass()
    {
        const QString path = QFINDTESTDATA("data/bad/broken.signalbox.yaml");
        const WorkspaceLoad load = readWorkspaceFile(path);
        QList<std::pair<int, int>> workspaceLines;
        QList<int> csvLines;
        for (const FileError& error : load.errors) {
            if (error.file == path)
                workspaceLines.append({ error.line, error.column });
            else if (error.file.endsWith(u"data/bad/cases/rows.csv"_s))
                csvLines.append(error.line);
        }
        const QList<std::pair<int, int>> expected
            = { { 6, 5 }, { 5, 11 }, { 11, 14 }, { 15, 5 }, { 19, 26 }, { 21, 11 }, { 24, 19 } };
        QCOMPARE(workspaceLines, expected);
        QCOMPARE(csvLines, QList<int> { 3 });
        QCOMPARE(load.errors.size(), 8);
    }

    void badInput_data()
    {
        addLocatedColumns();

        QTest::newRow("syntax: bad indentation") << header + "providers:\n  - name: openai\n     kind: gemini\n"
                                                 << 5 << 10 << u"YAML syntax error"_s;
        QTest::newRow("syntax: unclosed list") << header + "routing:\n  default: [a, b\n"
                                               << 5 << 1 << u"expected ']'"_s;
        QTest::newRow("syntax: tab indentation") << header + "traffic:\n\tmonthly_requests: 5\n" << 4 << 1 << u"tab"_s;
        QTest::newRow("syntax: two values on a line") << header + "description: a: b\n"
                                                      << 3 << 15 << u"unexpected ':'"_s;
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << u"the file is empty"_s;
        QTest::newRow("only comments") << QByteArray("# nothing yet\n") << 1 << 1 << u"no YAML content"_s;
        QTest::newRow("top level is a list") << QByteArray("- version: 1\n") << 1 << 1 << u"expected a mapping"_s;
        QTest::newRow("two documents") << header + "---\nname: other\n" << 4 << 1 << u"second one"_s;
        QTest::newRow("non-UTF-8 byte") << QByteArray("version: 1\nname: caf\xE9 menu\n") << 2 << 10
                                        << u"not valid UTF-8"_s;
        QTest::newRow("version missing") << QByteArray("name: Test\n") << 1 << 1 << u"'version'"_s;
        QTest::newRow("version newer") << QByteArray("version: 3\nname: Test\n") << 1 << 10
                                       << u"newer than this Signalbox supports"_s;
        QTest::newRow("version not a number")
            << QByteArray("version: one\nname: Test\n") << 1 << 10 << u"whole number"_s;
        QTest::newRow("name missing") << QByteArray("version: 1\n") << 1 << 1 << u"missing the required key 'name'"_s;
        QTest::newRow("unknown key, suggestion")
            << category("    treshold: 0.9\n") << 11 << 5 << u"did you mean 'threshold'?"_s;
        QTest::newRow("unknown key, list") << header + "colour: red\n" << 3 << 1 << u"known keys: version, name"_s;
        QTest::newRow("duplicate key") << header + "name: Again\n" << 3 << 1 << u"duplicate key 'name'"_s;
        QTest::newRow("api_key refused") << header
                + "providers:\n  - name: openai\n    kind: gemini\n    api_key: sk-123\n"
                                         << 6 << 5 << u"API keys are never stored"_s;
        QTest::newRow("secret header refused")
            << header + "providers:\n  - name: p\n    kind: gemini\n    headers:\n      Authorization: Bearer x\n"
            << 7 << 7 << u"would carry a secret"_s;
        QTest::newRow("both key references")
            << header + "providers:\n  - name: p\n    kind: gemini\n    api_key_env: A\n    api_key_keyring: b\n"
            << 7 << 22 << u"at most one"_s;
        QTest::newRow("wrong type: number")
            << category("    threshold: high\n") << 11 << 16 << u"expected a number from 0 to 1, found 'high'"_s;
        QTest::newRow("wrong type: text")
            << QByteArray("version: 1\nname: [a, b]\n") << 2 << 7 << u"expected text, found a list"_s;
        QTest::newRow("wrong type: whole number")
            << header + "providers:\n  - name: p\n    kind: gemini\n    concurrency: 2.5\n"
            << 6 << 18 << u"expected a whole number from 1 to 1000, found '2.5'"_s;
        QTest::newRow("wrong type: list") << header + "providers: openai\n" << 3 << 12 << u"expected a list"_s;
        QTest::newRow("missing provider kind") << header + "providers:\n  - name: p\n"
                                               << 4 << 5 << u"missing the required key 'kind'"_s;
        QTest::newRow("missing category name") << base + "categories:\n  - target: most-accurate\n"
                                               << 10 << 5 << u"a category is missing the required key 'name'"_s;
        QTest::newRow("missing chain") << category("routing:\n  routes:\n    - category: c\n") << 13 << 7
                                       << u"'chain'"_s;
        QTest::newRow("unknown provider kind")
            << header + "providers:\n  - name: p\n    kind: openai\n"
            << 5 << 11 << u"expected one of 'openai-compatible', 'anthropic', 'gemini' or 'ollama'"_s;
        QTest::newRow("unknown target") << category("    target: cheapest\n") << 11 << 13
                                        << u"unknown target 'cheapest'"_s;
        QTest::newRow("unknown scorer type")
            << category("    scorers:\n      - type: icontain\n") << 12 << 15 << u"did you mean 'icontains'?"_s;
        QTest::newRow("unknown negated scorer type")
            << category("    scorers:\n      - type: not-regexp\n") << 12 << 15 << u"did you mean 'not-regex'?"_s;
        QTest::newRow("unknown scorer type, list")
            << category("    scorers:\n      - type: vibes\n") << 12 << 15 << u"known types: equals"_s;
        QTest::newRow("invalid regex") << category("    scorers:\n      - type: regex\n        value: ab(c\n") << 13
                                       << 20 << u"invalid regular expression"_s;
        QTest::newRow("bad json path") << category(
            "    scorers:\n      - type: json-field-equals\n        path: items[x].sku\n")
                                       << 13 << 21 << u"invalid JSON path"_s;
        QTest::newRow("json path missing")
            << category("    scorers:\n      - type: json-field-equals\n") << 12 << 9 << u"needs a path"_s;
        QTest::newRow("numeric scorer value") << category("    scorers:\n      - type: numeric\n        value: high\n")
                                              << 13 << 16 << u"numeric expects a number, found 'high'"_s;
        QTest::newRow("regex in single quotes")
            << category("    scorers:\n      - type: regex\n        value: 'it''s (a'\n") << 13 << 25
            << u"invalid regular expression"_s;
        QTest::newRow("regex in double quotes")
            << category("    scorers:\n      - type: regex\n        value: \"\\\\d+ [a-\"\n") << 13 << 25
            << u"invalid regular expression"_s;
        QTest::newRow("regex in a flow mapping")
            << category("    scorers: [{type: regex, value: a)b}]\n") << 11 << 37 << u"invalid regular expression"_s;
        QTest::newRow("regex in a block scalar")
            << category("    scorers:\n      - type: regex\n        value: |-\n          ab(c\n") << 13 << 16
            << u"invalid regular expression"_s;
        QTest::newRow("columns count characters")
            << category("    scorers:\n      - {type: icontains, value: \xC3\xBC, weight: -1}\n") << 12 << 45
            << u"weight: expected a number from 0 to 1000, found '-1'"_s;
        QTest::newRow("similar threshold above 1")
            << category("    scorers:\n      - type: similar\n        threshold: 1.5\n") << 13 << 20
            << u"threshold: expected a number from 0 to 1, found 1.5"_s;
        QTest::newRow("negative levenshtein distance")
            << category("    scorers:\n      - type: levenshtein\n        threshold: -1\n") << 13 << 20
            << u"expected a number of 0 or more, found -1"_s;
        QTest::newRow("word-count bounds reversed")
            << category("    scorers:\n      - type: word-count\n        value: {min: 50, max: 20}\n") << 13 << 16
            << u"word-count expects a count of 0 or more, {min: a, max: b} or [a, b] with a <= b"_s;
        QTest::newRow("word-count bound not a number")
            << category("    scorers:\n      - type: word-count\n        value: {min: [1]}\n") << 13 << 22
            << u"value.min: expected text, found a list"_s;
        QTest::newRow("threshold on a type without one")
            << category("    scorers:\n      - type: icontains\n        value: x\n        threshold: 0.5\n") << 14 << 20
            << u"threshold: icontains takes no threshold"_s;
        QTest::newRow("category scorer, case without expected")
            << category("    scorers:\n      - type: equals\n    cases:\n      - id: a\n        input: x\n") << 14 << 9
            << u"category scorer 1 (equals): value: equals has no value and case 'a' no expected output"_s;
        QTest::newRow("own scorer, case without expected")
            << category("    cases:\n      - id: a\n        input: x\n        scorers:\n          - type: icontains\n")
            << 15 << 13 << u"value: icontains has no value and case 'a' no expected output"_s;
        QTest::newRow("llm-rubric without rubric or expected")
            << category("    cases:\n      - id: a\n        input: x\n        scorers:\n          - type: llm-rubric\n")
            << 15 << 13 << u"llm-rubric has no value and case 'a' no expected output"_s;
        QTest::newRow("placeholder breaks own regex")
            << category("    cases:\n      - id: a\n        input: x\n        expected: a(b\n        scorers:\n"
                        "          - type: regex\n            value: ^{{expected}}$\n")
            << 17 << 20 << u"(with its placeholders filled from case 'a')"_s;
        QTest::newRow("placeholder breaks category regex")
            << category(
                   "    scorers:\n      - type: regex\n        value: \"^{{expected}}$\"\n    cases:\n      - id: ok\n"
                   "        input: x\n        expected: fine\n      - id: b\n        input: y\n"
                   "        expected: \"[\"\n")
            << 18 << 9 << u"category scorer 1 (regex): value: invalid regular expression"_s;
        QTest::newRow("undefined provider")
            << header + provider + "models:\n  - id: m\n    provider: opneai\n"
            << 8 << 15 << u"provider 'opneai' is not defined in this workspace (did you mean 'openai'?)"_s;
        QTest::newRow("undefined judge model")
            << base + "judge_model: mni\n"
            << 9 << 14 << u"judge model 'mni' is not defined in this workspace (did you mean 'mini'?)"_s;
        QTest::newRow("judge model, no models")
            << header + "judge_model: sonnet\n"
            << 3 << 14 << u"judge model 'sonnet' is not defined in this workspace, which defines none"_s;
        QTest::newRow("judge model not text") << base + "judge_model: [mini]\n"
                                              << 9 << 14 << u"judge_model: expected text, found a list"_s;
        QTest::newRow("undefined model in chain")
            << category("routing:\n  default: [mini, maxi]\n") << 12 << 19 << u"model 'maxi' is not defined"_s;
        QTest::newRow("undefined category in route")
            << category("routing:\n  routes:\n    - category: d\n      chain: [mini]\n") << 13 << 17
            << u"category 'd' is not defined"_s;
        QTest::newRow("chain too long") << category("routing:\n  default: [mini, mini2, mini3, mini4, mini5]\n") << 12
                                        << 12 << u"up to 3 fallbacks; found 5 models"_s;
        QTest::newRow("model twice in chain") << category("routing:\n  default: [mini, mini]\n") << 12 << 19
                                              << u"model 'mini' appears twice in the chain"_s;
        QTest::newRow("empty chain") << category("routing:\n  default: []\n") << 12 << 12 << u"at least one model id"_s;
        QTest::newRow("empty name") << QByteArray("version: 1\nname: \"  \"\n") << 2 << 7
                                    << u"name: must not be empty"_s;
        QTest::newRow("unknown rule") << category(
            "routing:\n  routes:\n    - category: c\n      chain: [mini]\n      rule: cheap\n")
                                      << 15 << 13 << u"unknown rule 'cheap'"_s;
        QTest::newRow("duplicate model id") << base + "  - id: mini\n    provider: openai\n"
                                            << 9 << 9 << u"duplicate model id 'mini' (first defined on line 7)"_s;
        QTest::newRow("duplicate provider name") << header + provider + "  - name: openai\n    kind: gemini\n"
                                                 << 6 << 11 << u"duplicate provider name 'openai'"_s;
        QTest::newRow("duplicate category")
            << category("  - name: c\n") << 11 << 11 << u"duplicate category name 'c'"_s;
        QTest::newRow("duplicate case id")
            << category("    cases:\n      - id: a\n        input: x\n      - id: a\n        input: y\n") << 14 << 9
            << u"duplicate case id 'a' (first used on line 12)"_s;
        QTest::newRow("negative price") << base + "    price:\n      input: -0.5\n      output: 1\n"
                                        << 10 << 14 << u"input: expected a number from 0 to 100000, found '-0.5'"_s;
        QTest::newRow("price without output") << base + "    price:\n      input: 1\n" << 10 << 7 << u"'output'"_s;
        QTest::newRow("threshold above 1")
            << category("    threshold: 1.5\n") << 11 << 16 << u"from 0 to 1, found '1.5'"_s;
        QTest::newRow("share below 0") << category("    traffic_share: -0.1\n") << 11 << 20 << u"from 0 to 1"_s;
        QTest::newRow("skill above 1") << base + "    simulation:\n      skill: 2\n" << 10 << 14 << u"skill"_s;
        QTest::newRow("shares above 1") << category("    traffic_share: 0.7\n  - name: d\n    traffic_share: 0.5\n")
                                        << 13 << 20 << u"add up to 1.2"_s;
        QTest::newRow("input and messages")
            << category("    cases:\n      - id: a\n        input: x\n        messages: []\n") << 12 << 9
            << u"both 'input' and 'messages'"_s;
        QTest::newRow("no prompt") << category("    cases:\n      - id: a\n        expected: x\n") << 12 << 9
                                   << u"give 'input' or 'messages'"_s;
        QTest::newRow("bad role") << category(
            "    cases:\n      - id: a\n        messages:\n          - role: bot\n            content: hi\n")
                                  << 14 << 19 << u"role: expected 'system', 'user' or 'assistant', found 'bot'"_s;
        QTest::newRow("cases and cases_file") << category("    cases_file: cases/summaries.csv\n    cases: []\n") << 11
                                              << 17 << u"either 'cases' or 'cases_file'"_s;
        QTest::newRow("cases_file missing")
            << category("    cases_file: cases/nowhere.csv\n") << 11 << 17 << u"does not exist"_s;
        QTest::newRow("cases_file extension")
            << category("    cases_file: cases/summaries.txt\n") << 11 << 17 << u"neither a .csv nor a .jsonl file"_s;
        QTest::newRow("bad date") << category(
            "routing:\n  routes:\n    - category: c\n      chain: [mini]\n      evidence:\n        date: yesterday\n")
                                  << 16 << 15 << u"expected a date and time"_s;
        QTest::newRow("bad interval") << category("routing:\n  routes:\n    - category: c\n      chain: [mini]\n      "
                                                  "evidence:\n        interval: [0.9, 0.8]\n")
                                      << 16 << 19 << u"0 <= low <= high <= 1"_s;
        QTest::newRow("bad base_url") << header
                + "providers:\n  - name: p\n    kind: gemini\n    base_url: localhost:8080\n"
                                      << 6 << 15 << u"expected an http:// or https:// URL"_s;
        QTest::newRow("batch_api word") << header + provider + "    batch_api: yes\n"
                                        << 6 << 16 << u"batch_api: expected true or false"_s;
        QTest::newRow("batch_api quoted") << header + provider + "    batch_api: \"true\"\n"
                                          << 6 << 16 << u"batch_api: expected true or false"_s;
    }

    // Whether a provider's server has its kind's batch API: as written, or left to its host.
    void readsBatchApi_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("expected"); // -1: absent
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("true") << QByteArray("    batch_api: true\n") << 1;
        QTest::newRow("false") << QByteArray("    batch_api: false\n") << 0;
    }

    void readsBatchApi()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, expected);
        const WorkspaceLoad load = parseWorkspace(header + provider + line + model, u"batch.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const std::optional<bool> batchApi = load.workspace.providers.constFirst().batchApi;
        QCOMPARE(batchApi.has_value() ? int(*batchApi) : -1, expected);
    }

    // Numbers the runner would allocate for, wait on or overflow with: refused where they stand.
    void outOfRange_data()
    {
        addLocatedColumns();

        const QByteArray p = header + "providers:\n  - name: p\n    kind: gemini\n"; // line 6 is free
        QTest::newRow("concurrency INT_MAX") << p + "    concurrency: 2147483647\n" << 6 << 18
                                             << u"concurrency: expected a whole number from 1 to 1000, found '2147483647'"_s;
        QTest::newRow("concurrency 1e11") << p + "    concurrency: 100000000000\n" << 6 << 18
                                          << u"from 1 to 1000, found '100000000000'"_s;
        QTest::newRow("concurrency beyond 64 bits") << p + "    concurrency: 99999999999999999999999\n" << 6 << 18
                                                    << u"from 1 to 1000"_s;
        QTest::newRow("concurrency 0") << p + "    concurrency: 0\n" << 6 << 18 << u"from 1 to 1000, found '0'"_s;
        QTest::newRow("requests_per_minute") << p + "    requests_per_minute: 2000000\n" << 6 << 26
                                             << u"requests_per_minute: expected a whole number from 0 to 1000000"_s;
        QTest::newRow("timeout_s 0") << p + "    timeout_s: 0\n" << 6 << 16 << u"timeout_s: expected a whole number from 1 to 86400"_s;
        QTest::newRow("timeout_s a year") << p + "    timeout_s: 31536000\n" << 6 << 16 << u"from 1 to 86400"_s;
        QTest::newRow("monthly_requests") << header + "traffic:\n  monthly_requests: 10000000000000\n" << 4 << 21
                                          << u"monthly_requests: expected a whole number from 0 to 1000000000000"_s;
        QTest::newRow("context_window") << base + "    context_window: 1000000000\n" << 9 << 21
                                        << u"context_window: expected a whole number from 0 to 100000000"_s;
        QTest::newRow("price") << base + "    price: {input: 1e9, output: 1}\n" << 9 << 20
                               << u"input: expected a number from 0 to 100000, found '1e9'"_s;
        QTest::newRow("price infinite") << base + "    price: {input: .inf, output: 1}\n" << 9 << 20
                                        << u"input: expected a number from 0 to 100000"_s;
        QTest::newRow("simulated latency") << base + "    simulation: {skill: 0.5, latency_ms: 99999999999}\n"
                                           << 9 << 42 << u"latency_ms: expected a whole number from 0 to 600000"_s;
        QTest::newRow("scorer weight") << category("    scorers:\n      - {type: icontains, value: x, weight: 1e300}\n")
                                       << 12 << 45 << u"weight: expected a number from 0 to 1000"_s;
        QTest::newRow("evidence cases") << category("routing:\n  routes:\n    - category: c\n      chain: [mini]\n"
                                                    "      evidence: {cases: 99999999999}\n")
                                        << 15 << 25 << u"cases: expected a whole number from 0 to 1000000000"_s;
        QTest::newRow("evidence cost") << category("routing:\n  routes:\n    - category: c\n      chain: [mini]\n"
                                                   "      evidence: {cost_per_1k: 1e30}\n")
                                       << 15 << 31 << u"cost_per_1k: expected a number from 0 to 1000000000"_s;
        QTest::newRow("version in quotes") << QByteArray("version: \"1\"\nname: Test\n") << 1 << 10
                                           << u"version: expected the number 1, found the text '1' in quotes"_s;
        QTest::newRow("threshold in quotes") << category("    threshold: '0.9'\n") << 11 << 16
                                             << u"threshold: expected a number, found the text '0.9' in quotes"_s;
    }

    void outOfRange()
    {
        badInput();
    }

    // Headers go on the wire as written: nothing may end one early or carry a key.
    void badHeaders_data()
    {
        addLocatedColumns();

        const QByteArray p = header + "providers:\n  - name: p\n    kind: gemini\n    headers:\n"; // line 7 is free
        QTest::newRow("CR LF smuggles a header")
            << p + "      X-Ok: \"a\\r\\nAuthorization: Bearer sk-smuggled\"\n" << 7 << 15
            << u"headers.X-Ok: a header value holds visible ASCII characters"_s;
        QTest::newRow("LF in a flow mapping") << header + "providers:\n  - name: p\n    kind: gemini\n"
                                                 "    headers: {X-Ok: \"a\\nb\"}\n"
                                              << 6 << 23 << u"found the control character U+000A"_s;
        QTest::newRow("NUL in a value") << p + "      X-Ok: \"a\\0\"\n" << 7 << 15 << u"U+0000"_s;
        QTest::newRow("non-ASCII value") << p + "      X-Ok: caf\xC3\xA9\n" << 7 << 16 << u"found '\u00E9' (U+00E9)"_s;
        QTest::newRow("space in a name") << p + "      \"X Bad\": v\n" << 7 << 9
                                         << u"headers: a header name is a token"_s;
        QTest::newRow("colon in a name") << p + "      \"X:Bad\": v\n" << 7 << 9 << u"holds ':' (U+003A)"_s;
        QTest::newRow("empty name") << p + "      \"\": v\n" << 7 << 7 << u"headers: expected a name"_s;
        QTest::newRow("value ends with a space") << p + "      X-Ok: \"v \"\n" << 7 << 15 << u"found a space"_s;
        QTest::newRow("Authorization") << p + "      authorization: Bearer x\n" << 7 << 7
                                       << u"'authorization' would carry a secret"_s;
        QTest::newRow("Proxy-Authorization") << p + "      Proxy-Authorization: Basic x\n" << 7 << 7
                                             << u"would carry a secret"_s;
        QTest::newRow("x-goog-api-key") << p + "      X-Goog-Api-Key: k\n" << 7 << 7 << u"would carry a secret"_s;
        QTest::newRow("api-key") << p + "      api-key: k\n" << 7 << 7 << u"would carry a secret"_s;
        QTest::newRow("Cookie") << p + "      Cookie: session=1\n" << 7 << 7 << u"would carry a secret"_s;
    }

    void badHeaders()
    {
        badInput();
    }

    // What used to load although it is wrong, and messages that used to mislead.
    void wrongButAccepted_data()
    {
        addLocatedColumns();

        const QByteArray oneCase = "    cases:\n      - id: a\n        input: x\n"; // lines 11-13
        QTest::newRow("BEL in a category name") << base + "categories:\n  - name: \"ab\\a\"\n" << 10 << 14
                                                << u"name: holds the control character U+0007"_s;
        QTest::newRow("ESC in a model id") << header + provider + "models:\n  - id: \"\\e[31mred\"\n    provider: openai\n"
                                           << 7 << 10 << u"id: holds the control character U+001B"_s;
        QTest::newRow("ESC in a provider name") << header + "providers:\n  - name: \"p\\x1b\"\n    kind: gemini\n"
                                                << 4 << 13 << u"control character U+001B"_s;
        QTest::newRow("BEL in a case id") << category("    cases:\n      - id: \"a\\ab\"\n        input: x\n") << 12
                                          << 15 << u"control character U+0007"_s;
        QTest::newRow("bidi override in a name") << base + "categories:\n  - name: \"a\\u202Eb\"\n" << 10 << 13
                                                 << u"U+202E"_s;
        QTest::newRow("tags as a scalar") << category(oneCase + "        tags: billing\n") << 14 << 15
                                          << u"tags: expected a list such as [a, b], found 'billing'"_s;
        QTest::newRow("a local tag") << category("    description: !foo text\n") << 11 << 18
                                     << u"the YAML tag '!foo' is not supported"_s;
        QTest::newRow("!!binary") << header + "description: !!binary aGVsbG8=\n" << 3 << 14
                                  << u"the YAML tag '!!binary' is not supported"_s;
        QTest::newRow("lone surrogate") << header + "description: \"a\\ud800b\"\n" << 3 << 16
                                        << u"\\ud800 is half of a UTF-16 surrogate pair"_s;
        QTest::newRow("NUL byte") << header + QByteArray("description: a\0b\n", 17) << 3 << 15
                                  << u"the file contains a NUL byte at line 3, column 15"_s;
        QTest::newRow("raw ESC byte") << header + "description: a\x1b[31mb\n" << 3 << 15
                                      << u"the control character U+001B"_s;
        QTest::newRow("10,000 nested [") << header + "description: " + QByteArray(10000, '[') + "\n" << 3 << 77
                                         << u"nesting deeper than 64 levels"_s;
        QTest::newRow("10,000 nested - ") << header + "description:\n" + QByteArray(20000, '-').replace("--", "- ")
                                          << 4 << 127 << u"nesting deeper than 64 levels"_s;
        QTest::newRow("deep indentation") << []() {
            QByteArray text = header + "description:\n";
            for (int i = 1; i < 100; ++i)
                text += QByteArray(i, ' ') + "a:\n";
            return text;
        }() << 67 << 65 << u"nesting deeper than 64 levels"_s;
        QTest::newRow("alias bomb") << []() {
            QByteArray text = header + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
            for (int i = 1; i < 10; ++i)
                text += QByteArray("a%1: &a%1 [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n")
                            .replace("%1", QByteArray::number(i))
                            .replace("b", QByteArray("a").append(QByteArray::number(i - 1)));
            return text;
        }() << 3 << 16 << u"an alias bomb?"_s;
        QTest::newRow("alias that contains itself") << header + "description: &a [*a]\n" << 3 << 14
                                                    << u"does an alias refer to a node that contains it?"_s;
        QTest::newRow("cases_file is a folder") << category("    cases_file: cases.jsonl\n") << 11 << 17
                                                << u"cases_file: 'cases.jsonl' is a folder, not a file"_s;
    }

    void wrongButAccepted()
    {
        badInput();
    }

    // One problem an alias repeats 100,000 times is reported once.
    void eachProblemOnce()
    {
        QByteArray text = category("    cases:\n      - id: a\n        input: x\n        tags: [&bad [1]");
        for (int i = 0; i < 100000; ++i)
            text += ", *bad";
        text += "]\n";
        const WorkspaceLoad load = parseWorkspace(text, u"mem.signalbox.yaml"_s);
        QCOMPARE(load.errors.size(), 1);
        QVERIFY2(load.errors.at(0).message.contains(u"tags: expected a text item, found a list"_s),
                 qPrintable(formatErrors(load.errors)));
    }

    // YAML 1.2 reads a lone CR as a line break, as old Mac editors wrote them.
    void crOnlyLineEndsLoad()
    {
        QFile file(m_fullPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray lf = file.readAll();
        const WorkspaceLoad expected = parseWorkspace(lf, m_fullPath);
        QVERIFY2(expected.ok(), qPrintable(formatErrors(expected.errors)));
        const WorkspaceLoad cr = parseWorkspace(QByteArray(lf).replace('\n', '\r'), m_fullPath);
        QVERIFY2(cr.ok(), qPrintable(formatErrors(cr.errors)));
        QCOMPARE(cr.workspace, expected.workspace);
        const WorkspaceLoad broken
            = parseWorkspace(QByteArray("version: 1\rname: Test\rcolour: red\r"), u"mem.signalbox.yaml"_s);
        QCOMPARE(broken.errors.size(), 1);
        QCOMPARE(broken.errors.at(0).line, 3);
    }

    // Messages never carry a control character to a terminal: names are escaped when printed.
    void controlCharactersArePrintedEscaped()
    {
        const FileError error { u"w\x1b.yaml"_s, 2, 3, u"category 'a\u0007b\nc' is not defined"_s };
        QCOMPARE(error.toString(), u"w\\x1b.yaml:2:3: category 'a\\x07b\\nc' is not defined"_s);
    }

    // What the scoring module accepts loads, whatever an older reader thought of it.
    void acceptsWhatScoringAccepts_data()
    {
        QTest::addColumn<QByteArray>("scorer");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("threshold");

        QTest::newRow("levenshtein: a maximum edit distance")
            << QByteArray("type: levenshtein\n            threshold: 12") << QVariant() << QVariant(12.0);
        QTest::newRow("levenshtein: default distance") << QByteArray("type: levenshtein") << QVariant() << QVariant();
        QTest::newRow("similar: a minimum similarity")
            << QByteArray("type: similar\n            threshold: 0.75") << QVariant() << QVariant(0.75);
        QTest::newRow("llm-rubric: judged against the expected output")
            << QByteArray("type: llm-rubric\n            threshold: 0.5") << QVariant() << QVariant(0.5);
        QTest::newRow("word-count: {min, max}")
            << QByteArray("type: word-count\n            value: {min: 20, max: 50}")
            << QVariant(QVariantMap { { u"min"_s, u"20"_s }, { u"max"_s, u"50"_s } }) << QVariant();
        QTest::newRow("word-count: block mapping, one bound")
            << QByteArray("type: not-word-count\n            value:\n              max: 3")
            << QVariant(QVariantMap { { u"max"_s, u"3"_s } }) << QVariant();
        QTest::newRow("word-count: [min, max]") << QByteArray("type: word-count\n            value: [1, 9]")
                                                << QVariant(QStringList { u"1"_s, u"9"_s }) << QVariant();
        QTest::newRow("word-count: exact")
            << QByteArray("type: word-count\n            value: 7") << QVariant(u"7"_s) << QVariant();
    }

    void acceptsWhatScoringAccepts()
    {
        QFETCH(QByteArray, scorer);
        QFETCH(QVariant, value);
        QFETCH(QVariant, threshold);
        const QByteArray text = category("    cases:\n      - id: a\n        input: x\n        expected: y\n"
                                         "        scorers:\n          - ")
            + scorer + '\n';
        const WorkspaceLoad load = parseWorkspace(text, u"mem.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors) + u'\n' + QString::fromUtf8(text)));
        const ScorerSpec& spec = load.workspace.categories.at(0).cases.at(0).scorers.at(0);
        QCOMPARE(spec.value, value);
        QCOMPARE(spec.threshold.has_value(), threshold.isValid());
        if (spec.threshold)
            QCOMPARE(*spec.threshold, threshold.toDouble());
    }

    void badInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        const QString path = QFINDTESTDATA("data/full") + u"/bad.signalbox.yaml"_s;
        const WorkspaceLoad load = parseWorkspace(text, path);
        QVERIFY2(!load.ok(), "the bad input was accepted");
        const FileError& error = load.errors.constFirst();
        if (qEnvironmentVariableIsSet("SIGNALBOX_PRINT_MESSAGES"))
            qInfo().noquote() << QTest::currentDataTag() << "|" << error.line << ":" << error.column << "|"
                              << error.message;
        QVERIFY2(error.message.contains(fragment), qPrintable(formatErrors(load.errors)));
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    // One-character deletions all over the full example (every seventh, to stay quick): the reader
    // never throws, and whatever it reports is located.
    void damagedFilesGiveLocatedErrors()
    {
        QFile file(m_fullPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        int failures = 0;
        for (qsizetype i = 0; i < text.size(); i += 7) {
            const WorkspaceLoad load = parseWorkspace(QByteArray(text).remove(i, 1), m_fullPath);
            for (const FileError& error : load.errors) {
                QVERIFY2(error.line > 0 && error.column > 0 && !error.message.isEmpty(), qPrintable(error.toString()));
                ++failures;
            }
        }
        QVERIFY(failures > 20);
    }

private:
    QString m_fullPath;
};

QTEST_GUILESS_MAIN(TestWorkspaceReader)
#include "tst_workspacereader.moc"
