// SPDX-License-Identifier: GPL-3.0-or-later
#include "runestimate.h"

#include "batch/batchtypes.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QLocale>

namespace {
constexpr qint64 unknownAnswerTokens = 150;
constexpr double typicalLatencySeconds = 1.5;

struct ProviderLoad {
    int calls = 0;
    double busySeconds = 0.0; // sum of the calls' latencies
};

double latencySeconds(const ModelSpec& model, const ObservedUsage& observed)
{
    if (const auto it = observed.latencySeconds.constFind(model.id); it != observed.latencySeconds.cend())
        return *it;
    return model.simulation ? model.simulation->latencyMs / 1000.0 : typicalLatencySeconds;
}

// The calls a provider keeps in flight: as observed when it was, never above what the run allows.
double parallelCalls(const Provider& provider, int concurrencyCap, const ObservedUsage& observed)
{
    const int allowed = std::max(1, concurrencyCap > 0 ? concurrencyCap : provider.concurrency);
    const auto it = observed.parallelism.constFind(provider.name);
    return it == observed.parallelism.cend() ? double(allowed) : std::clamp(*it, 1.0, double(allowed));
}

double providerSeconds(const Provider& provider, const ProviderLoad& load, double parallel)
{
    const double byConcurrency = load.busySeconds / parallel;
    const double byRate = provider.requestsPerMinute > 0 ? 60.0 * load.calls / provider.requestsPerMinute : 0.0;
    return std::max(byConcurrency, byRate);
}

} // namespace

qint64 expectedOutputTokens(const TestCase& testCase)
{
    if (testCase.expected.isEmpty())
        return unknownAnswerTokens;
    // Models tend to say a little more than the reference answer.
    return estimateTokens(testCase.expected) * 13 / 10 + 5;
}

QString ObservedUsage::usageKey(const QString& category, const QString& modelId)
{
    return category + u'\n' + modelId;
}

RunEstimate estimateJobs(const Workspace& workspace, const RunPlan& plan, JobSource jobs, const ObservedUsage& observed)
{
    RunEstimate estimate;
    QMap<QString, ProviderLoad> loads;
    while (const std::optional<RunJob> job = jobs.next()) {
        const ModelSpec* model = workspace.model(job->key.modelId);
        const Category* category = workspace.category(job->key.category);
        if (!model || !category)
            continue;
        const QString key = ObservedUsage::usageKey(category->name, model->id);
        const qint64 in = observed.inputTokens.contains(key) ? qRound64(observed.inputTokens.value(key))
                                                             : estimateTokens(job->flattenedInput);
        const qint64 out = observed.outputTokens.contains(key) ? qRound64(observed.outputTokens.value(key))
                                                               : expectedOutputTokens(job->testCase(*category));
        const Provider* provider = workspace.provider(job->providerName);
        const bool batched = plan.settings.batch && provider && supportsBatches(*provider, plan.simulated);
        const double cost = (batched ? model->effectiveBatchPrice() : model->price).costOf(in, out);
        ++estimate.calls;
        estimate.inputTokens += in;
        estimate.outputTokens += out;
        estimate.costUsd += cost;
        estimate.costByModel[model->id] += cost;
        if (batched)
            continue; // a batch takes the provider's time, up to 24 h, not the run's concurrency
        ProviderLoad& load = loads[job->providerName];
        ++load.calls;
        load.busySeconds += latencySeconds(*model, observed);
    }
    for (auto it = loads.cbegin(); it != loads.cend(); ++it) {
        if (const Provider* provider = workspace.provider(it.key()))
            estimate.seconds = std::max(
                estimate.seconds,
                providerSeconds(*provider, *it, parallelCalls(*provider, plan.settings.concurrency, observed)));
    }
    return estimate;
}

RunEstimate estimateRun(const Workspace& workspace, const RunPlan& plan, const ObservedUsage& observed)
{
    return estimateJobs(workspace, plan, JobSource(workspace, plan), observed);
}

QString RunEstimate::summary() const
{
    return QCoreApplication::translate("RunEstimate", "%1 calls · ~%2 · %3")
        .arg(QLocale().toString(calls), dollarsEstimate(costUsd), durationEstimate(seconds));
}

QString dollarsEstimate(double usd)
{
    return u'$' + QLocale().toString(usd, 'f', usd < 1 ? 3 : 2);
}

QString durationEstimate(double seconds)
{
    // Counts go through locals: Qt 6.4's lupdate hangs on a cast expression as the %n argument.
    if (seconds < 90) {
        const int wholeSeconds = std::max(1, int(std::lround(seconds)));
        return QCoreApplication::translate("RunEstimate", "~%n s", nullptr, wholeSeconds);
    }
    if (seconds < 90 * 60) {
        const int minutes = int(std::lround(seconds / 60));
        return QCoreApplication::translate("RunEstimate", "~%n min", nullptr, minutes);
    }
    return QCoreApplication::translate("RunEstimate", "~%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
}
