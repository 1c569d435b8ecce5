// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchbenchmark.h"

#include "classifierprompt.h"
#include "results/resultsstore.h"

#include <QFileInfo>
#include <QTimer>

namespace {
const QString classifierCategory = QStringLiteral("dispatcher-classifier");

QString askingId(int index)
{
    return QStringLiteral("request-%1").arg(index + 1);
}

QStringList categoryNames(const Workspace& workspace)
{
    QStringList names;
    for (const Category& category : workspace.categories)
        names.append(category.name);
    return names;
}

// The classifier's questions as the cases of a category of their own. The expected output (the
// true category) lets the sandbox imitate a classifier of the model's skill and scores the
// answer; a real provider never sees it.
Category classifierCases(const Workspace& workspace, const DispatchClassifier& classifier,
                         const QList<LabelledRequest>& requests, const QList<int>& asked)
{
    Category category;
    category.name = classifierCategory;
    category.scorers = { ScorerSpec { QStringLiteral("icontains") } };
    for (const int index : asked) {
        const ClassifierPrompt prompt = classifierPrompt(workspace, classifier, requests.at(index).input);
        TestCase asking;
        asking.id = askingId(index);
        asking.systemPrompt = prompt.systemPrompt;
        asking.prompt = prompt.userMessage;
        asking.expected = requests.at(index).category;
        category.cases.append(asking);
    }
    return category;
}
} // namespace

QString dispatcherDatabasePath(const QString& workspacePath)
{
    QString path = ResultsStore::databasePathFor(workspacePath);
    path.chop(3); // ".db"
    return path + QStringLiteral(".dispatcher.db");
}

Dispatch dispatchByRules(const DispatcherSpec& spec, const RuleMatcher& matcher, const QString& input)
{
    Dispatch dispatch;
    dispatch.rule = matcher.match(input);
    if (dispatch.rule >= 0) {
        dispatch.source = Dispatch::Source::Rule;
        dispatch.category = matcher.rule(dispatch.rule).category;
    } else {
        dispatch.category = spec.fallback;
    }
    return dispatch;
}

QList<Dispatch> dispatchByRules(const DispatcherSpec& spec, const QList<LabelledRequest>& requests)
{
    const RuleMatcher matcher(spec.rules);
    QList<Dispatch> dispatches;
    dispatches.reserve(requests.size());
    for (const LabelledRequest& request : requests)
        dispatches.append(dispatchByRules(spec, matcher, request.input));
    return dispatches;
}

DispatchBenchmark::DispatchBenchmark(QObject* parent)
    : QObject(parent)
{
    connect(&m_controller, &RunController::progressChanged, this,
            [this](const RunProgress& progress) { Q_EMIT progressChanged(progress.done, progress.total); });
    connect(&m_controller, &RunController::finished, this,
            [this](const RunInfo& run, const RunProgress&) { onRunFinished(run); });
    connect(&m_controller, &RunController::failed, this, &DispatchBenchmark::fail);
}

DispatchBenchmark::~DispatchBenchmark() = default;

bool DispatchBenchmark::start(const Workspace& workspace, const QList<LabelledRequest>& requests,
                              const QString& databasePath, bool simulated, const QMap<QString, QString>& apiKeys)
{
    if (m_running || !workspace.dispatcher) {
        Q_EMIT failed(m_running ? tr("A dispatcher benchmark is already going: wait for it or cancel it.")
                                : tr("The workspace has no dispatcher to benchmark."));
        return false;
    }
    const DispatcherSpec& spec = *workspace.dispatcher;
    m_workspace = workspace;
    m_databasePath = databasePath;
    m_outcome = { requests, dispatchByRules(spec, requests), {} };
    m_asked.clear();
    m_cancelled = false;
    m_running = true;
    for (qsizetype i = 0; spec.classifier && i < requests.size(); ++i) {
        if (m_outcome.dispatches.at(i).source == Dispatch::Source::Default)
            m_asked.append(int(i));
    }
    if (m_asked.isEmpty()) {
        QTimer::singleShot(0, this, &DispatchBenchmark::finish); // the same order of signals as with a classifier
        return true;
    }
    RunRequest request;
    request.workspace = workspace;
    request.workspace.categories = { classifierCases(workspace, *spec.classifier, requests, m_asked) };
    request.plan.categories = { classifierCategory };
    request.plan.models = { spec.classifier->model };
    request.plan.settings.temperature = 0.0;
    request.plan.settings.maxTokens = 32; // a category name; a chatty answer is cut, not paid for
    request.plan.simulated = simulated;
    request.databasePath = databasePath;
    request.apiKeys = apiKeys;
    if (const QString problem = request.plan.validate(request.workspace); !problem.isEmpty()) {
        fail(problem);
        return false;
    }
    m_running = m_controller.start(request);
    return m_running;
}

void DispatchBenchmark::cancel()
{
    m_cancelled = true;
    if (m_controller.isRunning())
        m_controller.cancel();
}

void DispatchBenchmark::onRunFinished(const RunInfo& run)
{
    if (m_cancelled || run.status == RunStatus::Cancelled) {
        m_running = false;
        Q_EMIT cancelled();
        return;
    }
    ResultsStore store;
    std::optional<QList<ResultRecord>> results;
    if (store.open(m_databasePath))
        results = store.results(run.id, classifierCategory);
    if (!results) {
        fail(store.errorString());
        return;
    }
    QHash<QString, const ResultRecord*> byId;
    for (const ResultRecord& result : *results)
        byId.insert(result.caseId, &result);
    for (const int index : std::as_const(m_asked)) {
        if (const ResultRecord* result = byId.value(askingId(index)))
            applyAnswer(m_outcome.dispatches[index], *result);
        else
            m_outcome.dispatches[index].classifierFailed = true; // the run stopped before asking
    }
    m_outcome.classifierRunId = run.id;
    finish();
}

void DispatchBenchmark::applyAnswer(Dispatch& dispatch, const ResultRecord& result) const
{
    dispatch.classifierCostUsd = result.costUsd;
    dispatch.classifierLatencyMs = result.latencyMs;
    if (result.isError()) {
        dispatch.classifierFailed = true;
        return;
    }
    dispatch.classifierAnswer = result.output;
    const std::optional<QString> named = parseClassifierAnswer(result.output, categoryNames(m_workspace));
    dispatch.classifierUnreadable = !named;
    if (named && *named != DispatcherSpec::defaultRoute) {
        dispatch.category = *named;
        dispatch.source = Dispatch::Source::Classifier;
    }
}

void DispatchBenchmark::finish()
{
    m_running = false;
    if (m_cancelled) {
        Q_EMIT cancelled();
        return;
    }
    Q_EMIT finished(m_outcome);
}

void DispatchBenchmark::fail(const QString& message)
{
    m_running = false;
    Q_EMIT failed(message);
}
