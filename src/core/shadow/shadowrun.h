// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/runinfo.h"
#include "runner/runcontroller.h"
#include "shadowcomparison.h"
#include "workspacefile/fileerror.h"

#include <memory>
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

// Runs a shadow run through the run engine: the baseline and candidates answer the inputs, then
// (with a judge) the judge compares each candidate's answer with the baseline's twice, swapping
// positions. The answers and judge calls go to a scratch database; the finished run, scored, is
// written to the workspace's results database in one transaction.
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
    void onEngineFinished(const RunInfo& run, const RunProgress& progress);
    bool startJudging();
    void save();
    void fail(const QString& message);
    RunRequest requestFor(const Workspace& workspace, const QString& category, const QStringList& models) const;

    RunController m_controller;
    std::unique_ptr<QTemporaryDir> m_scratch;
    Workspace m_workspace;
    ShadowRunSpec m_spec;
    QString m_databasePath;
    bool m_simulated = false;
    RunSettings m_settings;
    QMap<QString, QString> m_apiKeys;
    Phase m_phase = Phase::Answers;
    QString m_answersRunId;
    QString m_judgeRunId;
    QDateTime m_startedAt;
    bool m_running = false;
    bool m_cancelled = false;
};
