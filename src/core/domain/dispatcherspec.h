// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QMetaType>
#include <QStringList>

// One rule of the dispatcher: every condition it gives must hold for it to match.
struct DispatchRule {
    QString category; // what a request that matches is assigned
    QStringList any; // keywords, any of which occurs (case-insensitive substring); empty: no condition
    QString regex; // PCRE pattern that must match somewhere; empty: no condition
    std::optional<int> minChars; // bounds on the input's length in Unicode code points
    std::optional<int> maxChars;

    friend bool operator==(const DispatchRule&, const DispatchRule&) = default;
};

// An LLM asked for the category of what no rule matches.
struct DispatchClassifier {
    QString model; // a model id of the workspace
    QString prompt; // its instructions; empty: the default, which lists the categories

    friend bool operator==(const DispatchClassifier&, const DispatchClassifier&) = default;
};

// How a request finds its category when the application does not know it: rules tried in order,
// the first that matches decides; else the classifier; else the default.
struct DispatcherSpec {
    static inline const QString defaultRoute = QStringLiteral("default");

    QList<DispatchRule> rules;
    std::optional<DispatchClassifier> classifier;
    QString fallback = defaultRoute; // "default" (the routing map's default route) or a category
    QString sample; // labelled prompts (JSONL) the benchmark uses instead of the cases; may be empty

    friend bool operator==(const DispatcherSpec&, const DispatcherSpec&) = default;
};

Q_DECLARE_METATYPE(DispatcherSpec)
