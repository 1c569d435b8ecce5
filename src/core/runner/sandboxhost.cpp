// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhost.h"

#include "promptrenderer.h"

#include "sandbox/batch/fakebatchservice.h"
#include "sandbox/fakeproviderserver.h"
#include "sandboxexpectations.h"

#include <cmath>

namespace {
constexpr double sandboxBatchMs = 20'000;
}

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::isRunning() const
{
    return m_server != nullptr;
}

bool SandboxHost::start(const Workspace& workspace, double timeScale)
{
    stop();
    m_server = new FakeProviderServer;
    configure(workspace, timeScale);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    // Binding a loopback port takes microseconds: waiting for it keeps callers simple.
    QMetaObject::invokeMethod(m_server, [&] { listening = m_server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        m_error = tr("The sandbox could not listen on 127.0.0.1: %1").arg(m_server->errorString());
        stop();
        return false;
    }
    // The journal is read on the server's thread, before it answers a batch request.
    QMetaObject::invokeMethod(m_server, [server = m_server] { server->batches().replayJournal(); });
    for (ProviderKind kind : { ProviderKind::OpenAiCompatible, ProviderKind::Anthropic, ProviderKind::Gemini,
             ProviderKind::Ollama })
        m_baseUrls.insert(kind, m_server->baseUrl(kind));
    return true;
}

QString SandboxHost::batchJournalFor(const QString& databasePath)
{
    if (databasePath.isEmpty())
        return {};
    QString stem = databasePath;
    if (stem.endsWith(u".db"))
        stem.chop(3);
    return stem + QStringLiteral(".sandbox-batches");
}

void SandboxHost::stop()
{
    if (m_server) {
        QMetaObject::invokeMethod(m_server, &QObject::deleteLater);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    m_baseUrls.clear();
}

void SandboxHost::configure(const Workspace& workspace, double timeScale)
{
    m_server->setTimeScale(timeScale);
    m_server->setLatency(m_latencyMs, m_jitterMs);
    // Real batches take minutes to hours; the sandbox's take long enough to show them polled.
    m_server->batches().settings().completionMs = int(std::lround(sandboxBatchMs * timeScale));
    m_server->batches().setJournal(m_batchJournal);
    for (const FaultRule& fault : std::as_const(m_faults))
        m_server->addFault(fault);
    ModelSimulator& simulator = m_server->simulator();
    for (const ModelSpec& model : workspace.models) {
        if (model.simulation)
            simulator.setProfile(model.model.isEmpty() ? model.id : model.model, *model.simulation);
    }
    for (const Category& category : workspace.categories) {
        simulator.addTaskLabels(category.name, sandboxScorerLabels(category));
        for (const TestCase& testCase : category.cases) {
            const RenderedPrompt prompt = renderPrompt(category, testCase);
            if (!prompt.messages.isEmpty() && !testCase.expected.isEmpty())
                simulator.addExpectedOutput(prompt.messages.constLast().content,
                                            sandboxExpectation(category, testCase));
        }
    }
}
