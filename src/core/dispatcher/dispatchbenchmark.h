// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatchfigures.h"
#include "runner/runcontroller.h"

// The requests of a benchmark and how each was dispatched.
struct DispatchOutcome {
    QList<LabelledRequest> requests;
    QList<Dispatch> dispatches; // parallel to requests
    QString classifierRunId; // the run that holds the classifier's calls; empty when it was not asked
};

Q_DECLARE_METATYPE(DispatchOutcome)

// Where the classifier's calls are stored and cached, beside the workspace:
// "support.signalbox.yaml" -> "support.signalbox.dispatcher.db". Kept apart from the results
// database so that its runs never pass for benchmark runs of the categories.
QString dispatcherDatabasePath(const QString& workspacePath);

// Dispatches by the rules only: the first matching rule decides; a request no rule matches gets
// the dispatcher's default (source Default), to be handed to the classifier when there is one.
QList<Dispatch> dispatchByRules(const DispatcherSpec& spec, const QList<LabelledRequest>& requests);
// One request, as the test box shows it (rules only).
Dispatch dispatchByRules(const DispatcherSpec& spec, const RuleMatcher& matcher, const QString& input);

// Runs the benchmark: rules first (at once), then the classifier on what no rule matched, through
// the run engine (cached, retried, costed, on its worker thread, cancellable).
class DispatchBenchmark : public QObject
{
    Q_OBJECT
public:
    explicit DispatchBenchmark(QObject* parent = nullptr);
    ~DispatchBenchmark() override;

    void setSandboxTimeScale(double scale) { m_controller.setSandboxTimeScale(scale); }
    bool isRunning() const { return m_running; }

    // False (and failed() emitted) when a benchmark is going or the classifier cannot be run.
    bool start(const Workspace& workspace, const QList<LabelledRequest>& requests, const QString& databasePath,
               bool simulated, const QMap<QString, QString>& apiKeys = {});
    void cancel();

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished(const DispatchOutcome& outcome);
    void cancelled();
    void failed(const QString& message);

private:
    void onRunFinished(const RunInfo& run);
    void finish();
    void fail(const QString& message);
    void applyAnswer(Dispatch& dispatch, const ResultRecord& result) const;

    RunController m_controller;
    Workspace m_workspace;
    QString m_databasePath;
    DispatchOutcome m_outcome;
    QList<int> m_asked; // indexes of the requests the classifier is asked about
    bool m_running = false;
    bool m_cancelled = false;
};
