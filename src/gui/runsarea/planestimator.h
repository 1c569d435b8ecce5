// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runestimate.h"

#include <QFuture>
#include <QObject>

class QTimer;

// A run's estimate with the calls its llm-rubric assertions make to the judge model.
struct PlanEstimate {
    RunEstimate run;
    int judgeCalls = 0;
    qint64 judgeTokens = 0;
    double judgeCostUsd = 0.0;

    double totalCostUsd() const { return run.costUsd + judgeCostUsd; }
    int totalCalls() const { return run.calls + judgeCalls; }
    QString headline() const; // "1,240 calls · ~$0.42 · ~3 min", translated
};

Q_DECLARE_METATYPE(PlanEstimate)

PlanEstimate estimatePlan(const Workspace& workspace, const RunPlan& plan, const ObservedUsage& observed = {});
// The figures of the newest completed run in the results database (sandbox runs for a sandbox
// plan, real ones otherwise); empty without one. Opens its own connection: callable on any thread.
ObservedUsage observedUsageOf(const QString& databasePath, const Workspace& workspace, bool simulated);
// Those of the named categories whose cases have llm-rubric assertions, which need a judge model.
QStringList judgedCategories(const Workspace& workspace, const QStringList& names);

// Estimates the plan being set up while the user changes it. Requests are debounced and the
// estimate is computed on a pool thread, since a big workspace expands to hundreds of thousands
// of jobs; only the newest request's answer is delivered.
class PlanEstimator : public QObject
{
    Q_OBJECT
public:
    explicit PlanEstimator(QObject* parent = nullptr);
    ~PlanEstimator() override;

    // databasePath: the results database whose newest completed run the estimate learns from.
    void request(const Workspace& workspace, const RunPlan& plan, const QString& databasePath = {});
    bool isPending() const;
    const PlanEstimate& latest() const { return m_latest; }

Q_SIGNALS:
    void estimated(const PlanEstimate& estimate);

private:
    void compute();

    QTimer* m_debounce;
    Workspace m_workspace;
    RunPlan m_plan;
    QString m_databasePath;
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
    PlanEstimate m_latest;
    QFuture<void> m_computing;
};
