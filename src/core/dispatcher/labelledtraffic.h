// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "workspacefile/fileerror.h"

// One request whose category is known, for benchmarking the dispatcher.
struct LabelledRequest {
    QString id; // the case id, or the sample line's "id" (else "line-<n>")
    QString input; // the text the dispatcher sees
    QString category; // the true category, or "default" for traffic that belongs to none
    QString caseId; // the workspace case it is (in its category): its run results apply; else empty

    friend bool operator==(const LabelledRequest&, const LabelledRequest&) = default;
};

struct LabelledTraffic {
    QList<LabelledRequest> requests;
    FileErrors errors;
};

// What the dispatcher sees of a case: its input with {{vars}} filled, or a chat's last user
// message; the category's template and system prompt are the application's, added afterwards.
QString dispatchedText(const TestCase& testCase);

// Every category's own test cases, labelled with their category.
LabelledTraffic trafficFromCases(const Workspace& workspace);

// A JSONL file, one {"input": ..., "category": ...} per line (optionally "id"). Each line whose
// input is a case's input in its category is linked to that case. Errors name file, line and
// column: a line that is not an object, a missing input, an unknown category (with a likely typo).
LabelledTraffic readLabelledSample(const QString& path, const Workspace& workspace);
LabelledTraffic parseLabelledSample(const QByteArray& text, const QString& fileName, const Workspace& workspace);
