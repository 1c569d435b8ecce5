// SPDX-License-Identifier: GPL-3.0-or-later
#include "answeragreement.h"
#include "pairwisejudge.h"
#include "results/resultsstore.h"
#include "shadowrun.h"

namespace {

const QString judgeCategoryName = QStringLiteral("shadow-judge");
const QString referenceCategoryName = QStringLiteral("shadow-reference");

// The key of one askings of the judge: pair index and which answer was shown first.
QString judgeCaseId(qsizetype pair, bool candidateFirst)
{
    return QString::number(pair) + (candidateFirst ? u"-candidate-first" : u"-baseline-first");
}

std::optional<QList<ResultRecord>> readResults(const QString& databasePath, const QString& runId,
                                               const QString& category, QString* error)
{
    ResultsStore store;
    if (!store.open(databasePath)) {
        *error = store.errorString();
        return std::nullopt;
    }
    auto results = store.results(runId, category);
    if (!results)
        *error = store.errorString();
    return results;
}

} // namespace

QString shadowJudgementKey(const QString& caseId, const QString& candidateModelId)
{
    return caseId + u'\n' + candidateModelId;
}

QList<ResultRecord> scoreShadowAnswers(const QList<ResultRecord>& answers, const ShadowRunSpec& spec,
                                       const QHash<QString, PairwiseJudgement>& judgements, double agreementThreshold)
{
    QHash<QString, QString> baselineOutputs;
    for (const ResultRecord& answer : answers) {
        if (answer.repeat == 0 && answer.modelId == spec.baselineModelId && !answer.isError())
            baselineOutputs.insert(answer.caseId, answer.output);
    }
    const bool pairwise = spec.scoring() == ShadowScoring::PairwiseJudge;
    QList<ResultRecord> scored;
    scored.reserve(answers.size());
    for (ResultRecord answer : answers) {
        const auto baseline = baselineOutputs.constFind(answer.caseId);
        if (!answer.isError() && answer.modelId == spec.baselineModelId) {
            answer.score = pairwise ? 0.5 : 1.0;
            answer.pass = true;
        } else if (!answer.isError() && baseline != baselineOutputs.cend()) {
            const double similarity = wordSimilarity(*baseline, answer.output);
            const bool agrees = answersAgree(*baseline, answer.output, agreementThreshold);
            answer.score = similarity;
            answer.pass = agrees;
            if (pairwise) {
                const PairwiseJudgement judgement = judgements.value(shadowJudgementKey(answer.caseId, answer.modelId));
                answer.score = pairwiseScore(judgement.outcome);
                answer.pass = judgement.outcome == ShadowOutcome::Better || judgement.outcome == ShadowOutcome::Same;
                answer.judgeCostUsd = judgement.costUsd;
            }
        } else {
            answer.score.reset(); // an error, or nothing to compare with: the baseline failed
            answer.pass = false;
        }
        scored.append(answer);
    }
    return scored;
}

ShadowRunner::ShadowRunner(QObject* parent)
    : QObject(parent)
{
    connect(&m_controller, &RunController::progressChanged, this, &ShadowRunner::progressChanged);
    connect(&m_controller, &RunController::finished, this,
            [this](const RunInfo& run, const RunProgress&) { onEngineFinished(run); });
    connect(&m_controller, &RunController::failed, this, &ShadowRunner::onFailed);
}

ShadowRunner::~ShadowRunner() = default;

Category ShadowRunner::referenceCategory() const
{
    // The sandbox learns the expected answers of the workspace's own cases from the workspace it
    // is started with; inputs that repeat a case's prompt are answered as that case would be.
    Category reference = *m_workspace.category(m_spec.category);
    reference.name = referenceCategoryName;
    return reference;
}

bool ShadowRunner::start(const Workspace& workspace, const ShadowRunSpec& spec, const QString& databasePath,
                         bool simulated, const RunSettings& settings, const QMap<QString, QString>& apiKeys)
{
    if (m_running) {
        Q_EMIT failed(tr("A shadow run is already going: wait for it to finish or cancel it."));
        return false;
    }
    if (const QString problem = spec.validate(workspace); !problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    m_workspace = workspace;
    m_spec = spec;
    m_databasePath = databasePath;
    m_simulated = simulated;
    m_settings = settings;
    m_settings.shadow = spec.toJson();
    m_apiKeys = apiKeys;
    m_cancelled = false;
    m_judgePairs.clear();

    RunRequest request;
    request.workspace = workspace;
    Category& category = request.workspace.categories[workspace.indexOfCategory(spec.category)];
    category.cases = spec.inputs;
    category.scorers.clear();
    category.casesSource = {};
    if (simulated)
        request.workspace.categories.append(referenceCategory());
    request.plan.categories = { spec.category };
    request.plan.models = spec.models();
    request.plan.settings = m_settings;
    request.plan.simulated = simulated;
    request.databasePath = databasePath;
    request.apiKeys = apiKeys;
    m_phase = Phase::Answers;
    m_running = m_controller.start(request);
    if (m_running)
        Q_EMIT phaseChanged(m_phase);
    return m_running;
}

void ShadowRunner::cancel()
{
    m_cancelled = true;
    if (m_controller.isRunning())
        m_controller.cancel();
}

void ShadowRunner::onEngineFinished(const RunInfo& run)
{
    if (m_phase == Phase::Judging) {
        m_judgeRun = run;
        if (save(readJudgements()))
            finish();
        return;
    }
    m_answersRun = run;
    QString error;
    const auto answers = readResults(m_databasePath, run.id, m_spec.category, &error);
    if (!answers) {
        fail(error);
        return;
    }
    if (m_spec.scoring() == ShadowScoring::PairwiseJudge && !m_cancelled && run.status == RunStatus::Completed) {
        if (startJudging(*answers))
            return;
        if (!m_running)
            return; // failed
    }
    if (save({}))
        finish();
}

bool ShadowRunner::startJudging(const QList<ResultRecord>& answers)
{
    QHash<QString, QString> baselineOutputs;
    for (const ResultRecord& answer : answers) {
        if (answer.modelId == m_spec.baselineModelId && !answer.isError() && answer.repeat == 0)
            baselineOutputs.insert(answer.caseId, answer.output);
    }
    QHash<QString, QString> inputs;
    for (const TestCase& input : std::as_const(m_spec.inputs))
        inputs.insert(input.id, input.prompt);

    Category judging;
    judging.name = judgeCategoryName;
    for (const ResultRecord& answer : answers) {
        const auto baseline = baselineOutputs.constFind(answer.caseId);
        if (answer.modelId == m_spec.baselineModelId || answer.isError() || answer.repeat != 0
            || baseline == baselineOutputs.cend())
            continue;
        const QString input = inputs.value(answer.caseId);
        for (const bool candidateFirst : { true, false }) {
            const JudgePrompt prompt = candidateFirst ? pairwiseJudgePrompt(input, answer.output, *baseline)
                                                      : pairwiseJudgePrompt(input, *baseline, answer.output);
            TestCase asking;
            asking.id = judgeCaseId(m_judgePairs.size(), candidateFirst);
            asking.systemPrompt = prompt.systemPrompt;
            asking.prompt = prompt.userPrompt;
            judging.cases.append(asking);
        }
        m_judgePairs.append({ answer.caseId, answer.modelId });
    }
    if (judging.cases.isEmpty())
        return false;

    m_scratch = std::make_unique<QTemporaryDir>();
    if (!m_scratch->isValid()) {
        fail(tr("Cannot make a scratch folder for the judge's calls: %1").arg(m_scratch->errorString()));
        return false;
    }
    RunRequest request;
    request.workspace = m_workspace;
    request.workspace.categories = { judging };
    if (m_simulated)
        request.workspace.categories.append(referenceCategory());
    request.plan.categories = { judgeCategoryName };
    request.plan.models = { m_spec.judgeModelId };
    request.plan.settings = m_settings;
    request.plan.settings.shadow = {};
    request.plan.settings.temperature = 0.0;
    request.plan.settings.budgetUsd.reset();
    request.plan.simulated = m_simulated;
    request.databasePath = m_scratch->filePath(QStringLiteral("judge.signalbox.db"));
    request.apiKeys = m_apiKeys;
    m_phase = Phase::Judging;
    Q_EMIT phaseChanged(m_phase);
    if (!m_controller.start(request))
        return false;
    return true;
}

QHash<QString, PairwiseJudgement> ShadowRunner::readJudgements()
{
    QString error;
    const auto askings = readResults(m_scratch->filePath(QStringLiteral("judge.signalbox.db")), m_judgeRun.id,
                                     judgeCategoryName, &error);
    QHash<QString, const ResultRecord*> byCase;
    if (askings) {
        for (const ResultRecord& asking : *askings)
            byCase.insert(asking.caseId, &asking);
    }
    QHash<QString, PairwiseJudgement> judgements;
    for (qsizetype i = 0; i < m_judgePairs.size(); ++i) {
        const ResultRecord* candidateFirst = byCase.value(judgeCaseId(i, true));
        const ResultRecord* baselineFirst = byCase.value(judgeCaseId(i, false));
        const auto preference = [](const ResultRecord* asking) {
            return asking && !asking->isError() ? parsePairwiseAnswer(asking->output) : PairwisePreference::Unreadable;
        };
        PairwiseJudgement judgement;
        judgement.outcome = combinePairwise(preference(candidateFirst), preference(baselineFirst));
        judgement.costUsd
            = (candidateFirst ? candidateFirst->costUsd : 0.0) + (baselineFirst ? baselineFirst->costUsd : 0.0);
        judgements.insert(shadowJudgementKey(m_judgePairs.at(i).caseId, m_judgePairs.at(i).candidateModelId),
                          judgement);
    }
    return judgements;
}

bool ShadowRunner::save(const QHash<QString, PairwiseJudgement>& judgements)
{
    m_phase = Phase::Saving;
    Q_EMIT phaseChanged(m_phase);
    ResultsStore store;
    std::optional<QList<ResultRecord>> answers;
    if (store.open(m_databasePath))
        answers = store.results(m_answersRun.id, m_spec.category);
    if (!answers) {
        fail(store.errorString());
        return false;
    }
    const QList<ResultRecord> scored = scoreShadowAnswers(*answers, m_spec, judgements);
    m_answersRun = store.run(m_answersRun.id).value_or(m_answersRun);
    for (const PairwiseJudgement& judgement : judgements)
        m_answersRun.spentUsd += judgement.costUsd;
    if (!store.insertResults(scored) || !store.updateRun(m_answersRun)) {
        fail(store.errorString());
        return false;
    }
    return true;
}

void ShadowRunner::finish()
{
    m_scratch.reset();
    m_running = false;
    Q_EMIT finished(m_answersRun);
}

void ShadowRunner::onFailed(const QString& message)
{
    // The answers are kept, stored as they came; when the judge fails they stay undecided.
    if (m_phase == Phase::Judging && save({})) {
        fail(tr("The answers are saved in run %1, but the judge failed: %2").arg(m_answersRun.id, message));
        return;
    }
    fail(message);
}

void ShadowRunner::fail(const QString& message)
{
    m_scratch.reset();
    m_running = false;
    Q_EMIT failed(message);
}
