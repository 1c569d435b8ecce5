// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrunfixture.h"

#include "results/resultsstore.h"
#include "sandbox/batch/fakebatchservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Workspace workspace(ProviderKind kind)
{
    Workspace ws;
    ws.name = u"batch test"_s;
    Provider batched { u"batched"_s, kind };
    Provider local { u"local"_s, ProviderKind::Ollama };
    ws.providers = { batched, local };
    ModelSpec big { u"big"_s, u"batched"_s, u"big-model"_s };
    big.price = { 2.0, 8.0 };
    ModelSpec small { u"small"_s, u"local"_s, u"small-model"_s };
    small.price = { 0.1, 0.4 };
    ws.models = { big, small };
    Category tickets { u"tickets"_s };
    tickets.scorers = { ScorerSpec { u"equals"_s } };
    for (int i = 0; i < BatchRunFixture::caseCount; ++i)
        tickets.cases.append(
            TestCase { u"t%1"_s.arg(i), {}, u"Ticket %1: my parcel is late"_s.arg(i), {}, {}, u"shipping"_s });
    ws.categories = { tickets };
    return ws;
}
} // namespace

QString BatchRunFixture::customIdOf(const QString& caseId, const QString& modelId)
{
    return batchCustomId(u"tickets/"_s + caseId + u'/' + modelId + u"/0"_s);
}

QString BatchRunFixture::databasePath() const
{
    return m_dir->filePath(u"runs.signalbox.db"_s);
}

void BatchRunFixture::registerTypes()
{
    registerCompletionMetaTypes();
    registerResultsMetaTypes();
    qRegisterMetaType<RunProgress>();
}

void BatchRunFixture::setUpServer()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setTimeScale(0.0);
    m_server->batches().settings().completionMs = 200;
}

void BatchRunFixture::tearDownServer()
{
    m_server.reset();
    m_dir.reset();
}

void BatchRunFixture::kinds()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::newRow("openai") << ProviderKind::OpenAiCompatible;
    QTest::newRow("anthropic") << ProviderKind::Anthropic;
    QTest::newRow("gemini") << ProviderKind::Gemini;
}

RunRequest BatchRunFixture::request(const QString& resumeRunId) const
{
    QFETCH(ProviderKind, kind);
    RunRequest request { workspace(kind) };
    request.plan.simulated = true;
    request.plan.settings.batch = true;
    request.plan.settings.cacheEnabled = false;
    request.databasePath = databasePath();
    request.resumeRunId = resumeRunId;
    for (ProviderKind each :
         { ProviderKind::OpenAiCompatible, ProviderKind::Anthropic, ProviderKind::Gemini, ProviderKind::Ollama })
        request.sandboxBaseUrls.insert(each, m_server->baseUrl(each));
    request.batchPolicy.firstPollMs = 20;
    request.batchPolicy.maxPollMs = 80;
    request.batchPolicy.maxItemsPerBatch = 10; // three batches for the batched provider's 24 jobs
    return request;
}

std::optional<RunInfo> BatchRunFixture::runToEnd(const RunRequest& request)
{
    RunEngine engine;
    QSignalSpy finished(&engine, &RunEngine::finished);
    engine.start(request);
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.first().at(0).value<RunInfo>();
}

QList<ResultRecord> BatchRunFixture::results(const QString& runId) const
{
    ResultsStore store;
    if (!store.open(databasePath()))
        return {};
    return store.results(runId).value_or(QList<ResultRecord>());
}

// Starts a run and destroys its engine once killWhen holds, leaving what a kill -9 would; the run's id.
QString BatchRunFixture::runUntilKilled(const std::function<bool(const QString& runId)>& killWhen) const
{
    auto engine = std::make_unique<RunEngine>();
    QSignalSpy started(engine.get(), &RunEngine::started);
    engine->start(request());
    if (started.isEmpty())
        return {};
    const QString runId = started.first().at(0).value<RunInfo>().id;
    return QTest::qWaitFor([&] { return killWhen(runId); }, 20000) ? runId : QString();
}

// Three batches sent, each job in one of them, and every job of the run saved once, without error.
void BatchRunFixture::verifyEachJobSentAndSavedOnce(const QString& runId) const
{
    QCOMPARE(m_server->batches().batchCount(), 3);
    QCOMPARE(m_server->batches().itemsSubmitted(), caseCount);
    for (int i = 0; i < caseCount; ++i)
        QCOMPARE(m_server->batches().timesSubmitted(customIdOf(u"t%1"_s.arg(i), u"big"_s)), 1);
    const QList<ResultRecord> all = results(runId);
    QCOMPARE(all.size(), 2 * caseCount);
    QSet<JobKey> jobs;
    for (const ResultRecord& result : all) {
        QVERIFY2(!result.isError(), qPrintable(result.errorMessage));
        jobs.insert(result.job());
    }
    QCOMPARE(jobs.size(), 2 * caseCount);
}
