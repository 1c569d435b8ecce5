// SPDX-License-Identifier: GPL-3.0-or-later
// Saving the commented sample after one edit changes exactly the lines of that edit.
#include "filecontent.h"
#include "goldenfile.h"
#include "samplecopy.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
TestCase germanThanks()
{
    TestCase thanks { u"l11"_s, {}, u"Danke schön für die schnelle Hilfe!"_s };
    thanks.expected = u"de"_s;
    thanks.tags = { u"german"_s };
    return thanks;
}

QStringList prefixed(QChar sign, const QStringList& lines)
{
    QStringList result;
    for (const QString& line : lines)
        result.append(sign + line);
    return result;
}

Route suggestedRoute(const QString& name, const QStringList& chain)
{
    const RouteEvidence evidence {
        u"run-3"_s, QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC), 15, 0.93, 0.7, 0.99, 0.042, 612
    };
    return Route { name, chain, u"cheapest-passing"_s, evidence };
}
} // namespace

class TestWorkspacePatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_sample.make());
        const WorkspaceLoad load = readWorkspaceFile(m_sample.path());
        QVERIFY(load.ok());
        m_workspace = load.workspace;
    }

    void unchangedSaveIsByteIdentical()
    {
        QString error;
        QVERIFY2(writeWorkspaceFile(m_workspace, m_sample.path(), &error), qPrintable(error));
        QCOMPARE(fileContent(m_sample.path()), m_sample.original());
    }

    void oneEditIsOneDiff_data()
    {
        QTest::addColumn<WorkspaceEdit>("edit");
        QTest::addColumn<QStringList>("changed");
        QTest::newRow("threshold") << WorkspaceEdit([](Workspace& ws) {
            sampleCategory(ws, u"ticket-classification"_s).threshold = 0.85;
        }) << QStringList { u"-    threshold: 0.9"_s, u"+    threshold: 0.85"_s };
        QTest::newRow("rename a case") << WorkspaceEdit([](Workspace& ws) {
            sampleCategory(ws, u"ticket-classification"_s).cases[1].id = u"t02-login"_s;
        }) << QStringList { u"-      - id: t02"_s, u"+      - id: t02-login"_s };
        QTest::newRow("add a case") << WorkspaceEdit(
            [](Workspace& ws) { sampleCategory(ws, u"language-detection"_s).cases.append(germanThanks()); })
                                    << QStringList { u"+      - id: l11"_s,
                                                     u"+        input: Danke schön für die schnelle Hilfe!"_s,
                                                     u"+        expected: de"_s, u"+        tags: [german]"_s };
        const QStringList t06 {
            u"      - id: t06"_s,
            u"        input: Do you have a physical store in Leeds where I could see the sofas before buying?"_s,
            u"        expected: other"_s, u"        tags: [other, pre-sales]"_s
        };
        QTest::newRow("move a case") << WorkspaceEdit([](Workspace& ws) {
            QList<TestCase>& cases = sampleCategory(ws, u"ticket-classification"_s).cases;
            cases.move(5, cases.size() - 1);
        }) << prefixed(u'-', t06) + prefixed(u'+', t06);
        QTest::newRow("remove a model") << WorkspaceEdit([](Workspace& ws) { ws.models.removeLast(); })
                                        << QStringList { u"-  - id: llama-8b-local"_s,
                                                         u"-    provider: ollama"_s,
                                                         u"-    model: llama3.1:8b"_s,
                                                         u"-    display_name: Llama 3.1 8B (local)"_s,
                                                         u"-    price: { input: 0, output: 0 }"_s,
                                                         u"-    context_window: 131072"_s,
                                                         u"-    simulation: { skill: 0.66, latency_ms: 1400 }"_s };
        QTest::newRow("flow-mapping price")
            << WorkspaceEdit([](Workspace& ws) { ws.models[0].price.input = 0.12; })
            << QStringList { u"-    price: { input: 0.15, output: 0.60, cached_input: 0.075 }"_s,
                             u"+    price: { input: 0.12, output: 0.60, cached_input: 0.075 }"_s };
        QTest::newRow("add a batch price")
            << WorkspaceEdit([](Workspace& ws) { ws.models[0].batchPrice = Price { 0.05, 0.25 }; })
            << QStringList { u"+    batch_price:"_s, u"+      input: 0.05"_s, u"+      output: 0.25"_s };
        QTest::newRow("folded description")
            << WorkspaceEdit([](Workspace& ws) {
                   ws.description.replace(u"goes to GPT-4.1 mini, with"_s, u"goes to GPT-4.1, with"_s);
               })
            << QStringList {
                   u"-  thread summaries and language detection. Today every request goes to GPT-4.1 mini, with"_s,
                   u"+  thread summaries and language detection. Today every request goes to GPT-4.1, with"_s
               };
        QTest::newRow("route chain") << WorkspaceEdit([](Workspace& ws) {
            ws.routing.routes[0].chain = { u"claude-sonnet"_s, u"gemini-flash"_s };
        })
                                     << QStringList { u"-      chain: [claude-sonnet, gpt-4.1]"_s,
                                                      u"+      chain: [claude-sonnet, gemini-flash]"_s };
        QTest::newRow("add a route") << WorkspaceEdit([](Workspace& ws) {
            ws.routing.routes.append(
                Route { u"sentiment"_s, { u"gemini-flash-lite"_s, u"gpt-4o-mini"_s }, u"manual"_s });
        })
                                     << QStringList { u"+    - category: sentiment"_s,
                                                      u"+      chain: [gemini-flash-lite, gpt-4o-mini]"_s,
                                                      u"+      rule: manual"_s };
        QTest::newRow("default key written out")
            << WorkspaceEdit([](Workspace& ws) { ws.providers[4].requestsPerMinute = 20; })
            << QStringList { u"+    requests_per_minute: 20"_s };
    }

    void oneEditIsOneDiff()
    {
        QFETCH(WorkspaceEdit, edit);
        QFETCH(QStringList, changed);
        edit(m_workspace);
        QString error;
        QVERIFY2(writeWorkspaceFile(m_workspace, m_sample.path(), &error), qPrintable(error));
        const QByteArray saved = fileContent(m_sample.path());
        QCOMPARE(changedLines(m_sample.original(), saved), changed);
        const WorkspaceLoad reloaded = readWorkspaceFile(m_sample.path());
        QVERIFY(reloaded.ok());
        QCOMPARE(workspaceToYaml(reloaded.workspace), workspaceToYaml(m_workspace));
    }

    // What `suggest --apply` writes: routes with their evidence, a new default chain.
    void suggestionsTouchTheRoutingOnly()
    {
        m_workspace.routing.defaultChain = { u"gpt-4o-mini"_s, u"claude-haiku"_s };
        m_workspace.routing.routes.prepend(suggestedRoute(u"ticket-classification"_s, { u"gemini-flash"_s }));
        m_workspace.routing.routes.append(suggestedRoute(u"sentiment"_s, { u"gpt-4o-mini"_s, u"gemini-flash"_s }));
        QString error;
        QVERIFY2(writeWorkspaceFile(m_workspace, m_sample.path(), &error), qPrintable(error));
        const QByteArray saved = fileContent(m_sample.path());
        const qsizetype routing = m_sample.original().indexOf("\nrouting:\n");
        QVERIFY(routing > 0);
        QCOMPARE(saved.left(routing), m_sample.original().left(routing));
        const QStringList changed = changedLines(m_sample.original(), saved);
        QCOMPARE(changed.filter(QRegularExpression(u"^-"_s)),
                 QStringList { u"-  default: [gpt-4.1-mini, claude-haiku]"_s });
        QCOMPARE(changed.size(), 2 + 2 * 11);
        QCOMPARE(saved.count("\n#"), m_sample.original().count("\n#"));
        QCOMPARE(workspaceToYaml(readWorkspaceFile(m_sample.path()).workspace), workspaceToYaml(m_workspace));
    }

    // Cases kept in a case file: that file is rewritten, the workspace file stays as it was.
    void caseFileEditLeavesTheWorkspaceFile()
    {
        const QString cases = m_sample.filePath(u"cases/field-extraction.jsonl"_s);
        const QByteArray casesBefore = fileContent(cases);
        sampleCategory(m_workspace, u"field-extraction"_s).cases[0].tags.append(u"checked"_s);
        QString error;
        QVERIFY2(writeWorkspaceFile(m_workspace, m_sample.path(), &error), qPrintable(error));
        QCOMPARE(fileContent(m_sample.path()), m_sample.original());
        QVERIFY(fileContent(cases) != casesBefore);
        QCOMPARE(readWorkspaceFile(m_sample.path()).workspace, m_workspace);
    }

    void saveAsPatchesTheFileItWasLoadedFrom()
    {
        sampleCategory(m_workspace, u"sentiment"_s).threshold = 0.8;
        const QString copy = m_sample.filePath(u"copy.signalbox.yaml"_s);
        QString error;
        QVERIFY2(writeWorkspaceFile(m_workspace, copy, m_sample.path(), &error), qPrintable(error));
        QCOMPARE(changedLines(m_sample.original(), fileContent(copy)),
                 (QStringList { u"-    threshold: 0.85"_s, u"+    threshold: 0.8"_s }));
        QCOMPARE(fileContent(m_sample.path()), m_sample.original());
    }

    // A value broken outside since loading, where the workspace keeps the default: the file is
    // written whole rather than patched around the broken line.
    void aValueBrokenOutsideIsNotKept()
    {
        QByteArray broken = m_sample.original();
        broken.replace("    kind: ollama\n", "    kind: ollama\n    requests_per_minute: lots\n");
        QFile file(m_sample.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(broken), broken.size());
        file.close();
        QVERIFY(!readWorkspaceFile(m_sample.path()).ok());
        QString error;
        QVERIFY2(writeWorkspaceFile(m_workspace, m_sample.path(), &error), qPrintable(error));
        QCOMPARE(fileContent(m_sample.path()), workspaceToYaml(m_workspace));
    }

    // Without a readable original, the whole file is written as before.
    void writesTheWholeFileWithoutAnOriginal_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not YAML") << QByteArray("version: 1\nname: [unclosed\n");
        QTest::newRow("aliases") << QByteArray("version: 1\nname: &n Support desk\ndescription: *n\n");
        QTest::newRow("not a mapping") << QByteArray("- just\n- a list\n");
    }

    void writesTheWholeFileWithoutAnOriginal()
    {
        QFETCH(QByteArray, original);
        QFile::remove(m_sample.path());
        if (!original.isEmpty()) {
            QFile file(m_sample.path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        QString error;
        QVERIFY2(writeWorkspaceFile(m_workspace, m_sample.path(), &error), qPrintable(error));
        QCOMPARE(fileContent(m_sample.path()), workspaceToYaml(m_workspace));
    }

private:
    SampleCopy m_sample;
    Workspace m_workspace;
};

QTEST_GUILESS_MAIN(TestWorkspacePatch)
#include "tst_workspacepatch.moc"
