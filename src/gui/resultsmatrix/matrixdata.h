// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"

#include <optional>
#include <QList>
#include <QString>

// How one model did on one case, over its repeats.
enum class CellVerdict {
    Missing, // no result at all
    Error, // every call failed: no answer to judge
    Fail, // no answer passed
    Mixed, // some repeats passed, some did not
    Pass, // every answer passed
};

struct MatrixCell {
    QList<ResultRecord> results; // by repeat, ascending

    int runs() const { return int(results.size()); }
    int passes() const;
    int errors() const;
    int refusals() const; // refusals, content filters and empty answers: failed, and labelled as such
    // The kind ("refusal", "content-filter", "empty-answer") when every result is one of that kind.
    QString refusalKind() const;
    int scored() const { return runs() - errors(); }
    CellVerdict verdict() const;
    std::optional<double> meanScore() const; // over the scored answers
    bool isPartialScore() const; // one scored answer whose score is strictly between 0 and 1
    double meanCostUsd() const; // the model's calls only, as everywhere a model's cost is shown
    double meanJudgeCostUsd() const; // what scoring its answers with an LLM judge cost
    // Over the answers whose latency was measured; absent when none was (batch answers).
    std::optional<qint64> meanLatencyMs() const;
    // The model's opinion on the case, for "models disagree": more than half of its scored answers
    // passed, or not. An error is no answer, so an errors-only cell has no opinion.
    std::optional<bool> majorityPasses() const;
};

struct MatrixCase {
    QString id;
    QString input; // the prompt, or the chat transcript as "role: text" lines
    QString expected;
    bool inWorkspace = true; // false: only the results know this case
};

struct MatrixModel {
    QString id;
    QString label;
};

// The results of one category as a grid: a row per case, a column per model that answered any.
struct MatrixData {
    QString category;
    QList<MatrixCase> cases;
    QList<MatrixModel> models;
    QList<QList<MatrixCell>> cells; // [case][model]

    const MatrixCell& cell(int caseRow, int model) const { return cells.at(caseRow).at(model); }
    int indexOfModel(const QString& id) const;
};

// Cases in the workspace's order, then cases only the results know (in natural order); models in
// the workspace's order, then models only the results know. Of two results for the same job (two
// runs mixed), the later in the list wins.
MatrixData buildMatrix(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category);

QString caseInputText(const TestCase& testCase);
