// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldenfile.h"
#include "workspacefile/caseimport.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// The workspace of data/golden/built.signalbox.yaml, made in code.
Workspace builtWorkspace()
{
    Workspace ws;
    ws.name = u"Built in code"_s;
    ws.traffic.monthlyRequests = 50000;
    ws.judgeModel = u"haiku"_s;
    Provider provider { u"vllm"_s, ProviderKind::OpenAiCompatible, u"http://127.0.0.1:8000/v1"_s };
    provider.headers.insert(u"X-Team"_s, u"search"_s);
    Provider claude { u"claude"_s, ProviderKind::Anthropic, {}, { KeyReference::Store::Keyring, u"claude"_s } };
    claude.batchApi = false; // written only when given
    ws.providers = { provider, claude };
    ModelSpec qwen { u"qwen"_s, u"vllm"_s, u"Qwen/Qwen2.5-7B-Instruct"_s, {}, { 0.0, 0.0 } };
    qwen.simulation = SimulationProfile {};
    ModelSpec haiku { u"haiku"_s, u"claude"_s, u"haiku"_s, u"Haiku"_s, { 1.0, 5.0, 0.1 }, 200000 };
    ws.models = { qwen, haiku };
    Category intent { u"intent"_s, u"Which of 40 intents a search query has"_s, OptimisationTarget::MostAccurate, 0.8,
                      0.3 };
    intent.scorers = { ScorerSpec { u"equals"_s },
                       ScorerSpec { u"not-contains-any"_s, QStringList { u"I think"_s, u"maybe:"_s }, 0.25 },
                       ScorerSpec { u"word-count"_s, QVariantMap { { u"max"_s, u"3"_s }, { u"min"_s, u"1"_s } } } };
    TestCase query { u"q-1"_s, {}, u"cheap flights to: Lisbon # in May"_s };
    query.expected = u"travel"_s;
    TestCase multiline { u"q-2"_s, u"  leading spaces matter\n"_s, u"line one\nline two"_s };
    multiline.expected = u"true"_s;
    multiline.vars = { { u"locale"_s, u"pt-PT"_s } };
    intent.cases = { query, multiline };
    Category csv { u"csv-backed"_s };
    csv.casesSource.path = u"cases/intent.csv"_s;
    ws.categories = { intent, csv };
    ws.routing.defaultChain = { u"qwen"_s };
    RouteEvidence evidence {
        u"r7"_s, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 600), Qt::UTC), 25, 0.96, 0.8, 0.99, 0.0125, 1234.5
    };
    ws.routing.routes = { Route { u"intent"_s, { u"haiku"_s, u"qwen"_s }, u"most-accurate"_s, evidence } };
    return ws;
}
} // namespace

class TestWorkspaceWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_fullDir = QFINDTESTDATA("data/full");
        QVERIFY(!m_fullDir.isEmpty());
    }

    void writesGoldenFromCode()
    {
        const QString golden = QFINDTESTDATA("data/golden/built.signalbox.yaml");
        QVERIFY(!golden.isEmpty());
        const QString diff = goldenMismatch(workspaceToYaml(builtWorkspace()), golden);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void goldenReadsBackToTheSameWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"built.signalbox.yaml"_s);
        writeFile(path, readFile(QFINDTESTDATA("data/golden/built.signalbox.yaml")));
        // A case file holds at least one case; the built workspace's category keeps none inline.
        writeFile(dir.filePath(u"cases/intent.csv"_s), "id,input,expected\nq1,hello,greeting\n");
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        Workspace expected = builtWorkspace();
        for (Category& category : expected.categories) {
            if (category.casesSource.path == u"cases/intent.csv"_s)
                category.cases = { TestCase { u"q1"_s, {}, u"hello"_s, {}, {}, u"greeting"_s } };
        }
        QCOMPARE(load.workspace, expected);
    }

    void readThenWriteIsByteIdentical()
    {
        const QString golden = m_fullDir + u"/full.signalbox.yaml"_s;
        const WorkspaceLoad load = readWorkspaceFile(golden);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        const QString diff = goldenMismatch(workspaceToYaml(load.workspace), golden);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void caseFilesInCanonicalForm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << u"cases/summaries.csv"_s;
        QTest::newRow("jsonl") << u"cases/extraction.jsonl"_s;
    }

    void caseFilesInCanonicalForm()
    {
        QFETCH(QString, name);
        const QString path = m_fullDir + u'/' + name;
        const CaseImport imported = importCasesFile(path);
        QVERIFY2(imported.errors.isEmpty(), qPrintable(formatErrors(imported.errors)));
        const QString diff = goldenMismatch(casesToFile(imported.cases, path), path);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void saveLeavesUnchangedFilesAlone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = copyFullExample(dir);
        // Same cases, other formatting: semantically equal, so the file must stay as it is.
        const QByteArray spaced = "{ \"id\": \"e1\", \"input\": \"x\" }\n\n{\"input\": \"y\", \"id\": \"e2\"}\n";
        writeFile(dir.filePath(u"cases/extraction.jsonl"_s), spaced);
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        QString error;
        QVERIFY2(writeWorkspaceFile(load.workspace, path, &error), qPrintable(error));
        QCOMPARE(readFile(dir.filePath(u"cases/extraction.jsonl"_s)), spaced);
        QCOMPARE(readFile(dir.filePath(u"cases/summaries.csv"_s)), readFile(m_fullDir + u"/cases/summaries.csv"_s));
        QCOMPARE(readFile(path), readFile(m_fullDir + u"/full.signalbox.yaml"_s));
    }

    void saveWritesEditedCasesBackInTheirFormat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = copyFullExample(dir);
        WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        Category& summaries = load.workspace.categories[2];
        summaries.cases[0].expected = u"Edited, with a comma"_s;
        TestCase added { u"s4"_s, {}, u"New \"case\""_s };
        summaries.cases.append(added);
        QString error;
        QVERIFY2(writeWorkspaceFile(load.workspace, path, &error), qPrintable(error));

        const QByteArray csv = readFile(dir.filePath(u"cases/summaries.csv"_s));
        QVERIFY(csv.contains("\"Edited, with a comma\""));
        QVERIFY(csv.endsWith("s4,\"New \"\"case\"\"\",,,,\n"));
        QCOMPARE(readFile(path), readFile(m_fullDir + u"/full.signalbox.yaml"_s));
        const WorkspaceLoad again = readWorkspaceFile(path);
        QVERIFY2(again.ok(), qPrintable(formatErrors(again.errors)));
        QCOMPARE(again.workspace, load.workspace);
    }

    void saveRefusesWhatCsvCannotHold()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = copyFullExample(dir);
        WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        TestCase chat { u"s9"_s };
        chat.messages = { { u"user"_s, u"hi"_s } };
        load.workspace.categories[2].cases.append(chat);
        load.workspace.name = u"Renamed"_s;
        QString error;
        QVERIFY(!writeWorkspaceFile(load.workspace, path, &error));
        QVERIFY2(error.contains(u"chat transcript"_s) && error.contains(u".jsonl"_s), qPrintable(error));
        QCOMPARE(readFile(path), readFile(m_fullDir + u"/full.signalbox.yaml"_s));
    }

    void failedSaveKeepsOldFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = copyFullExample(dir);
        WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        // A regular file where the case file's folder should be: the case file cannot be written.
        writeFile(dir.filePath(u"blocked"_s), "not a folder");
        load.workspace.categories[1].casesSource.path = u"blocked/extraction.jsonl"_s;
        load.workspace.categories[2].cases[0].expected = u"changed"_s;
        QString error;
        QVERIFY(!writeWorkspaceFile(load.workspace, path, &error));
        QVERIFY2(error.contains(u"extraction.jsonl"_s), qPrintable(error));
        QCOMPARE(readFile(path), readFile(m_fullDir + u"/full.signalbox.yaml"_s));
        QCOMPARE(readFile(dir.filePath(u"cases/summaries.csv"_s)), readFile(m_fullDir + u"/cases/summaries.csv"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList { u"blocked"_s, u"full.signalbox.yaml"_s }));
    }

    void saveAsWritesCaseFilesInTheNewFolder()
    {
        const WorkspaceLoad load = readWorkspaceFile(m_fullDir + u"/full.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"copy/as.signalbox.yaml"_s);
        QString error;
        QVERIFY2(writeWorkspaceFile(load.workspace, path, &error), qPrintable(error));
        QCOMPARE(readFile(dir.filePath(u"copy/cases/summaries.csv"_s)),
                 readFile(m_fullDir + u"/cases/summaries.csv"_s));
        const WorkspaceLoad copy = readWorkspaceFile(path);
        QVERIFY2(copy.ok(), qPrintable(formatErrors(copy.errors)));
        QCOMPARE(copy.workspace, load.workspace);
    }

    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList texts = { u"plain"_s,
                                    u"null"_s,
                                    u"~"_s,
                                    u"true"_s,
                                    u"yes"_s,
                                    u"0.50"_s,
                                    u"-5"_s,
                                    u"1e3"_s,
                                    u"0x1F"_s,
                                    u".inf"_s,
                                    u"12:30"_s,
                                    u"2026-01-02"_s,
                                    u"- item"_s,
                                    u"key: value"_s,
                                    u"a #comment"_s,
                                    u"#tag"_s,
                                    u"ends with colon:"_s,
                                    u"@at"_s,
                                    u"`tick`"_s,
                                    u"'single'"_s,
                                    u"\"double\""_s,
                                    u"[flow]"_s,
                                    u"{map}"_s,
                                    u"*alias"_s,
                                    u"&anchor"_s,
                                    u"!tag"_s,
                                    u"%percent"_s,
                                    u"|pipe"_s,
                                    u">fold"_s,
                                    u" leading"_s,
                                    u"trailing "_s,
                                    u"tab\tinside"_s,
                                    u"back\\slash"_s,
                                    u"bell\a"_s,
                                    u"nul\0byte"_s,
                                    u"line\nbreak"_s,
                                    u"\nstarts with a break"_s,
                                    u"ends with a break\n"_s,
                                    u"two breaks\n\n"_s,
                                    u"a\n\nb\n  indented\n"_s,
                                    u"crlf\r\nline"_s,
                                    u"\u2028separator"_s,
                                    u"bom\uFEFF"_s,
                                    u"ünïcödé — ✓ 😀"_s,
                                    QString(100, u'x') + u" long line"_s,
                                    u"--- document marker"_s,
                                    u"... end"_s,
                                    u"?"_s,
                                    u":"_s,
                                    u"-"_s,
                                    u"a: b\n# c\n- d"_s,
                                    u"   \n   "_s,
                                    u"  "_s };
        for (const QString& text : texts)
            QTest::newRow(qPrintable(QString(text).replace(u'\0', u'0').replace(u'\n', u'/').left(30))) << text;
    }

    void textRoundTrips()
    {
        QFETCH(QString, text);
        Workspace ws;
        ws.name = u"n"_s;
        ws.description = text;
        Category category { u"c"_s, text };
        TestCase testCase { u"c"_s, text, text };
        testCase.expected = text;
        testCase.tags = { text, u"other"_s };
        testCase.vars = { { u"v"_s, text } };
        testCase.scorers
            = { ScorerSpec { u"equals"_s, text }, ScorerSpec { u"contains-any"_s, QStringList { text, u"7"_s } } };
        category.cases = { testCase };
        ws.categories = { category };
        const QByteArray yaml = workspaceToYaml(ws);
        const WorkspaceLoad load = parseWorkspace(yaml, u"mem.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors) + u'\n' + QString::fromUtf8(yaml)));
        QCOMPARE(load.workspace, ws);
        QCOMPARE(workspaceToYaml(load.workspace), yaml);
    }

    void numbersRoundTrip()
    {
        Workspace ws;
        ws.name = u"n"_s;
        ws.providers = { Provider { u"p"_s } };
        // Within the loader's range of prices (0..100000 per million tokens).
        const QList<double> prices = { 0.1, 0.15, 1e-7, 12345.6789, 99999.999999, 0.30000000000000004, 3.0 };
        for (int i = 0; i < prices.size(); ++i)
            ws.models.append(
                ModelSpec { u"m%1"_s.arg(i), u"p"_s, u"m%1"_s.arg(i), {}, { prices.at(i), prices.at(i) } });
        const WorkspaceLoad load = parseWorkspace(workspaceToYaml(ws), u"mem.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        QCOMPARE(load.workspace, ws);
    }

    void localDatesAreWrittenInUtc()
    {
        Workspace ws;
        ws.name = u"n"_s;
        ws.providers = { Provider { u"p"_s } };
        ws.models = { ModelSpec { u"m"_s, u"p"_s, u"m"_s } };
        ws.categories = { Category { u"c"_s } };
        const QDateTime local(QDate(2026, 6, 1), QTime(12, 0), Qt::LocalTime);
        RouteEvidence evidence;
        evidence.date = local;
        ws.routing.routes = { Route { u"c"_s, { u"m"_s }, u"manual"_s, evidence } };
        const QByteArray yaml = workspaceToYaml(ws);
        const QByteArray expected = "date: " + local.toUTC().toString(Qt::ISODate).toUtf8() + '\n';
        QVERIFY2(yaml.contains(expected), yaml.constData());
        const WorkspaceLoad load = parseWorkspace(yaml, u"mem.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        QCOMPARE(load.workspace.routing.routes.at(0).evidence->date, local);
    }

private:
    QString copyFullExample(const QTemporaryDir& dir)
    {
        for (const QString& name : { u"full.signalbox.yaml"_s, u"cases/summaries.csv"_s, u"cases/extraction.jsonl"_s })
            writeFile(dir.filePath(name), readFile(m_fullDir + u'/' + name));
        return dir.filePath(u"full.signalbox.yaml"_s);
    }

    QString m_fullDir;
};

QTEST_GUILESS_MAIN(TestWorkspaceWriter)
#include "tst_workspacewriter.moc"
