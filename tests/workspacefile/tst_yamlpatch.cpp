// SPDX-License-Identifier: GPL-3.0-or-later
// How a patched workspace text keeps the style of what did not change and of what did.
#include "goldenfile.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"
#include "workspacefile/yamlpatch/workspacepatch.h"

#include <functional>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Edit = std::function<void(Workspace&)>;
Q_DECLARE_METATYPE(Edit)

namespace {
// Key order, quoting, comments and list styles the writer would not choose.
const QByteArray original = R"(# A hand-written workspace.
version: 1
name: 'Old desk'
providers:
  - kind: openai-compatible   # kind first
    name: local
    base_url: http://127.0.0.1:8000/v1
    concurrency: 4
models:
  - id: small
    provider: local
categories:
  - name: intent
    description: "Which intent a message has"
    threshold: 0.9  # the bar
    system_prompt: |-
      Line one.
      Line two.
      Line three.
    scorers:
      - type: equals
    cases:
      - id: c1
        input: hello
        expected: greeting
        tags:
          - a
          - b
      - id: c2
        input: bye
        expected: farewell
        tags: [x, y]
)";

TestCase& firstCase(Workspace& workspace)
{
    return workspace.categories[0].cases[0];
}
} // namespace

class TestYamlPatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const WorkspaceLoad load = parseWorkspace(original, u"/nowhere/test.signalbox.yaml"_s);
        QVERIFY2(load.ok(), qPrintable(load.errors.value(0).toString()));
        m_workspace = load.workspace;
    }

    void unchangedIsIdentical() { QCOMPARE(patchedWorkspaceText(m_workspace, original, m_path), original); }

    void keepsStyle_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("changed");
        QTest::newRow("single-quoted") << Edit([](Workspace& ws) { ws.name = u"New desk"_s; })
                                       << QStringList { u"-name: 'Old desk'"_s, u"+name: 'New desk'"_s };
        QTest::newRow("single quote inside") << Edit([](Workspace& ws) { ws.name = u"Ann's desk"_s; })
                                             << QStringList { u"-name: 'Old desk'"_s, u"+name: 'Ann''s desk'"_s };
        QTest::newRow("double-quoted") << Edit([](Workspace& ws) {
            ws.categories[0].description = u"Intent"_s;
        }) << QStringList { u"-    description: \"Which intent a message has\""_s, u"+    description: \"Intent\""_s };
        QTest::newRow("comment after the value")
            << Edit([](Workspace& ws) { ws.categories[0].threshold = 0.85; })
            << QStringList { u"-    threshold: 0.9  # the bar"_s, u"+    threshold: 0.85  # the bar"_s };
        QTest::newRow("plain that needs quotes")
            << Edit([](Workspace& ws) { firstCase(ws).prompt = u"a: b"_s; })
            << QStringList { u"-        input: hello"_s, u"+        input: \"a: b\""_s };
        QTest::newRow("plain becomes several lines")
            << Edit([](Workspace& ws) { firstCase(ws).prompt = u"hi\nthere"_s; })
            << QStringList { u"-        input: hello"_s, u"+        input: |-"_s, u"+          hi"_s,
                             u"+          there"_s };
        QTest::newRow("literal line") << Edit([](Workspace& ws) {
            ws.categories[0].systemPrompt = u"Line one.\nLine 2.\nLine three."_s;
        }) << QStringList { u"-      Line two."_s, u"+      Line 2."_s };
        QTest::newRow("key order kept") << Edit([](Workspace& ws) {
            ws.providers[0].name = u"vllm"_s;
            ws.models[0].provider = u"vllm"_s;
        })
                                        << QStringList { u"-    name: local"_s, u"+    name: vllm"_s,
                                                         u"-    provider: local"_s, u"+    provider: vllm"_s };
        QTest::newRow("explicit default changed in place")
            << Edit([](Workspace& ws) { ws.providers[0].concurrency = 8; })
            << QStringList { u"-    concurrency: 4"_s, u"+    concurrency: 8"_s };
        QTest::newRow("block list item added")
            << Edit([](Workspace& ws) { firstCase(ws).tags.append(u"c"_s); }) << QStringList { u"+          - c"_s };
        QTest::newRow("block list item removed")
            << Edit([](Workspace& ws) { firstCase(ws).tags.removeFirst(); }) << QStringList { u"-          - a"_s };
        QTest::newRow("flow list item added")
            << Edit([](Workspace& ws) { ws.categories[0].cases[1].tags.append(u"z, w"_s); })
            << QStringList { u"-        tags: [x, y]"_s, u"+        tags: [x, y, \"z, w\"]"_s };
        QTest::newRow("new key in writer's order") << Edit([](Workspace& ws) { ws.categories[0].trafficShare = 0.5; })
                                                   << QStringList { u"+    traffic_share: 0.5"_s };
    }

    void keepsStyle()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, changed);
        Workspace workspace = m_workspace;
        edit(workspace);
        const std::optional<QByteArray> patched = patchedWorkspaceText(workspace, original, m_path);
        QVERIFY(patched);
        QCOMPARE(changedLines(original, *patched), changed);
        QCOMPARE(workspaceToYaml(parseWorkspace(*patched, m_path).workspace), workspaceToYaml(workspace));
    }

    void lineEndsStay_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("CR LF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }

    void lineEndsStay()
    {
        QFETCH(QByteArray, lineEnd);
        QByteArray text = original;
        text.replace("\n", lineEnd);
        QCOMPARE(patchedWorkspaceText(m_workspace, text, m_path), text);
        Workspace workspace = m_workspace;
        firstCase(workspace).tags.append(u"c"_s);
        const std::optional<QByteArray> patched = patchedWorkspaceText(workspace, text, m_path);
        QVERIFY(patched);
        QCOMPARE(patched->count(lineEnd), text.count(lineEnd) + 1);
        QCOMPARE(QByteArray(*patched).replace(lineEnd, "\n"),
                 QByteArray(original).replace("          - b\n", "          - b\n          - c\n"));
    }

private:
    const QString m_path = u"/nowhere/test.signalbox.yaml"_s;
    Workspace m_workspace;
};

QTEST_GUILESS_MAIN(TestYamlPatch)
#include "tst_yamlpatch.moc"
