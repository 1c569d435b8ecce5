// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/testcase.h"

#include <initializer_list>
#include <optional>
#include <QCoreApplication>

// The model's answer to one case, as the scorers see it.
struct ScoredOutput {
    QString text;
    qint64 latencyMs = 0; // < 0: not measured (ResultRecord::unmeasuredLatency, a batch answer)
    std::optional<double> costUsd; // absent when the model's price is unknown
};

// What a judge model (llm-rubric) is asked. Send it with temperature 0 and JSON mode where the
// provider has one.
struct JudgePrompt {
    QString systemPrompt;
    QString userPrompt;
    friend bool operator==(const JudgePrompt&, const JudgePrompt&) = default;
};

// The judge's reply, handed back by whoever made the call.
struct JudgeAnswer {
    QString text;
    double costUsd = 0.0;
    QString error; // the call itself failed (network, quota...); text is then ignored
};

// Something wrong with a scorer, and the key it concerns so that a file reader can point at it.
struct ScorerIssue {
    enum class Key { Type, Value, Weight, Threshold, Path };
    Key key = Key::Type;
    QString message; // translated; starts with the key, as in "threshold: ..."
    int offset = -1; // into the key's text, when the problem sits at one character (regex, path)
};

// What one scorer is given. value is the spec's value with {{placeholders}} filled from the case,
// or the case's expected output when the spec has none and the type compares against it.
struct ScoringContext {
    const ScorerSpec& spec;
    const QVariant& value;
    const ScoredOutput& output;
    const TestCase& testCase;
    const JudgeAnswer* judge = nullptr; // llm-rubric only; null: the judge was not asked
};

// A scorer's finding before "not-" is applied. Reasons state facts about the output ("found
// 'refund'"), so that they read right under negation too.
struct ScorerVerdict {
    bool pass = false;
    double score = 0.0; // 0..1
    QString reason;
    bool error = false; // could not judge: an unusable value, an unknown cost, no judge answer

    static ScorerVerdict of(bool pass, const QString& reason) { return { pass, pass ? 1.0 : 0.0, reason }; }
    static ScorerVerdict failure(const QString& reason) { return { false, 0.0, reason, true }; }
};

// One assertion type, named as promptfoo names it. Implementations are stateless and shared by
// all threads.
class Scorer
{
    Q_DECLARE_TR_FUNCTIONS(Scorer)
public:
    virtual ~Scorer() = default;

    virtual QString type() const = 0; // without "not-"
    // true: a spec without a value compares the output against the case's expected output
    virtual bool valueDefaultsToExpected() const { return true; }
    // true: scoring needs a judge model's answer to judgePrompt()
    virtual bool needsModelCall() const { return false; }
    // The value's shape, the threshold's range and the path, for this type.
    virtual QList<ScorerIssue> check(const ScorerSpec& spec) const = 0;
    virtual JudgePrompt judgePrompt(const ScoringContext&) const { return {}; }
    // Called with a value that passed check().
    virtual ScorerVerdict evaluate(const ScoringContext& context) const = 0;

    // The scorer of a type, with or without "not-"; nullptr for an unknown type.
    static const Scorer* forType(const QString& type);
    static QStringList types();

protected:
    static QList<ScorerIssue> issues(std::initializer_list<std::optional<ScorerIssue>> found);
};
