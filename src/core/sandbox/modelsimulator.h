// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelspec.h"
#include "fakeapi.h"

#include <QHash>
#include <QMap>
#include <QSet>

// Imitates models of a given skill. Handed the expected output of each prompt, a model of skill
// 0.8 answers about 80% of them right: whether it gets one right is a pure function of the model
// and the prompt, so reruns agree. A wrong answer is plausible: another label from the expected
// outputs seen, a JSON object with a field changed, or a truncated, hedging version of a longer
// text. Unknown prompts get a generic answer. Latency grows with the length of the answer.
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
    void addExpectedOutput(const QString& prompt, const QString& expected);
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
    QString wrongAnswer(const QString& expected, quint64 seed) const;
    QString otherLabel(const QString& expected, quint64 seed) const;

    QHash<QString, SimulationProfile> m_profiles;
    SimulationProfile m_defaultProfile;
    QHash<QByteArray, QString> m_expected;
    QMap<QString, int> m_labels; // sorted, so that choices among them are stable
    QSet<QString> m_expectedTexts; // what a simulated judge recognises as a right answer
};
