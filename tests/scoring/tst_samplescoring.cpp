// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/scorervalidation.h"
#include "scoring/scoringengine.h"
#include "workspacefile/workspacereader.h"

#include <QTest>

// The bundled sample workspace is what newcomers run first: its scorers must be valid, and a
// model that answers every case with the expected output must pass them.
class TestSampleScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString path = QFINDTESTDATA("../../resources/samples/support-desk/support-desk.signalbox.yaml");
        QVERIFY(!path.isEmpty());
        const WorkspaceLoad load = readWorkspaceFile(path);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        m_workspace = load.workspace;
        QVERIFY(!m_workspace.categories.isEmpty());
    }

    void everyScorerIsValid()
    {
        int checked = 0;
        for (const Category& category : std::as_const(m_workspace.categories)) {
            for (const TestCase& testCase : category.cases) {
                for (const ScorerSpec& spec : effectiveScorers(testCase, category)) {
                    const QString error = validateScorer(spec, testCase);
                    QVERIFY2(error.isEmpty(), qPrintable(category.name + u'/' + testCase.id + u": " + error));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 20);
    }

    void expectedOutputsPass()
    {
        for (const Category& category : std::as_const(m_workspace.categories)) {
            for (const TestCase& testCase : category.cases) {
                CaseScoring scoring({ testCase.expected, 100, 0.0 }, testCase, category);
                for (const JudgeRequest& request : scoring.judgeRequests())
                    scoring.setJudgeAnswer(request.assertion,
                                           { QStringLiteral("{\"score\": 1, \"pass\": true}"), 0.0 });
                const ScoreResult result = scoring.result();
                QVERIFY2(result.pass, qPrintable(category.name + u'/' + testCase.id + u": " + result.summary()));
            }
        }
    }

private:
    Workspace m_workspace;
};

QTEST_GUILESS_MAIN(TestSampleScoring)
#include "tst_samplescoring.moc"
