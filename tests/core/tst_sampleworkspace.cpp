// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/pricecatalogue.h"
#include "scoring/scoringengine.h"
#include "workspacefile/workspacereader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString samplePath = u":/samples/support-desk/support-desk.signalbox.yaml"_s;
}

// The sample a newcomer starts with: it must load, run in the sandbox and agree with the catalogue.
class TestSampleWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const WorkspaceLoad load = readWorkspaceFile(samplePath);
        QVERIFY2(load.ok(), qPrintable(formatErrors(load.errors)));
        m_workspace = load.workspace;
    }

    void hasCategoriesWithEnoughCases()
    {
        QCOMPARE(m_workspace.categories.size(), 5);
        double shares = 0.0;
        for (const Category& category : m_workspace.categories) {
            QVERIFY2(category.cases.size() >= 8 && category.cases.size() <= 15, qPrintable(category.name));
            QVERIFY2(!category.systemPrompt.isEmpty(), qPrintable(category.name));
            shares += category.trafficShare;
        }
        QVERIFY(shares <= 1.0 + 1e-9);
        QVERIFY(m_workspace.traffic.monthlyRequests > 0);
        QVERIFY(!m_workspace.category(u"field-extraction"_s)->casesSource.isEmpty());
        QVERIFY(!m_workspace.category(u"summarisation"_s)->casesSource.isEmpty());
    }

    void summaryFactsAreInTheirThreads()
    {
        const Category* summarisation = m_workspace.category(u"summarisation"_s);
        QVERIFY(summarisation);
        for (const TestCase& testCase : summarisation->cases) {
            QVERIFY2(testCase.prompt.contains(u'\n'), qPrintable(testCase.id));
            for (const QString& name : { u"fact1"_s, u"fact2"_s, u"fact3"_s }) {
                const QString fact = testCase.vars.value(name);
                QVERIFY2(!fact.isEmpty(), qPrintable(testCase.id + u' ' + name));
                QVERIFY2(testCase.prompt.contains(fact, Qt::CaseInsensitive), qPrintable(testCase.id + u' ' + fact));
                QVERIFY2(testCase.expected.contains(fact, Qt::CaseInsensitive), qPrintable(testCase.id + u' ' + fact));
            }
        }
    }

    // The reference answers must pass their own scorers, or no model could ever pass them; and
    // an answer from the wrong case must fail them, or the scorers would not tell answers apart.
    void referenceAnswersPassTheirOwnScorers()
    {
        for (const Category& category : m_workspace.categories) {
            for (qsizetype i = 0; i < category.cases.size(); ++i) {
                const TestCase& testCase = category.cases.at(i);
                const QString where = category.name + u'/' + testCase.id;
                const ScoreResult own = score(testCase.expected, testCase, category);
                QVERIFY2(own.pass, qPrintable(where + u": "_s + own.summary()));
                const TestCase& other = category.cases.at((i + 1) % category.cases.size());
                if (other.expected.compare(testCase.expected, Qt::CaseInsensitive) == 0)
                    continue;
                const ScoreResult wrong = score(other.expected, testCase, category, 0.0);
                QVERIFY2(!wrong.pass, qPrintable(where + u" passes with "_s + other.id + u"'s answer"_s));
            }
        }
    }

    void everyModelIsSimulatedAndPricedAsInTheCatalogue()
    {
        QVERIFY(m_workspace.models.size() >= 6);
        const PriceCatalogue& catalogue = PriceCatalogue::bundled();
        for (const ModelSpec& model : m_workspace.models) {
            QVERIFY2(model.simulation.has_value(), qPrintable(model.id));
            QVERIFY(model.simulation->skill >= 0.6 && model.simulation->skill <= 0.97);
            const Provider* provider = m_workspace.provider(model.provider);
            QVERIFY(provider);
            const auto entry = catalogue.find(*provider, model.model);
            QVERIFY2(entry.has_value(), qPrintable(model.id));
            QCOMPARE(model.price, entry->price);
            QCOMPARE(model.contextWindow, entry->contextWindow);
        }
    }

    void routesNameKnownModels()
    {
        QVERIFY(!m_workspace.routing.defaultChain.isEmpty());
        for (const QString& id : m_workspace.routing.defaultChain)
            QVERIFY2(m_workspace.model(id), qPrintable(id));
        for (const Route& route : m_workspace.routing.routes) {
            QVERIFY(m_workspace.category(route.category));
            for (const QString& id : route.chain)
                QVERIFY2(m_workspace.model(id), qPrintable(id));
        }
    }

private:
    // Scores an output; a judge, where one is asked, answers with judgeScore.
    static ScoreResult score(const QString& output, const TestCase& testCase, const Category& category,
                             double judgeScore = 1.0)
    {
        CaseScoring scoring(ScoredOutput { output }, testCase, category);
        for (const JudgeRequest& request : scoring.judgeRequests()) {
            const QString answer = u"{\"reason\": \"reference check\", \"score\": %1}"_s.arg(judgeScore);
            scoring.setJudgeAnswer(request.assertion, JudgeAnswer { answer });
        }
        return scoring.result();
    }

    Workspace m_workspace;
};

QTEST_GUILESS_MAIN(TestSampleWorkspace)
#include "tst_sampleworkspace.moc"
