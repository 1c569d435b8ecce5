// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs area on a workspace whose results database holds batches still open at their provider
// (the app was closed while they ran): it says so on opening and collects them on request, over
// real HTTP against the fake provider, each job once; collecting can be cancelled.
#include "batch/batchstore.h"
#include "common/noticebanner.h"
#include "document/selection.h"
#include "document/workspacedocument.h"
#include "runner/runcontroller.h"
#include "runner/runengine.h"
#include "runsarea/resultstablemodel.h"
#include "runsarea/runsarea.h"
#include "sandbox/batch/fakebatchservice.h"
#include "sandbox/fakeproviderserver.h"
#include "scriptedrunprompts.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList parcels { u"Where is parcel 1182?"_s, u"My order is a week late."_s, u"The courier lost my box."_s,
                            u"Tracking has not moved since Monday."_s };
const int caseCount = int(parcels.size());
const QString keyVariable = u"SIGNALBOX_TEST_OPEN_BATCHES_KEY"_s;

Workspace batchWorkspace(const QString& baseUrl)
{
    Workspace ws;
    ws.name = u"Open batches"_s;
    Provider provider { u"claude"_s, ProviderKind::Anthropic, baseUrl,
                        { KeyReference::Store::Environment, keyVariable } };
    ws.providers = { provider };
    ModelSpec model { u"sonnet"_s, u"claude"_s, u"claude-sonnet-4-5"_s };
    model.price = { 3.0, 15.0 };
    ws.models = { model };
    Category shipping { u"tickets"_s };
    shipping.scorers = { ScorerSpec { u"iequals"_s } };
    for (const QString& input : parcels) {
        TestCase ticket { u"t%1"_s.arg(shipping.cases.size()), {}, input };
        ticket.expected = u"shipping"_s;
        shipping.cases.append(ticket);
    }
    ws.categories = { shipping };
    return ws;
}
} // namespace

class TestRunsAreaBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offersToCollectOpenBatchesAndCollectsEachJobOnce();
    void collectingShowsBatchProgressAndCanBeCancelled();
    void saysNothingWithoutOpenBatches();
    void saysNothingWhenTheDatabaseCannotBeRead();

private:
    QString workspacePath() const { return m_dir->filePath(u"batches.signalbox.yaml"_s); }
    QString databasePath() const { return ResultsStore::databasePathFor(workspacePath()); }
    QString leaveBatchesOpen(); // a run whose batch the provider accepted, closed before it ended
    bool openArea(); // the area on the workspace, once it has looked for open batches

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<RunController> m_runs;
    std::unique_ptr<RunsArea> m_area;
    std::unique_ptr<QSignalSpy> m_statusMessages; // from the area's start
    ScriptedRunPrompts* m_prompts = nullptr;
};

void TestRunsAreaBatches::initTestCase()
{
    registerCompletionMetaTypes();
    registerResultsMetaTypes();
    qRegisterMetaType<RunProgress>();
    qputenv(keyVariable.toLatin1().constData(), "sk-ant-test");
}

void TestRunsAreaBatches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY(m_server->listen());
    m_server->setTimeScale(0.0);
    m_server->batches().settings().completionMs = 600'000; // open until the test ends it
}

void TestRunsAreaBatches::cleanup()
{
    m_statusMessages.reset();
    m_area.reset();
    m_runs.reset();
    m_selection.reset();
    m_document.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestRunsAreaBatches::leaveBatchesOpen()
{
    RunRequest request { batchWorkspace(m_server->baseUrl(ProviderKind::Anthropic)) };
    request.plan.settings.batch = true;
    request.plan.settings.cacheEnabled = false;
    request.databasePath = databasePath();
    request.apiKeys.insert(u"claude"_s, u"sk-ant-test"_s);
    RunEngine engine;
    QSignalSpy started(&engine, &RunEngine::started);
    QSignalSpy finished(&engine, &RunEngine::finished);
    engine.start(request);
    if (started.isEmpty() && !started.wait(5000))
        return {};
    const QString runId = started.first().at(0).value<RunInfo>().id;
    BatchStore store;
    const bool accepted = QTest::qWaitFor(
        [&] {
            if (!store.isOpen() && !store.open(databasePath()))
                return false;
            const auto batches = store.batches(runId).value_or(QList<BatchRecord>());
            return batches.size() == 1 && !batches.first().remoteId.isEmpty();
        },
        10000);
    engine.close(); // as closing the app does: the batch goes on at the provider
    if (!accepted || (finished.isEmpty() && !finished.wait(5000)))
        return {};
    return runId;
}

bool TestRunsAreaBatches::openArea()
{
    m_document = std::make_unique<WorkspaceDocument>();
    m_selection = std::make_unique<Selection>();
    m_runs = std::make_unique<RunController>();
    m_area = std::make_unique<RunsArea>(m_document.get(), m_selection.get(), m_runs.get());
    m_prompts = new ScriptedRunPrompts;
    m_area->setPrompts(std::unique_ptr<RunPrompts>(m_prompts));
    m_statusMessages = std::make_unique<QSignalSpy>(m_area.get(), &RunsArea::statusMessage);
    QSignalSpy checked(m_area.get(), &RunsArea::openBatchesChecked);
    m_document->reset(batchWorkspace(m_server->baseUrl(ProviderKind::Anthropic)), workspacePath());
    // After the history is read; a newer reading drops an older one, so the first report is the newest's.
    return checked.count() > 0 || checked.wait(5000);
}

void TestRunsAreaBatches::offersToCollectOpenBatchesAndCollectsEachJobOnce()
{
    const QString runId = leaveBatchesOpen();
    QVERIFY(!runId.isEmpty());
    QCOMPARE(m_server->batches().batchCount(), 1);

    QVERIFY(openArea());
    NoticeBanner* notice = m_area->openBatchesNotice();
    QVERIFY2(notice->isVisibleTo(m_area.get()), qPrintable(notice->text()));
    QVERIFY2(notice->text().startsWith(u"Run %1 has 1 batch"_s.arg(runId)), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"still open at claude (submitted just now)"_s), qPrintable(notice->text()));
    QCOMPARE(notice->button()->text(), u"Collect Now"_s);
    QCOMPARE(m_statusMessages->size(), 1);
    QCOMPARE(m_statusMessages->first().first().toString(), notice->text());
    // The history was read first and found the run cut off, not running.
    const int row = m_area->historyModel()->rowOf(runId);
    QVERIFY(row >= 0);
    QCOMPARE(m_area->historyModel()->summary(row).run.status, RunStatus::Interrupted);

    // The provider ends the batch; one request of it failed.
    m_server->batches().settings().completionMs = 0;
    const QString failing = batchCustomId(u"tickets/t2/sonnet/0"_s);
    m_server->batches().settings().failingIds = { failing };
    QSignalSpy status(m_area.get(), &RunsArea::statusMessage);
    QSignalSpy finished(m_runs.get(), &RunController::finished);
    QTest::mouseClick(notice->button(), Qt::LeftButton);
    QVERIFY(m_runs->isRunning());
    QVERIFY(!notice->isVisibleTo(m_area.get()));
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().isEmpty()); // the run's progress takes the status bar
    QTRY_COMPARE_WITH_TIMEOUT(m_area->shownRunId(), runId, 5000);
    QVERIFY(m_prompts->asked.contains(u"Resume on Real Providers?"_s));
    QVERIFY(finished.wait(20000));
    const RunInfo run = finished.first().at(0).value<RunInfo>();
    QCOMPARE(run.id, runId);
    QCOMPARE(run.status, RunStatus::Completed);

    QCOMPARE(m_server->batches().batchCount(), 1); // collected, not sent again
    QCOMPARE(m_server->batches().itemsSubmitted(), caseCount);
    ResultsStore store;
    QVERIFY(store.open(databasePath()));
    const QList<ResultRecord> results = store.results(runId).value();
    QCOMPARE(results.size(), caseCount);
    for (const ResultRecord& result : results) {
        QVERIFY(result.fromBatch);
        QCOMPARE(result.isError(), result.caseId == u"t2");
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_area->resultsModel()->rowCount(), caseCount, 5000);
    // Nothing is left open: the notice stays away once the history is read again.
    QSignalSpy checked(m_area.get(), &RunsArea::openBatchesChecked);
    QVERIFY(checked.count() > 0 || checked.wait(5000));
    QVERIFY2(!notice->isVisibleTo(m_area.get()), qPrintable(notice->text()));
}

void TestRunsAreaBatches::collectingShowsBatchProgressAndCanBeCancelled()
{
    const QString runId = leaveBatchesOpen();
    QVERIFY(!runId.isEmpty());
    QVERIFY(openArea());
    QSignalSpy progressed(m_runs.get(), &RunController::progressChanged);
    QSignalSpy finished(m_runs.get(), &RunController::finished);
    m_area->openBatchesNotice()->button()->click();
    QVERIFY(m_runs->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_runs->progress().batchText.startsWith(u"batch 1 of 1: 0 of %1 done"_s.arg(caseCount)),
                             10000);
    // The batches' line stands on its own; there is no ETA beside it.
    auto* batches = m_area->findChild<QLabel*>(u"batchLabel"_s);
    auto* eta = m_area->findChild<QLabel*>(u"etaLabel"_s);
    QVERIFY(batches && eta);
    QTRY_VERIFY_WITH_TIMEOUT(batches->text().startsWith(u"Batch 1 of 1:"_s), 5000);
    QVERIFY(batches->isVisibleTo(m_area.get()));
    QVERIFY(!eta->isVisibleTo(m_area.get()));
    QVERIFY(m_area->cancelAction()->isEnabled());
    m_area->cancelAction()->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<RunInfo>().status, RunStatus::Cancelled);
    QCOMPARE(m_server->batches().cancelCount(), 1);
    QCOMPARE(m_server->batches().batchCount(), 1);
}

void TestRunsAreaBatches::saysNothingWithoutOpenBatches()
{
    QVERIFY(openArea()); // no database yet
    QVERIFY(!m_area->openBatchesNotice()->isVisibleTo(m_area.get()));
    QVERIFY(!QFileInfo::exists(databasePath())); // looking did not create one
}

void TestRunsAreaBatches::saysNothingWhenTheDatabaseCannotBeRead()
{
    QFile garbage(databasePath());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    QVERIFY(garbage.write(QByteArray(4096, 'x')) == 4096);
    garbage.close();
    QVERIFY(openArea());
    QVERIFY(!m_area->openBatchesNotice()->isVisibleTo(m_area.get()));
}

QTEST_MAIN(TestRunsAreaBatches)
#include "tst_runsareabatches.moc"
