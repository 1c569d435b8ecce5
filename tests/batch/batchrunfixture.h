// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runengine.h"
#include "sandbox/fakeproviderserver.h"

#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QTemporaryDir>

// What the batch-run suites share: a workspace whose 24 tickets go to a model of the row's provider
// kind through its batch API (ten to a batch: three batches) and to a local model interactively, the
// fake provider serving both over real HTTP, and the run's database in a fresh directory.
class BatchRunFixture : public QObject
{
public:
    static constexpr int caseCount = 24;

protected:
    static void registerTypes(); // from initTestCase()
    void setUpServer(); // from init()
    void tearDownServer(); // from cleanup()
    static void kinds(); // the data rows: openai, anthropic, gemini
    RunRequest request(const QString& resumeRunId = {}) const; // of the current row's kind
    static std::optional<RunInfo> runToEnd(const RunRequest& request);
    // Starts a run and destroys its engine once killWhen holds, leaving what a kill -9 would; the run's id.
    QString runUntilKilled(const std::function<bool(const QString& runId)>& killWhen) const;
    QList<ResultRecord> results(const QString& runId) const;
    // Three batches sent, each job in one of them, and every job of the run saved once, without error.
    void verifyEachJobSentAndSavedOnce(const QString& runId) const;
    static QString customIdOf(const QString& caseId, const QString& modelId);
    QString databasePath() const;

    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};
