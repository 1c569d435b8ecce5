// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of edit the window can make is patched into the commented sample, never written
// whole: the five comments stay, and the text reads back as the edited workspace.
#include "filecontent.h"
#include "samplecopy.h"
#include "workspacefile/workspacereader.h"
#include "workspacefile/workspacewriter.h"
#include "workspacefile/yamlpatch/workspacepatch.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
Category newCategory()
{
    Category category { u"refund-reason"_s, u"Why a customer asks for a refund"_s };
    TestCase first { u"r01"_s, {}, u"The mug: cracked.\nSecond line."_s };
    first.expected = u"damaged"_s;
    category.cases = { first };
    category.scorers = { ScorerSpec { u"iequals"_s } };
    return category;
}

} // namespace

class TestPatchEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sample.make());
        QCOMPARE(commentLines(m_sample.original()), 21); // the header, the price note and the dispatcher's
        m_workspace = readWorkspaceFile(m_sample.path()).workspace;
    }

    void isPatched_data()
    {
        QTest::addColumn<WorkspaceEdit>("edit");
        QTest::addColumn<int>("commentsRemoved"); // comments inside what the edit removes leave with it
        const auto row = [](const char* name, WorkspaceEdit edit, int removed = 0) {
            QTest::newRow(name) << edit << removed;
        };
        row("name", [](Workspace& ws) { ws.name = u"Support desk: EU"_s; });
        row("judge cleared", [](Workspace& ws) { ws.judgeModel.clear(); });
        row("traffic", [](Workspace& ws) { ws.traffic.monthlyRequests = 900000; });
        row("provider header added", [](Workspace& ws) { ws.providers[0].headers.insert(u"X-Team"_s, u"support"_s); });
        row("provider key to keyring", [](Workspace& ws) {
            ws.providers[1].key = { KeyReference::Store::Keyring, u"anthropic"_s };
        });
        row("provider removed with its models", [](Workspace& ws) {
            ws.providers.removeAt(3);
            ws.models.removeAt(7);
        });
        row("model display name quoted", [](Workspace& ws) { ws.models[1].displayName = u"GPT: mini"_s; });
        row("model price key added", [](Workspace& ws) { ws.models[2].price.reasoning = 8.0; });
        row("model price key removed", [](Workspace& ws) { ws.models[2].price.cachedInput.reset(); });
        row("model simulation removed", [](Workspace& ws) { ws.models[3].simulation.reset(); });
        row("model added", [](Workspace& ws) {
            ws.models.append(ModelSpec { u"mistral-small"_s, u"ollama"_s, u"mistral-small"_s, {}, { 0.0, 0.0 } });
        });
        row("description multi-line",
            [](Workspace& ws) { ws.categories[0].description = u"Route a ticket.\nSix queues."_s; });
        row("system prompt cleared", [](Workspace& ws) { ws.categories[1].systemPrompt.clear(); });
        row("system prompt line",
            [](Workspace& ws) { ws.categories[1].systemPrompt.replace(u"one word"_s, u"a word"_s); });
        row("scorer added", [](Workspace& ws) {
            ws.categories[1].scorers.append(ScorerSpec { u"not-contains"_s, u"maybe"_s });
        });
        row("flow scorer value", [](Workspace& ws) {
            sampleCategory(ws, u"summarisation"_s).scorers[1].value = QVariantList { 10, 70 };
        });
        row("folded rubric", [](Workspace& ws) {
            sampleCategory(ws, u"summarisation"_s).scorers[2].value = u"The summary is short and true to the thread."_s;
        });
        row("chat message", [](Workspace& ws) { ws.categories[0].cases[9].messages[0].content = u"hello"_s; });
        row("case vars", [](Workspace& ws) { ws.categories[0].cases[14].vars[u"order"_s] = u"LH-1"_s; });
        row("first case removed", [](Workspace& ws) { ws.categories[0].cases.removeFirst(); });
        row("cases reordered",
            [](Workspace& ws) { std::reverse(ws.categories[1].cases.begin(), ws.categories[1].cases.end()); });
        row("case tags cleared", [](Workspace& ws) {
            ws.categories[2].cases.clear();
            ws.categories[3].cases[0].tags.clear();
        });
        row("category added", [](Workspace& ws) { ws.categories.append(newCategory()); });
        row("category removed", [](Workspace& ws) { ws.categories.removeAt(1); }, 1); // its error-cost note
        row("routing removed", [](Workspace& ws) { ws.routing = {}; });
        row("default chain cleared", [](Workspace& ws) { ws.routing.defaultChain.clear(); });
    }

    void isPatched()
    {
        QFETCH(WorkspaceEdit, edit);
        QFETCH(int, commentsRemoved);
        Workspace workspace = m_workspace;
        edit(workspace);
        const std::optional<QByteArray> patched = patchedWorkspaceText(workspace, m_sample.original(), m_sample.path());
        QVERIFY(patched);
        QCOMPARE(commentLines(*patched), commentLines(m_sample.original()) - commentsRemoved);
        QCOMPARE(workspaceToYaml(parseWorkspace(*patched, m_sample.path()).workspace), workspaceToYaml(workspace));
    }

private:
    SampleCopy m_sample;
    Workspace m_workspace;
};

QTEST_GUILESS_MAIN(TestPatchEdits)
#include "tst_patchedits.moc"
