// SPDX-License-Identifier: GPL-3.0-or-later
#include "planestimator.h"

#include "common/background.h"
#include "common/whenfinished.h"
#include "results/resultsstore.h"
#include "scoring/scoringengine.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace {
constexpr int debounceMs = 120;
// What a judge reads besides the case and the answer (rubric, instructions) and what it answers.
constexpr qint64 judgeOverheadTokens = 250;
constexpr qint64 judgeAnswerTokens = 60;
} // namespace

QString PlanEstimate::headline() const
{
    return QCoreApplication::translate("PlanEstimate", "%1 calls · ~%2 · %3")
        .arg(QLocale().toString(totalCalls()), dollarsEstimate(totalCostUsd()), durationEstimate(run.seconds));
}

ObservedUsage observedUsageOf(const QString& databasePath, const Workspace& workspace, bool simulated)
{
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath))
        return {};
    ResultsStore store;
    if (!store.open(databasePath))
        return {};
    for (const RunInfo& run : store.runs().value_or(QList<RunInfo>())) {
        if (run.status != RunStatus::Completed || run.simulated != simulated)
            continue;
        // Read row by row: the last run may hold a hundred thousand results.
        UsageObserver observer(workspace);
        if (!store.forEachResult(run.id, [&observer](const ResultRecord& result) { observer.add(result); }))
            return {};
        return observer.observed();
    }
    return {};
}

PlanEstimate estimatePlan(const Workspace& workspace, const RunPlan& plan, const ObservedUsage& observed)
{
    PlanEstimate estimate;
    if (plan.simulated) {
        // The sandbox ignores the providers' rate limits (see RunEngine), so its runs are quicker.
        Workspace unlimited = workspace;
        for (Provider& provider : unlimited.providers)
            provider.requestsPerMinute = 0;
        estimate.run = estimateRun(unlimited, plan, observed);
    } else {
        estimate.run = estimateRun(workspace, plan, observed);
    }
    const ModelSpec* judge = workspace.model(plan.judgeModel);
    const int answersPerCase = int(plan.effectiveModels(workspace).size()) * plan.repeats;
    for (const QString& name : plan.effectiveCategories(workspace)) {
        const Category* category = workspace.category(name);
        for (const TestCase& testCase : category ? category->cases : QList<TestCase>()) {
            const int calls = judgeCallCount(testCase, *category) * answersPerCase;
            if (calls == 0)
                continue;
            const qint64 in = estimateTokens(renderPrompt(*category, testCase).flattened())
                + expectedOutputTokens(testCase) * 2 + judgeOverheadTokens;
            estimate.judgeCalls += calls;
            estimate.judgeTokens += calls * (in + judgeAnswerTokens);
            if (judge)
                estimate.judgeCostUsd += calls * judge->price.costOf(in, judgeAnswerTokens);
        }
    }
    return estimate;
}

QStringList judgedCategories(const Workspace& workspace, const QStringList& names)
{
    QStringList found;
    for (const QString& name : names) {
        const Category* category = workspace.category(name);
        const bool judged = category
            && std::any_of(category->cases.cbegin(), category->cases.cend(),
                           [&](const TestCase& testCase) { return judgeCallCount(testCase, *category) > 0; });
        if (judged)
            found.append(name);
    }
    return found;
}

PlanEstimator::PlanEstimator(QObject* parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<PlanEstimate>();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PlanEstimator::compute);
}

PlanEstimator::~PlanEstimator()
{
    ++m_generation; // an estimate that finishes while waiting must not reach an owner being destroyed
    Background::waitFor(m_computing);
}

void PlanEstimator::request(const Workspace& workspace, const RunPlan& plan, const QString& databasePath)
{
    m_workspace = workspace;
    m_plan = plan;
    m_databasePath = databasePath;
    ++m_generation;
    m_debounce->start();
}

bool PlanEstimator::isPending() const
{
    return m_delivered != m_generation;
}

void PlanEstimator::compute()
{
    const quint64 generation = m_generation;
    QFuture<PlanEstimate> computing = Background::run([workspace = m_workspace, plan = m_plan, path = m_databasePath] {
        return estimatePlan(workspace, plan, observedUsageOf(path, workspace, plan.simulated));
    });
    m_computing = QFuture<void>(computing);
    whenFinished(this, computing, [this, generation](const PlanEstimate& estimate) {
        if (generation != m_generation)
            return;
        m_delivered = generation;
        m_latest = estimate;
        Q_EMIT estimated(estimate);
    });
}
