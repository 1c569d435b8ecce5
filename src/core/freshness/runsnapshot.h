// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"

#include <QJsonObject>
#include <QMap>

// What a run was run with, kept with the run (RunSettings::snapshot) so that it can be judged later
// against the workspace as it is now: the models' prices, and a digest of each category's cases,
// prompts and scorers.
struct RunSnapshot {
    QMap<QString, Price> prices; // by model id
    QMap<QString, QString> categoryDigests; // by category name

    bool isEmpty() const { return prices.isEmpty() && categoryDigests.isEmpty(); }
    QJsonObject toJson() const;
    static RunSnapshot fromJson(const QJsonObject& json); // what it cannot read stays absent
    friend bool operator==(const RunSnapshot&, const RunSnapshot&) = default;
};

// A digest of what decides a category's results: its cases, system prompt, prompt template, scorers
// and pass threshold. Its bar, target, traffic share and description do not change an answer or a
// score, and where its cases are kept does not either.
QString categoryDigest(const Category& category);

RunSnapshot takeRunSnapshot(const Workspace& workspace, const QStringList& categories, const QStringList& modelIds);
