// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefile/caseimport.h"

#include <QDir>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString csvName = u"cases.csv"_s;
const QString jsonlName = u"cases.jsonl"_s;

TestCase textCase(const QString& id, const QString& prompt, const QString& expected)
{
    TestCase testCase;
    testCase.id = id;
    testCase.prompt = prompt;
    testCase.expected = expected;
    return testCase;
}

QList<TestCase> trickyCases()
{
    TestCase first = textCase(u"q1"_s, u"comma, \"quotes\" and\nline breaks\r\nand CRLF gone"_s, u"  spaces kept  "_s);
    first.prompt.remove(u'\r');
    first.tags = { u"a"_s, u"b c"_s };
    first.vars = { { u"name"_s, u"Zoë"_s }, { u"plan"_s, u"pro, annual"_s } };
    TestCase second = textCase(u"q2"_s, u"plain"_s, QString());
    second.systemPrompt = u"Be brief."_s;
    second.vars = { { u"plan"_s, u"free"_s } };
    return { first, second };
}
} // namespace

class TestCaseImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvQuotingBomAndCrlf()
    {
        const QByteArray text = "\xEF\xBB\xBFid,prompt,expected,tags,vars.lang\r\n"
                                "a1,\"Hello, \"\"world\"\"\r\nsecond line\",greeting,x; y ;,fr\r\n"
                                "\r\n"
                                "a2,Plain text,,,\r\n";
        const CaseImport result = parseCsvCases(text, csvName);
        QVERIFY2(result.errors.isEmpty(), qPrintable(formatErrors(result.errors)));
        QCOMPARE(result.cases.size(), 2);
        QCOMPARE(result.cases.at(0).prompt, u"Hello, \"world\"\nsecond line"_s);
        QCOMPARE(result.cases.at(0).tags, (QStringList { u"x"_s, u"y"_s }));
        QCOMPARE(result.cases.at(0).vars.value(u"lang"_s), u"fr"_s);
        QCOMPARE(result.cases.at(1).expected, QString());
        QVERIFY(result.cases.at(1).vars.isEmpty());
    }

    void csvBadRows_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");

        const QByteArray head = "id,input,expected\n";
        QTest::newRow("too few fields") << head + "a,x,1\nb,y\nc,z,3\n"
                                        << 2 << 3 << 1 << u"this row has 2 fields; the header row has 3"_s;
        QTest::newRow("too many fields") << head + "a,x,1,extra\nb,y,2\n" << 1 << 2 << 1 << u"has 4 fields"_s;
        QTest::newRow("missing id") << head + "a,x,1\n,y,2\n" << 1 << 3 << 1 << u"this row has no id"_s;
        QTest::newRow("missing input") << head + "a,,1\nb,y,2\n" << 1 << 2 << 3 << u"case 'a' has no input"_s;
        QTest::newRow("duplicate id") << head + "a,x,1\nb,\"multi\nline\",2\na,z,3\n"
                                      << 2 << 5 << 1 << u"duplicate case id 'a' (first used on line 2)"_s;
        QTest::newRow("unclosed quote") << head + "a,x,1\nb,\"never closed,2\n" << 1 << 3 << 3 << u"is not closed"_s;
        QTest::newRow("text after quote") << head + "a,\"x\"y,1\nb,y,2\n"
                                          << 1 << 2 << 6 << u"after a closing quote, found 'y'"_s;
        QTest::newRow("unknown column") << QByteArray("id,input,expcted\na,x,1\n") << 0 << 1 << 10
                                        << u"did you mean 'expected'?"_s;
        QTest::newRow("unknown column, no id")
            << QByteArray("name,input\na,x\n") << 0 << 1 << 1 << u"unknown column 'name'"_s;
        QTest::newRow("input and prompt")
            << QByteArray("id,input,prompt\na,x,y\n") << 0 << 1 << 1 << u"both 'input' and 'prompt'"_s;
        QTest::newRow("empty file") << QByteArray() << 0 << 1 << 1 << u"the file is empty"_s;
        QTest::newRow("non-UTF-8") << head + "a,ol\xE9,1\n" << 0 << 2 << 5 << u"not valid UTF-8"_s;
        QTest::newRow("header only") << head << 0 << 1 << 1 << u"a header row but no test cases"_s;
        QTest::newRow("NUL byte") << head + QByteArray("a,x\0y,1\n", 8) << 0 << 2 << 4 << u"NUL byte at line 2, column 4"_s;
        QTest::newRow("control character in id")
            << head + "a\x1b[31m,x,1\nb,y,2\n" << 1 << 2 << 1 << u"id: holds the control character U+001B"_s;
    }

    void csvBadRows()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kept);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        const CaseImport result = parseCsvCases(text, csvName);
        QVERIFY2(!result.errors.isEmpty(), "the bad row was accepted");
        const FileError& error = result.errors.constFirst();
        if (qEnvironmentVariableIsSet("SIGNALBOX_PRINT_MESSAGES"))
            qInfo().noquote() << QTest::currentDataTag() << "|" << error.line << ":" << error.column << "|"
                              << error.message;
        QVERIFY2(error.message.contains(fragment), qPrintable(formatErrors(result.errors)));
        QCOMPARE(error.file, csvName);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(result.cases.size(), kept);
    }

    void jsonlBlankLinesAndChat()
    {
        const QByteArray text
            = "{\"id\":\"j1\",\"input\":\"Hi {{name}}\",\"vars\":{\"name\":\"Ann\"},\"expected\":42}\r\n"
              "\n   \n"
              "{\"id\":\"j2\",\"messages\":[{\"role\":\"user\",\"content\":\"\\ud83d\\ude00\"}],"
              "\"scorers\":[{\"type\":\"icontains-any\",\"value\":[\"a\",\"b\"],\"weight\":2}],\"tags\":[\"x\"]}\n";
        const CaseImport result = parseJsonlCases(text, jsonlName);
        QVERIFY2(result.errors.isEmpty(), qPrintable(formatErrors(result.errors)));
        QCOMPARE(result.cases.size(), 2);
        QCOMPARE(result.cases.at(0).expected, u"42"_s);
        QCOMPARE(result.cases.at(0).vars.value(u"name"_s), u"Ann"_s);
        QCOMPARE(result.cases.at(1).messages.at(0).content, u"😀"_s);
        QCOMPARE(result.cases.at(1).scorers.at(0).value.toStringList(), (QStringList { u"a"_s, u"b"_s }));
        QCOMPARE(result.cases.at(1).scorers.at(0).weight, 2.0);
    }

    void jsonlBadLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");

        const QByteArray good = "{\"id\":\"ok\",\"input\":\"x\"}\n";
        QTest::newRow("invalid JSON") << good + "{\"id\": \"b\", \"input\": }\n" << 1 << 2 << 23 << u"invalid JSON"_s;
        QTest::newRow("missing comma") << good + "\n{\"id\":\"é\" \"input\":\"x\"}\n"
                                       << 1 << 3 << 12 << u"invalid JSON"_s;
        QTest::newRow("not an object") << good + "[1, 2]\n" << 1 << 2 << 1 << u"expected a JSON object such as {\"id\": \"c1\", \"input\": \"...\"}, found a list"_s;
        QTest::newRow("missing id") << good + "{\"input\":\"x\"}\n"
                                    << 1 << 2 << 1 << u"missing the required key 'id'"_s;
        QTest::newRow("unknown key") << good + "{\"id\":\"b\",\"inptu\":\"x\"}\n"
                                     << 1 << 2 << 1 << u"did you mean 'input'?"_s;
        QTest::newRow("wrong type") << good + "{\"id\":\"b\",\"input\":\"x\",\"vars\":[1]}\n"
                                    << 1 << 2 << 1 << u"vars: expected a mapping of names to text, found a list"_s;
        QTest::newRow("duplicate id") << good + good << 1 << 2 << 1
                                      << u"duplicate case id 'ok' (first used on line 1)"_s;
        QTest::newRow("bad scorer") << good
                + "{\"id\":\"b\",\"input\":\"x\",\"scorers\":[{\"type\":\"regex\",\"value\":\"(\"}]}\n"
                                    << 1 << 2 << 1 << u"invalid regular expression"_s;
        QTest::newRow("api key") << good + "{\"id\":\"b\",\"input\":\"x\",\"api_key\":\"sk\"}\n"
                                 << 1 << 2 << 1 << u"API keys are never stored"_s;
        QTest::newRow("non-UTF-8") << good + "{\"id\":\"b\",\"input\":\"\xFF\"}\n"
                                   << 0 << 2 << 20 << u"not valid UTF-8"_s;
        QTest::newRow("empty file") << QByteArray() << 0 << 1 << 1 << u"the file holds no test cases"_s;
        QTest::newRow("blank lines only") << QByteArray("\n  \n\n") << 0 << 1 << 1 << u"the file holds no test cases"_s;
        QTest::newRow("a number") << good + "  42\n" << 1 << 2 << 3 << u"expected a JSON object such as"_s;
        QTest::newRow("a number: the message")
            << good + "42\n" << 1 << 2 << 1 << u"found a number"_s;
        QTest::newRow("a text") << good + "\"hi\"\n" << 1 << 2 << 1 << u"found a string"_s;
        QTest::newRow("null") << good + "null\n" << 1 << 2 << 1 << u"found null"_s;
        QTest::newRow("duplicate key") << good + "{\"id\":\"b\",\"input\":\"x\",\"id\":\"c\"}\n"
                                       << 1 << 2 << 23 << u"duplicate key \"id\""_s;
        QTest::newRow("duplicate key, nested") << good
                + "{\"id\":\"b\",\"input\":\"x\",\"vars\":{\"a\":\"1\",\"\\u0061\":\"2\"}}\n"
                                               << 1 << 2 << 39 << u"duplicate key \"a\""_s;
        QTest::newRow("lone high surrogate") << good + "{\"id\":\"b\",\"input\":\"a\\ud800b\"}\n"
                                             << 1 << 2 << 21 << u"\\ud800 is half of a UTF-16 surrogate pair"_s;
        QTest::newRow("lone low surrogate") << good + "{\"id\":\"\\udc00\",\"input\":\"x\"}\n"
                                            << 1 << 2 << 8 << u"\\udc00 is half"_s;
        QTest::newRow("deep nesting") << good + "{\"id\":\"b\",\"input\":" + QByteArray(10000, '[') + "\n"
                                      << 1 << 2 << 82 << u"nesting deeper than 64 levels"_s;
        QTest::newRow("NUL byte") << good + QByteArray("{\"id\":\"b\",\0\"input\":\"x\"}\n", 24)
                                  << 0 << 2 << 11 << u"NUL byte at line 2, column 11"_s;
        QTest::newRow("control character in id") << good + "{\"id\":\"b\\u0007\",\"input\":\"x\"}\n"
                                                 << 1 << 2 << 1 << u"control character U+0007"_s;
        QTest::newRow("weight as text") << good
                + "{\"id\":\"b\",\"input\":\"x\",\"scorers\":[{\"type\":\"equals\",\"value\":\"x\",\"weight\":\"2\"}]}\n"
                                        << 1 << 2 << 1 << u"weight: expected a number, found the text '2' in quotes"_s;
        QTest::newRow("tags as a scalar") << good + "{\"id\":\"b\",\"input\":\"x\",\"tags\":\"urgent\"}\n"
                                          << 1 << 2 << 1 << u"tags: expected a list such as [a, b]"_s;
    }

    // CR-only line ends separate lines as LF does.
    void jsonlCrOnlyLineEnds()
    {
        const CaseImport result = parseJsonlCases("{\"id\":\"a\",\"input\":\"x\"}\r{\"id\":\"b\",\"input\":\"y\"}\r", jsonlName);
        QVERIFY2(result.errors.isEmpty(), qPrintable(formatErrors(result.errors)));
        QCOMPARE(result.cases.size(), 2);
    }

    void jsonlBadLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kept);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        const CaseImport result = parseJsonlCases(text, jsonlName);
        QVERIFY2(!result.errors.isEmpty(), "the bad line was accepted");
        const FileError& error = result.errors.constFirst();
        if (qEnvironmentVariableIsSet("SIGNALBOX_PRINT_MESSAGES"))
            qInfo().noquote() << QTest::currentDataTag() << "|" << error.line << ":" << error.column << "|"
                              << error.message;
        QVERIFY2(error.message.contains(fragment), qPrintable(formatErrors(result.errors)));
        QCOMPARE(error.file, jsonlName);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(result.cases.size(), kept);
    }

    void csvRoundTrip()
    {
        const QList<TestCase> cases = trickyCases();
        const QByteArray text = casesToCsv(cases);
        QCOMPARE(text.left(text.indexOf('\n')), "id,input,expected,system_prompt,tags,vars.name,vars.plan");
        const CaseImport back = parseCsvCases(text, csvName);
        QVERIFY2(back.errors.isEmpty(), qPrintable(formatErrors(back.errors)));
        QCOMPARE(back.cases, cases);
        QCOMPARE(casesToCsv(back.cases), text);
        QVERIFY(csvLimitations(cases).isEmpty());
    }

    void jsonlRoundTrip()
    {
        QList<TestCase> cases = trickyCases();
        TestCase chat;
        chat.id = u"q3"_s;
        chat.messages = { { u"user"_s, u"Hi\n\"there\""_s }, { u"assistant"_s, QString() } };
        chat.expected = u"Hello"_s;
        const QVariantMap bounds { { u"min"_s, u"1"_s }, { u"max"_s, u"20"_s } };
        chat.scorers = { ScorerSpec { u"not-icontains"_s, u"sorry"_s, 0.5 },
                         ScorerSpec { u"levenshtein"_s, QVariant(), 1.0, 3.0 }, ScorerSpec { u"word-count"_s, bounds },
                         ScorerSpec { u"json-field-equals"_s, u"7"_s, 1.0, std::nullopt, u"items[0].id"_s },
                         ScorerSpec { u"contains-all"_s, QStringList { u"a"_s, u"b"_s } } };
        cases.append(chat);
        const QByteArray text = casesToJsonl(cases);
        QCOMPARE(text.count('\n'), 3);
        QVERIFY(text.startsWith("{\"id\":\"q1\",\"input\":"));
        const CaseImport back = parseJsonlCases(text, jsonlName);
        QVERIFY2(back.errors.isEmpty(), qPrintable(formatErrors(back.errors)));
        QCOMPARE(back.cases, cases);
        QCOMPARE(casesToJsonl(back.cases), text);
    }

    // Each case is checked against the scorers that apply to it: its own, else the category's.
    void appliedScorers_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("csv: no expected output")
            << csvName << QByteArray("id,input,expected\na,x,1\nb,y,\n") << 3 << 1
            << u"category scorer 1 (equals): value: equals has no value and case 'b' no expected"_s;
        QTest::newRow("csv: a placeholder breaks a pattern")
            << csvName << QByteArray("input,id,expected\nx,a,1\ny,b,(\n") << 3 << 3
            << u"category scorer 2 (regex): value: invalid regular expression"_s;
        QTest::newRow("jsonl: no expected output")
            << jsonlName
            << QByteArray("{\"id\":\"a\",\"input\":\"x\",\"expected\":\"1\"}\n{\"id\":\"b\",\"input\":\"y\"}\n") << 2
            << 1 << u"category scorer 1 (equals)"_s;
        QTest::newRow("jsonl: own scorer without expected output")
            << jsonlName
            << QByteArray("{\"id\":\"a\",\"input\":\"x\",\"expected\":\"1\"}\n"
                          "{\"id\":\"b\",\"input\":\"y\",\"scorers\":[{\"type\":\"similar\",\"threshold\":0.5}]}\n")
            << 2 << 1 << u"value: similar has no value and case 'b' no expected output"_s;
    }

    void appliedScorers()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        Category category { u"c"_s };
        category.scorers = { ScorerSpec { u"equals"_s }, ScorerSpec { u"regex"_s, u"^{{expected}}"_s } };
        const CaseImport result
            = fileName == csvName ? parseCsvCases(text, fileName, category) : parseJsonlCases(text, fileName, category);
        QCOMPARE(result.errors.size(), 1);
        const FileError& error = result.errors.constFirst();
        QVERIFY2(error.message.contains(fragment), qPrintable(formatErrors(result.errors)));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(result.cases.size(), 2);
        // Imported on their own, the cases have no category whose scorers could apply.
        const CaseImport alone = fileName == csvName ? parseCsvCases(text, fileName) : parseJsonlCases(text, fileName);
        QCOMPARE(alone.errors.isEmpty(), !fragment.contains(u"similar"_s));
    }

    void csvCannotHoldEverything()
    {
        TestCase chat;
        chat.id = u"c1"_s;
        chat.messages = { { u"user"_s, u"hi"_s } };
        TestCase scored = textCase(u"c2"_s, u"x"_s, u"y"_s);
        scored.scorers = { ScorerSpec { u"equals"_s } };
        scored.tags = { u"a;b"_s };
        const QStringList limits = csvLimitations({ chat, scored });
        QCOMPARE(limits.size(), 3);
        QVERIFY(limits.at(0).contains(u"chat transcript"_s));
        QVERIFY(limits.at(1).contains(u"own scorers"_s));
        QVERIFY(limits.at(2).contains(u"';'"_s));
    }

    // What is not a readable case file says what it is, and is never read without bound.
    void importWhatIsNoFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("folder") << u"folder"_s << u"is a folder, not a file"_s;
        QTest::newRow("FIFO") << u"fifo"_s << u"is a FIFO (a named pipe), not a file"_s;
        QTest::newRow("link to /dev/zero") << u"devzero"_s << u"is a link to /dev/zero, which is a device, not a file"_s;
        QTest::newRow("dangling link") << u"dangling"_s << u"which does not exist"_s;
        QTest::newRow("huge file") << u"huge"_s << u"larger than 32.0 MB"_s;
    }

    void importWhatIsNoFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cases.jsonl"_s);
        if (kind == u"folder"_s) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == u"fifo"_s) {
            if (mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
                QSKIP("mkfifo is not available here");
        } else if (kind == u"devzero"_s) {
            QVERIFY(QFile::link(u"/dev/zero"_s, path));
        } else if (kind == u"dangling"_s) {
            QVERIFY(QFile::link(dir.filePath(u"gone.jsonl"_s), path));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(33 * 1024 * 1024)); // sparse: no disk is used
        }
        const CaseImport result = importCasesFile(path);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.at(0).message.contains(fragment), qPrintable(result.errors.at(0).message));
        QVERIFY(result.cases.isEmpty());
    }

    void importByExtension()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ndjson = dir.filePath(u"c.ndjson"_s);
        QFile file(ndjson);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\":\"n1\",\"input\":\"x\"}\n");
        file.close();
        QCOMPARE(importCasesFile(ndjson).cases.size(), 1);
        const CaseImport missing = importCasesFile(dir.filePath(u"none.csv"_s));
        QCOMPARE(missing.errors.size(), 1);
        QVERIFY2(missing.errors.at(0).message.contains(u"does not exist"_s), qPrintable(missing.errors.at(0).message));
        QCOMPARE(importCasesFile(dir.filePath(u"c.txt"_s)).errors.size(), 1);
        QCOMPARE(caseFileFormat(u"A.CSV"_s), CaseFileFormat::Csv);
        QCOMPARE(resolveCasesPath(u"cases/a.csv"_s, u"/w/ws.signalbox.yaml"_s), u"/w/cases/a.csv"_s);
        QCOMPARE(resolveCasesPath(u"../a.csv"_s, u"w/ws.signalbox.yaml"_s), u"a.csv"_s);
        QCOMPARE(resolveCasesPath(u"/abs/a.csv"_s, u"w/ws.signalbox.yaml"_s), u"/abs/a.csv"_s);
    }
};

QTEST_GUILESS_MAIN(TestCaseImport)
#include "tst_caseimport.moc"
