// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/reportformats.h"
#include "reporting/runreport.h"
#include "results/resultsstore.h"
#include "runner/runcontroller.h"
#include "statistics/runanalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A run over the sandbox's four wire formats where providers refuse, filter, answer nothing or
// send far too much: each case is recorded as what happened, counted failed, never retried nor
// cached, and the report counts the refusals.
class TestRunRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusalsFailTheCaseAndAreCounted();
    void refusalsAreNeverCached();

private:
    RunRequest request() const;
    RunProgress run(const RunRequest& request);
    QList<ResultRecord> results(const QString& runId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunController> m_controller;
    Workspace m_workspace;
};

namespace {
constexpr int caseCount = 12;

Provider provider(const QString& name, ProviderKind kind)
{
    Provider p { name, kind };
    p.key = { KeyReference::Store::Environment, u"SIGNALBOX_TEST_UNUSED_KEY"_s };
    p.concurrency = 3;
    return p;
}

ModelSpec model(const QString& id, const QString& providerName)
{
    ModelSpec m { id, providerName, id };
    m.price = { 1.0, 4.0 };
    m.simulation = SimulationProfile { 1.0, 100 };
    return m;
}

Workspace workspace()
{
    Workspace ws;
    ws.name = u"refusals"_s;
    ws.providers = { provider(u"openai"_s, ProviderKind::OpenAiCompatible),
                     provider(u"anthropic"_s, ProviderKind::Anthropic), provider(u"gemini"_s, ProviderKind::Gemini),
                     provider(u"ollama"_s, ProviderKind::Ollama) };
    ws.models = { model(u"mini"_s, u"openai"_s), model(u"haiku"_s, u"anthropic"_s), model(u"flash"_s, u"gemini"_s),
                  model(u"local"_s, u"ollama"_s) };
    Category tickets { u"tickets"_s };
    // A negated scorer would pass an empty text: refusals must never reach it.
    tickets.scorers = { ScorerSpec { u"not-contains"_s, u"sorry"_s } };
    for (int i = 0; i < caseCount; ++i)
        tickets.cases.append(TestCase { u"t%1"_s.arg(i), {}, u"Ticket %1: where is my parcel?"_s.arg(i), {}, {}, u"shipping"_s });
    ws.categories = { tickets };
    return ws;
}

QList<FaultRule> faults()
{
    return { { .fault = Fault::Refusal, .model = u"mini"_s, .count = 0 },
             { .fault = Fault::EmptyAnswer, .model = u"haiku"_s, .from = 1, .count = 5 },
             { .fault = Fault::ContentFilter, .model = u"flash"_s, .from = 1, .count = 4 },
             { .fault = Fault::SafetyBlock, .model = u"flash"_s, .from = 5, .count = 2 },
             { .fault = Fault::HugeAnswer, .model = u"local"_s, .count = 3, .answerBytes = 8ll * 1024 * 1024,
               .framing = HttpResponse::Framing::Chunked } };
}
} // namespace

void TestRunRefusals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_controller = std::make_unique<RunController>();
    m_controller->setSandboxTimeScale(0.0);
    m_controller->sandbox().setFaults(faults());
    m_workspace = workspace();
}

RunRequest TestRunRefusals::request() const
{
    RunRequest request { m_workspace };
    request.plan.simulated = true;
    request.plan.settings.concurrency = 0;
    request.databasePath = m_dir->filePath(u"refusals.signalbox.db"_s);
    return request;
}

RunProgress TestRunRefusals::run(const RunRequest& request)
{
    QSignalSpy finished(m_controller.get(), &RunController::finished);
    if (!m_controller->start(request) || !finished.wait(30000))
        return {};
    return finished.first().at(1).value<RunProgress>();
}

QList<ResultRecord> TestRunRefusals::results(const QString& runId) const
{
    ResultsStore store;
    store.open(request().databasePath);
    return store.results(runId).value_or(QList<ResultRecord>());
}

void TestRunRefusals::refusalsFailTheCaseAndAreCounted()
{
    const RunProgress progress = run(request());
    QCOMPARE(progress.done, 4 * caseCount);
    QCOMPARE(progress.errors, 3); // the three answers too large; refusals are no errors
    QHash<QString, QMap<QString, int>> kinds;
    for (const ResultRecord& r : results(progress.runId)) {
        QCOMPARE(r.attempts, 1);
        ++kinds[r.modelId][r.isError() ? r.errorKind : r.refusal];
        if (r.isRefusal()) {
            QVERIFY(!r.pass);
            QCOMPARE(r.score, std::optional<double>(0.0));
            QVERIFY2(!r.refusalReason.isEmpty(), qPrintable(r.caseId));
            QVERIFY(r.errorMessage.isEmpty());
        }
        if (r.isError()) {
            QVERIFY(!r.pass);
            QVERIFY(r.output.isEmpty());
            QVERIFY2(r.errorMessage.startsWith(u"Answer larger than 4 MB"_s), qPrintable(r.errorMessage));
        }
    }
    QCOMPARE(kinds[u"mini"_s], (QMap<QString, int> { { u"refusal"_s, caseCount } }));
    QCOMPARE(kinds[u"haiku"_s], (QMap<QString, int> { { u"empty-answer"_s, 5 }, { QString(), caseCount - 5 } }));
    QCOMPARE(kinds[u"flash"_s], (QMap<QString, int> { { u"content-filter"_s, 6 }, { QString(), caseCount - 6 } }));
    QCOMPARE(kinds[u"local"_s], (QMap<QString, int> { { u"too-large"_s, 3 }, { QString(), caseCount - 3 } }));

    const RunReport report = makeReport(analyseRun(m_workspace, results(progress.runId)));
    QHash<QString, ReportRow> rows;
    for (const ReportRow& row : report.rows)
        rows.insert(row.model, row);
    QCOMPARE(rows[u"mini"_s].refusals, caseCount);
    QCOMPARE(rows[u"mini"_s].passes, 0);
    QCOMPARE(rows[u"haiku"_s].refusals, 5);
    QCOMPARE(rows[u"haiku"_s].passes, caseCount - 5);
    QCOMPARE(rows[u"flash"_s].refusals, 6);
    QCOMPARE(rows[u"local"_s].refusals, 0);
    QCOMPARE(rows[u"local"_s].errors, 3);

    const QJsonArray json = QJsonDocument::fromJson(reportJson(report).toUtf8())[u"rows"_s].toArray();
    QCOMPARE(json.size(), 4);
    for (const QJsonValue& row : json)
        QCOMPARE(row[u"refusals"_s].toInt(), rows[row[u"model"_s].toString()].refusals);
    const QString text = reportText(report);
    QVERIFY2(text.contains(u"refused"_s), qPrintable(text));
    QVERIFY(reportCsv(report).section(u"\r\n"_s, 0, 0).contains(u",errors,refusals,"_s));
}

// Asked again, a refused case goes to the provider again; only real answers come from the cache.
void TestRunRefusals::refusalsAreNeverCached()
{
    const RunProgress first = run(request());
    m_controller->sandbox().setFaults({});
    const RunProgress second = run(request());
    QCOMPARE(second.done, 4 * caseCount);
    const int answered = 4 * caseCount - caseCount - 5 - 6 - 3;
    QCOMPARE(second.cached, answered);
    QCOMPARE(second.errors, 0);
    for (const ResultRecord& r : results(second.runId))
        QVERIFY2(!r.isRefusal(), qPrintable(r.modelId + u'/' + r.caseId));
    QCOMPARE(first.passed + caseCount + 5 + 6 + 3, second.passed);
}

QTEST_GUILESS_MAIN(TestRunRefusals)
#include "tst_runrefusals.moc"
