// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/runinfo.h"
#include "runner/runcontroller.h"
#include "shadowcomparison.h"
#include "workspacefile/fileerror.h"

#include <memory>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

// A shadow run on unlabelled inputs: real prompts without expected outputs, answered by the
// baseline and the candidates. Stored like any run; its RunSettings::shadow holds this spec, so
// that a reader knows the inputs and how the answers were scored.
struct ShadowRunSpec {
    QString category; // whose prompt template and system prompt wrap the inputs
    QString baselineModelId;
    QStringList candidateModelIds;
    QString judgeModelId; // empty: the candidates are scored by similarity to the baseline only
    QList<TestCase> inputs; // id and prompt; no expected output

    ShadowScoring scoring() const
    {
        return judgeModelId.isEmpty() ? ShadowScoring::Similarity : ShadowScoring::PairwiseJudge;
    }
    QStringList models() const { return QStringList { baselineModelId } + candidateModelIds; }
    QJsonObject toJson() const;
    static std::optional<ShadowRunSpec> fromJson(const QJsonObject& json); // nullopt: not a shadow run
    // Empty when the spec fits the workspace; else what is wrong, translated.
    QString validate(const Workspace& workspace) const;
};

// The spec of a shadow run, nullopt for an ordinary run.
std::optional<ShadowRunSpec> shadowRunSpec(const RunInfo& run);
// The options that compare a run's results: a shadow run's inputs and scoring, else the defaults.
ShadowOptions shadowOptionsFor(const RunInfo& run);

struct ShadowInputs {
    QList<TestCase> cases; // ids "input-1", "input-2"... unless the file names them
    FileErrors errors;
};
// Pasted text: one prompt per non-empty line.
ShadowInputs parseShadowInputs(const QString& text, const QString& fileName = {});
// A .txt file holds one prompt per line; .csv and .jsonl files are read as case files (an input
// or prompt column; expected outputs, if any, are dropped).
ShadowInputs readShadowInputs(const QString& path);

// What the pairwise judge made of one candidate's answer to one case.
struct PairwiseJudgement {
    ShadowOutcome outcome = ShadowOutcome::Undecided;
    double costUsd = 0.0; // both askings
};

// Scores the answers of a shadow run (repeat 0 of each case and model) as stored: the baseline's
// 1 and passed (similarity) or 0.5 (pairwise); each candidate's its similarity to the baseline's
// answer, passed when they agree, or with a judgement 1, 0.5 or 0 (passed unless worse) and the
// judge's cost. Judgements are keyed by shadowJudgementKey(). Answers in error keep no score.
QList<ResultRecord> scoreShadowAnswers(const QList<ResultRecord>& answers, const ShadowRunSpec& spec,
                                       const QHash<QString, PairwiseJudgement>& judgements = {},
                                       double agreementThreshold = ShadowOptions().agreementThreshold);
QString shadowJudgementKey(const QString& caseId, const QString& candidateModelId);

// Runs a shadow run through the run engine: the baseline and candidates answer the inputs into
// the workspace's results database, as any run; then (with a judge) the judge compares each
// candidate's answer with the baseline's twice, swapping positions, its calls going to a scratch
// database; last the answers are scored (scoreShadowAnswers()) in place.
class ShadowRunner : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Answers, Judging, Saving };

    explicit ShadowRunner(QObject* parent = nullptr);
    ~ShadowRunner() override;

    void setSandboxTimeScale(double scale) { m_controller.setSandboxTimeScale(scale); }
    RunController& controller() { return m_controller; }
    bool isRunning() const { return m_running; }

    // False (and failed() emitted) when the spec does not fit or a run is going.
    bool start(const Workspace& workspace, const ShadowRunSpec& spec, const QString& databasePath, bool simulated,
               const RunSettings& settings = {}, const QMap<QString, QString>& apiKeys = {});
    void cancel();

Q_SIGNALS:
    void phaseChanged(ShadowRunner::Phase phase);
    void progressChanged(const RunProgress& progress);
    void finished(const RunInfo& run); // the stored run
    void failed(const QString& message);

private:
    struct JudgePair {
        QString caseId;
        QString candidateModelId;
    };

    void onEngineFinished(const RunInfo& run);
    void onFailed(const QString& message);
    bool startJudging(const QList<ResultRecord>& answers);
    QHash<QString, PairwiseJudgement> readJudgements();
    bool save(const QHash<QString, PairwiseJudgement>& judgements);
    void finish();
    void fail(const QString& message);
    Category referenceCategory() const;

    RunController m_controller;
    std::unique_ptr<QTemporaryDir> m_scratch;
    Workspace m_workspace;
    ShadowRunSpec m_spec;
    QString m_databasePath;
    bool m_simulated = false;
    RunSettings m_settings;
    QMap<QString, QString> m_apiKeys;
    Phase m_phase = Phase::Answers;
    RunInfo m_answersRun;
    RunInfo m_judgeRun;
    QList<JudgePair> m_judgePairs;
    bool m_running = false;
    bool m_cancelled = false;
};
