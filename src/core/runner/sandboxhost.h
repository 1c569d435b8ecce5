// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "sandbox/faultinjector.h"

#include <QMap>
#include <QObject>
#include <QThread>

class FakeProviderServer;

// The sandbox: the fake provider server, on a thread of its own, imitating the workspace's models
// (their simulation profiles) on the workspace's own cases, so the whole loop can be tried
// without an API key. Results it produces are marked simulated wherever they appear.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject* parent = nullptr);
    ~SandboxHost() override;

    // Starts (or reconfigures) the server for workspace; false with errorString() on failure.
    bool start(const Workspace& workspace, double timeScale = 1.0);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QMap<ProviderKind, QString> baseUrls() const { return m_baseUrls; }
    // Faults the server injects from its next start on, to see how runs cope (tests, demonstrations).
    void setFaults(const QList<FaultRule>& faults) { m_faults = faults; }
    // Where the sandbox keeps its batches, so that a run resumed by a later process finds them
    // (see FakeBatchJournal); empty: they live as long as the server.
    void setBatchJournal(const QString& path) { m_batchJournal = path; }
    static QString batchJournalFor(const QString& databasePath);
    // Latency added to every answer, on top of the simulated models' own (scaled) latency.
    void setExtraLatency(int fixedMs, int jitterMs = 0)
    {
        m_latencyMs = fixedMs;
        m_jitterMs = jitterMs;
    }

private:
    void configure(const Workspace& workspace, double timeScale);

    QThread m_thread;
    FakeProviderServer* m_server = nullptr;
    QMap<ProviderKind, QString> m_baseUrls;
    QList<FaultRule> m_faults;
    QString m_batchJournal;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    QString m_error;
};
