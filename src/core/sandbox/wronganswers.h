// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// What the simulator knows of one prompt's right answer, and what a scorer checks in it, so that a
// simulated miss looks like a real model's miss and still fails the scorers.
struct ExpectedAnswer {
    QString text;
    QString task; // the category: a missed label is another label of the same task
    QStringList keyPhrases; // facts a contains-style scorer looks for: a weak text leaves one out
    QStringList checkedFields; // top-level JSON fields a scorer compares: a wrong extraction changes one
};

// Plausible wrong answers, each a pure function of its inputs and a seed.
namespace WrongAnswers {
// The opposite of yes/no, true/false, positive/negative, pass/fail; a number plus one; else "unknown".
QString swappedWord(const QString& label);
// Another of the task's labels (never one that a normalised comparison takes for the expected one).
QString otherLabel(const QString& expected, const QStringList& taskLabels, quint64 seed);
// The expected JSON with one value wrong: preferably a checked field, set to a value other answers
// of the task give it (the wrong issue of a ticket), else changed in kind (a flipped flag).
QString wrongJson(const QJsonDocument& expected, const QStringList& checkedFields,
                  const QList<QJsonObject>& taskAnswers, quint64 seed);
// The first sentences of the expected text, ending where it stops covering a key phrase: a
// summary that is fluent and right as far as it goes, but incomplete.
QString incompleteText(const QString& expected, const QStringList& keyPhrases);
} // namespace WrongAnswers
