// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

using namespace Qt::StringLiterals;

// A category of five cases answered by three models, plus a case only the results know:
// c1: m1 ✓, m2 ✗, m3 ✓              (failure, models disagree)
// c2: m1 0.67 pass, m2 0.40 fail, m3 error (failure, error, models disagree)
// c3: m1 2 of 3 repeats, m2 3 of 3, m3 no result (failure)
// c4: all ✓
// c5: m1 ✓, m2 error, m3 no result  (failure, error)
// old: m1 ✗                          (failure; not in the workspace)
inline Workspace matrixWorkspace()
{
    Workspace ws;
    ws.models = { { u"m1"_s, u"p"_s, {}, u"Model One"_s },
                  { u"m2"_s, u"p"_s, {}, u"Model Two"_s },
                  { u"m3"_s, u"p"_s, {}, {} },
                  { u"unused"_s, u"p"_s } };
    Category category { u"cat"_s };
    const QStringList expected { u"billing"_s, u"{\"a\": 1}"_s, u"refund"_s, u"shipping"_s, u"account"_s };
    for (int i = 1; i <= 5; ++i) {
        TestCase testCase { u"c%1"_s.arg(i) };
        testCase.prompt = u"Ticket %1 about money"_s.arg(i);
        testCase.expected = expected.at(i - 1);
        category.cases.append(testCase);
    }
    ws.categories = { category, Category { u"other"_s } };
    return ws;
}

inline ResultRecord matrixResult(const QString& caseId, const QString& model, bool pass, double score = -1,
                                 int repeat = 0)
{
    ResultRecord record;
    record.runId = u"run1"_s;
    record.category = u"cat"_s;
    record.caseId = caseId;
    record.modelId = model;
    record.repeat = repeat;
    record.pass = pass;
    record.score = score >= 0 ? score : (pass ? 1.0 : 0.0);
    record.output = pass ? u"right answer"_s : u"wrong answer"_s;
    record.inputTokens = 100;
    record.outputTokens = 5;
    record.costUsd = 0.0012;
    record.latencyMs = 420;
    return record;
}

inline ResultRecord matrixError(const QString& caseId, const QString& model, const QString& message)
{
    ResultRecord record = matrixResult(caseId, model, false);
    record.score.reset();
    record.output.clear();
    record.errorKind = u"fatal"_s;
    record.errorMessage = message;
    return record;
}

inline QList<ResultRecord> matrixResults()
{
    QList<ResultRecord> results {
        matrixResult(u"c1"_s, u"m1"_s, true),
        matrixResult(u"c1"_s, u"m2"_s, false),
        matrixResult(u"c1"_s, u"m3"_s, true),
        matrixResult(u"c2"_s, u"m1"_s, true, 0.67),
        matrixResult(u"c2"_s, u"m2"_s, false, 0.4),
        matrixError(u"c2"_s, u"m3"_s, u"quota exceeded"_s),
        matrixResult(u"c3"_s, u"m1"_s, true, -1, 2),
        matrixResult(u"c3"_s, u"m1"_s, false, -1, 1),
        matrixResult(u"c3"_s, u"m1"_s, true, -1, 0),
        matrixResult(u"c3"_s, u"m2"_s, true, -1, 0),
        matrixResult(u"c3"_s, u"m2"_s, true, -1, 1),
        matrixResult(u"c3"_s, u"m2"_s, true, -1, 2),
        matrixResult(u"c4"_s, u"m1"_s, true),
        matrixResult(u"c4"_s, u"m2"_s, true),
        matrixResult(u"c4"_s, u"m3"_s, true),
        matrixResult(u"c5"_s, u"m1"_s, true),
        matrixError(u"c5"_s, u"m2"_s, u"server said no"_s),
        matrixResult(u"old"_s, u"m1"_s, false),
    };
    results[0].output = u"He left, \"quietly\"\nbye"_s;
    ResultRecord elsewhere = matrixResult(u"c1"_s, u"m1"_s, false);
    elsewhere.category = u"other"_s; // another category: never in this matrix
    results.append(elsewhere);
    return results;
}
