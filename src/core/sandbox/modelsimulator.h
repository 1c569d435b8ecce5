// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelspec.h"
#include "fakeapi.h"
#include "wronganswers.h"

#include <QHash>
#include <QSet>

// Imitates models of a given skill. Handed the expected output of each prompt, a model of skill
// 0.8 answers about 80% of them right: whether it gets one right is a pure function of the model
// and the prompt, so reruns agree. A wrong answer is plausible and still wrong: another label of
// the same task, the expected JSON with one checked value changed to one the task's other answers
// have, or the first sentences of a longer text without one of its key facts (see WrongAnswers).
// Unknown prompts get a generic answer. Latency grows with the length of the answer.
class ModelSimulator
{
public:
    void setProfile(const QString& model, const SimulationProfile& profile);
    // Each model's simulation profile, under its wire id; models without one get the default.
    void setProfiles(const QList<ModelSpec>& models);
    void setDefaultProfile(const SimulationProfile& profile);
    bool hasProfile(const QString& model) const;
    SimulationProfile profile(const QString& model) const;

    // Keyed by the rendered user prompt (the last user message of a request).
    void setExpectedOutputs(const QHash<QString, QString>& expectedByPrompt);
    // task groups the prompts of one category: a missed label is another label of that task.
    void addExpectedOutput(const QString& prompt, const QString& expected, const QString& task = {});
    void addExpectedOutput(const QString& prompt, const ExpectedAnswer& expected);
    // Labels a task's scorers accept besides its expected outputs (a contains-any list).
    void addTaskLabels(const QString& task, const QStringList& labels);
    void clearExpectedOutputs();
    qsizetype expectedOutputCount() const { return m_expected.size(); }
    static QByteArray promptKey(const QString& prompt);

    SimulatedAnswer answer(const SimulatedCall& call) const;
    bool answersCorrectly(const QString& model, const QByteArray& promptKey) const;
    // Unscaled: the profile's latency for a short answer, growing with the output.
    qint64 latencyMs(const QString& model, const QByteArray& promptKey, qint64 outputTokens) const;

    static bool isLabel(const QString& text); // a short, one-line answer such as a category name
    // A profile's skill is its share of right answers on structured answers (JSON fields). Picking one
    // label among a few is easier, and free text harder, as with real models: a budget model ties a
    // flagship on classification and falls behind on summaries.
    static double effectiveSkill(double skill, const QString& expected);
    // A request from an LLM judge (scoring's llm-rubric): a rubric and an <output> to grade.
    static bool isJudgeRequest(const SimulatedCall& call);
    // A request from a pairwise judge (shadow comparisons): an <answer_a> and an <answer_b> to compare.
    static bool isPairwiseJudgeRequest(const SimulatedCall& call);
    // A request from the dispatcher's classifier: a <categories> list and a <request> to assign.
    static bool isClassifierRequest(const SimulatedCall& call);

private:
    QString answerText(const SimulatedCall& call) const;
    QString judgeVerdict(const SimulatedCall& call) const;
    QString pairwiseVerdict(const SimulatedCall& call) const;
    QString classifierAnswer(const SimulatedCall& call) const;
    double judgedQuality(const QString& output, const QString& reference) const;
    QString wrongAnswer(const ExpectedAnswer& expected, quint64 seed) const;

    QHash<QString, SimulationProfile> m_profiles;
    SimulationProfile m_defaultProfile;
    QHash<QByteArray, ExpectedAnswer> m_expected;
    QHash<QString, QStringList> m_labels; // by task, sorted, so that choices among them are stable
    QHash<QString, QList<QJsonObject>> m_jsonAnswers; // by task
    QSet<QString> m_expectedTexts; // what a simulated judge recognises as a right answer
};
